namespace Marketplace.Infrastructure.Notifications;

/// <summary>The custom args every email carries to SendGrid, which SendGrid repeats in every event about it.</summary>
public static class SendGridCustomArgs
{
    /// <summary>The email's id (its outbox message), so an event maps back to the email.</summary>
    public const string EmailId = "peduli_email_id";
}
