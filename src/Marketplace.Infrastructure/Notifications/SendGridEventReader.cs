using System.Text.Json;
using EllipticCurve;
using Marketplace.Application.Notifications.Delivery;
using SendGrid.Helpers.EventWebhook;

namespace Marketplace.Infrastructure.Notifications;

/// <summary>
/// SendGrid's Signed Event Webhook: an ECDSA signature (P-256, SHA-256) over the timestamp header followed by the raw
/// body, checked with the verification key of <c>Email:SendGrid:WebhookPublicKey</c>. Of the events, hard bounces,
/// drops and spam reports are failures; a bounce of type <c>blocked</c> is not, as the receiving server refused that
/// message (its content, our reputation, a full disk for now) rather than the address, and SendGrid itself goes on sending
/// to blocked addresses.
/// </summary>
internal sealed class SendGridEventReader : IEmailEventReader
{
    private readonly PublicKey? _key;

    /// <summary>Reads the key once; throws at start-up when one is configured that is not an ECDSA public key.</summary>
    public SendGridEventReader(SendGridOptions options)
    {
        if (options.WebhookPublicKey.Length == 0)
        {
            return;
        }

        try
        {
            _key = new RequestValidator().ConvertPublicKeyToECDSA(options.WebhookPublicKey);
        }
        catch (Exception invalid) when (invalid is FormatException or ArgumentException or IndexOutOfRangeException or InvalidOperationException)
        {
            throw new InvalidOperationException("Email:SendGrid:WebhookPublicKey is not the verification key SendGrid shows (base64 of an ECDSA public key).", invalid);
        }
    }

    public IReadOnlyList<EmailDeliveryFailure> Read(string body, string? signature, string? timestamp)
    {
        if (string.IsNullOrWhiteSpace(signature) || string.IsNullOrWhiteSpace(timestamp))
        {
            throw new UnverifiedEmailEventsException("The event webhook is not signed.", hadSignature: false);
        }

        if (_key is null)
        {
            throw new UnverifiedEmailEventsException("No verification key is configured (Email:SendGrid:WebhookPublicKey), so no event webhook can be trusted.", hadSignature: true);
        }

        if (!Holds(body, signature, timestamp))
        {
            throw new UnverifiedEmailEventsException("The event webhook's signature does not hold for its body and timestamp.", hadSignature: true);
        }

        return Failures(body);
    }

    private bool Holds(string body, string signature, string timestamp)
    {
        try
        {
            return new RequestValidator().VerifySignature(_key, body, signature, timestamp);
        }
        catch (Exception malformed) when (malformed is FormatException or ArgumentException or IndexOutOfRangeException or InvalidOperationException or OverflowException)
        {
            // A signature that is not base64 of a DER ECDSA signature holds for nothing.
            return false;
        }
    }

    /// <summary>The failures among SendGrid's events (a JSON array of objects); a body of another shape names none.</summary>
    private static List<EmailDeliveryFailure> Failures(string body)
    {
        var failures = new List<EmailDeliveryFailure>();
        JsonDocument events;
        try
        {
            events = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return failures;
        }

        using (events)
        {
            if (events.RootElement.ValueKind != JsonValueKind.Array)
            {
                return failures;
            }

            foreach (var item in events.RootElement.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.Object && Failure(item) is { } failure)
                {
                    failures.Add(failure);
                }
            }
        }

        return failures;
    }

    private static EmailDeliveryFailure? Failure(JsonElement item)
    {
        UndeliverableReason? reason = (Text(item, "event"), Text(item, "type")) switch
        {
            ("bounce", "blocked") => null,
            ("bounce", _) => UndeliverableReason.Bounced,
            ("dropped", _) => UndeliverableReason.Dropped,
            ("spamreport", _) => UndeliverableReason.SpamReport,
            _ => null,
        };
        if (reason is null || Text(item, "email") is not { Length: > 0 and <= Application.SharedKernel.FieldLimits.EmailMaxLength } address)
        {
            return null;
        }

        var at = item.TryGetProperty("timestamp", out var seconds) && seconds.TryGetInt64(out var unix) && unix is > 0 and < 253402300799
            ? DateTimeOffset.FromUnixTimeSeconds(unix)
            : (DateTimeOffset?)null;
        var emailId = Guid.TryParse(Text(item, SendGridCustomArgs.EmailId), out var id) ? id : (Guid?)null;
        return new EmailDeliveryFailure(address, reason.Value, Text(item, "reason"), emailId, at);
    }

    private static string? Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
