namespace Marketplace.Application.Notifications.Delivery;

/// <summary>Reads the email service's event webhook, once its signature holds.</summary>
public interface IEmailEventReader
{
    /// <summary>
    /// The delivery failures among the events of <paramref name="body"/> (other events, such as deliveries and opens,
    /// are left out). Throws <see cref="UnverifiedEmailEventsException"/> when the request is unsigned, the signature does
    /// not hold for this body and timestamp, or no verification key is configured.
    /// </summary>
    IReadOnlyList<EmailDeliveryFailure> Read(string body, string? signature, string? timestamp);
}

/// <summary>
/// One report that mail to <paramref name="Address"/> does not arrive, seen by the service at <paramref name="At"/> (null when
/// the event did not say), about email <paramref name="EmailId"/> when the event named it.
/// </summary>
public sealed record EmailDeliveryFailure(string Address, UndeliverableReason Reason, string? Detail, Guid? EmailId, DateTimeOffset? At);

/// <summary>An event webhook that cannot be trusted: <see cref="HadSignature"/> false when it carried no signature at all.</summary>
public sealed class UnverifiedEmailEventsException : Exception
{
    public UnverifiedEmailEventsException()
    {
    }

    public UnverifiedEmailEventsException(string message)
        : base(message)
    {
    }

    public UnverifiedEmailEventsException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public UnverifiedEmailEventsException(string message, bool hadSignature)
        : base(message) => HadSignature = hadSignature;

    public bool HadSignature { get; } = true;
}
