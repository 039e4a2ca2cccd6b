using Mediator;

namespace Marketplace.Application.Caregivers.Cards;

/// <summary>
/// The cards of the caregivers a search page shows: photo and bio line, which the search index does not hold. Only
/// verified caregivers have one, as only they may be seen by anyone; an id without a card is shown without them.
/// </summary>
public sealed record ListCaregiverCards(IReadOnlyList<Guid> Ids) : IQuery<IReadOnlyDictionary<Guid, CaregiverCard>>
{
    /// <summary>A page of search results, and a little more.</summary>
    public const int MaxIds = 50;
}

public sealed class ListCaregiverCardsHandler(ICaregiverRepository caregivers) : IQueryHandler<ListCaregiverCards, IReadOnlyDictionary<Guid, CaregiverCard>>
{
    public async ValueTask<IReadOnlyDictionary<Guid, CaregiverCard>> Handle(ListCaregiverCards query, CancellationToken cancellationToken)
    {
        if (query.Ids.Count == 0)
        {
            return new Dictionary<Guid, CaregiverCard>();
        }

        var cards = await caregivers.ListVerifiedCardsAsync([.. query.Ids.Distinct().Take(ListCaregiverCards.MaxIds)], cancellationToken);
        return cards.ToDictionary(card => card.Id);
    }
}
