namespace Marketplace.Application.Notifications;

/// <summary>Sends email. The embedded default writes .eml files to a pickup folder; SendGrid is the real engine.</summary>
public interface INotificationSender
{
    /// <summary>Sends <paramref name="email"/>; sending the same <see cref="Email.Id"/> again must not send it twice.</summary>
    Task SendAsync(Email email, CancellationToken cancellationToken);
}

public sealed record Email(Guid Id, string To, string Subject, string TextBody);
