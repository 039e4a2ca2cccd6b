namespace Marketplace.Application.Payments;

/// <summary>
/// The card processor's events already acted on, by id: a replayed webhook is seen and changes nothing. A row is added
/// with the change the event made, in the same transaction, and the database refuses the same id twice.
/// </summary>
public interface ICardEventLog
{
    Task<bool> HasAsync(string eventId, CancellationToken cancellationToken);

    void Add(CardEvent cardEvent, DateTimeOffset receivedAt);
}
