namespace Marketplace.Application.Notifications;

/// <summary>Sends email. The embedded default writes .eml files to a pickup folder; SendGrid is the real engine.</summary>
public interface INotificationSender
{
    /// <summary>
    /// Sends <paramref name="email"/>; sending the same <see cref="Email.Id"/> again must not send it twice. Throws
    /// <see cref="Common.Outbox.PermanentFailureException"/> when the email can never be sent as it is (a refused address or
    /// content), and any other exception when trying again later may work (the service unreachable, 429, 5xx).
    /// </summary>
    Task SendAsync(Email email, CancellationToken cancellationToken);
}

/// <summary>An email ready to send, written in its reader's language.</summary>
/// <param name="Id">The outbox message that asked for it: the idempotency key, the Message-ID and SendGrid's custom arg.</param>
/// <param name="To">The reader's address.</param>
/// <param name="Subject">One line, no line breaks.</param>
/// <param name="TextBody">The plain-text body.</param>
/// <param name="HtmlBody">The same content as HTML, every value in it already encoded.</param>
/// <param name="Category">The template it came from (<c>booking-requested</c>), SendGrid's category: for statistics and events.</param>
public sealed record Email(Guid Id, string To, string Subject, string TextBody, string HtmlBody, string Category)
{
    /// <summary>The one-click unsubscribe address (RFC 8058) of an optional email; null for a transactional one, which cannot be turned off.</summary>
    public Uri? UnsubscribeUrl { get; init; }

    /// <summary>The account it was written to, when it was written to one (a sign-up's address has none yet): its in-app copy is that account's.</summary>
    public Guid? ReaderId { get; init; }
}
