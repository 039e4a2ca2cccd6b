namespace Marketplace.Infrastructure.Notifications;

/// <summary>How email leaves the app: <c>Email:*</c> in configuration (docs/configuration.md).</summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    /// <summary>Which adapter sends: the pickup folder under DataPath (the default) or SendGrid.</summary>
    public EmailSenderKind Sender { get; set; } = EmailSenderKind.PickupFolder;

    /// <summary>The sender every email shows, as <c>Name &lt;address&gt;</c>; SendGrid needs its domain authenticated.</summary>
    public string From { get; set; } = "Peduli <no-reply@peduli.test>";

    public SendGridOptions SendGrid { get; set; } = new();
}

public enum EmailSenderKind
{
    PickupFolder,
    SendGrid,
}

/// <summary><c>Email:SendGrid:*</c>: the key from user-secrets or the environment, never from a committed file.</summary>
public sealed class SendGridOptions
{
    /// <summary>An API key with the Mail Send permission. Required when <see cref="EmailOptions.Sender"/> is SendGrid.</summary>
    public string ApiKey { get; set; } = string.Empty;

    /// <summary>SendGrid's API address; tests point it at a local stand-in.</summary>
    public Uri Host { get; set; } = new("https://api.sendgrid.com");

    /// <summary>
    /// The Signed Event Webhook's verification key (base64 of the ECDSA public key, as SendGrid's settings show it).
    /// Without it every event webhook is refused.
    /// </summary>
    public string WebhookPublicKey { get; set; } = string.Empty;
}
