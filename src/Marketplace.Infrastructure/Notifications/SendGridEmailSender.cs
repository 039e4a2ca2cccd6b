using System.Net;
using System.Text.Json;
using Marketplace.Application.Common.Outbox;
using Marketplace.Application.Notifications;
using Microsoft.Extensions.Logging;
using SendGrid;
using SendGrid.Helpers.Mail;

namespace Marketplace.Infrastructure.Notifications;

/// <summary>
/// Sends email through SendGrid's Mail Send API: text and HTML content, the template's name as category, the email's id
/// as the custom arg <see cref="SendGridCustomArgs.EmailId"/> (so event webhooks name it) and the unsubscribe headers of an optional email.
/// SendGrid has no idempotency key, so an email it accepted is remembered here (<see cref="RecentlySent"/>): handled
/// again by this instance (its outbox save failed after the send) it is not sent twice. Only a crash between SendGrid's
/// answer and the outbox's save can still send it twice (docs/decisions/0016-email-sending.md).
/// </summary>
internal sealed partial class SendGridEmailSender(ISendGridClient client, EmailOptions options, RecentlySent recentlySent, ILogger<SendGridEmailSender> logger)
    : INotificationSender
{
    /// <summary>
    /// The client: SendGrid's own retries off (the outbox retries, with backoff that survives a restart), and an answer
    /// awaited at most 30 s. The connection is renewed every few minutes so a change of SendGrid's addresses is seen.
    /// </summary>
    public static SendGridClient Client(SendGridOptions options) =>
        new(
            new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = TimeSpan.FromSeconds(30) },
            new SendGridClientOptions { ApiKey = options.ApiKey, Host = options.Host.AbsoluteUri.TrimEnd('/') });

    public async Task SendAsync(Email email, CancellationToken cancellationToken)
    {
        if (recentlySent.Contains(email.Id))
        {
            LogAlreadySent(logger, email.Id);
            return;
        }

        var response = await SendAsync(Message(email), cancellationToken);
        var status = (int)response.StatusCode;
        if (response.IsSuccessStatusCode)
        {
            recentlySent.Add(email.Id);
            LogSent(logger, email.Id);
            LogRecipient(logger, email.Id, email.To);
            return;
        }

        var reason = await ReasonAsync(response, cancellationToken);
        if (response.StatusCode is HttpStatusCode.TooManyRequests || status >= 500)
        {
            throw new RetryLaterException($"SendGrid answered {status} ({reason}); the email is tried again later.", response.Headers?.RetryAfter?.Delta);
        }

        if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            // Our configuration (the key, its permissions, an unverified sender), not the email: retried with backoff so
            // that, once an operator fixes it, the waiting emails go out without anyone sending each again.
            LogConfigurationFault(logger, email.Id, status, reason);
            throw new InvalidOperationException($"SendGrid refused our credentials or sender with {status} ({reason}): check Email:SendGrid:ApiKey and Email:From.");
        }

        throw new PermanentFailureException($"SendGrid refused the email with {status} ({reason}); sending it again as it is cannot work.");
    }

    private async Task<Response> SendAsync(SendGridMessage message, CancellationToken cancellationToken)
    {
        try
        {
            return await client.SendEmailAsync(message, cancellationToken);
        }
        catch (TaskCanceledException timedOut) when (!cancellationToken.IsCancellationRequested)
        {
            // HttpClient's timeout, not a shutdown: SendGrid may or may not have it, and only trying again can tell.
            throw new RetryLaterException("SendGrid did not answer in time; the email is tried again later.", timedOut);
        }
    }

    private SendGridMessage Message(Email email)
    {
        var from = MimeEmail.Address(options.From, "Email:From");
        var message = MailHelper.CreateSingleEmail(new EmailAddress(from.Address, from.Name), new EmailAddress(email.To), email.Subject, email.TextBody, email.HtmlBody);
        message.AddCategory(email.Category);
        message.AddCustomArg(SendGridCustomArgs.EmailId, email.Id.ToString());
        foreach (var (name, value) in MimeEmail.UnsubscribeHeaders(email))
        {
            message.AddHeader(name, value);
        }

        return message;
    }

    /// <summary>SendGrid's first error message (<c>{"errors":[{"message":...}]}</c>), short; it names fields, not addresses.</summary>
    private static async Task<string> ReasonAsync(Response response, CancellationToken cancellationToken)
    {
        var body = response.Body is null ? string.Empty : await response.Body.ReadAsStringAsync(cancellationToken);
        try
        {
            using var json = JsonDocument.Parse(body);
            if (json.RootElement.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array
                && errors.GetArrayLength() > 0 && errors[0].TryGetProperty("message", out var message) && message.GetString() is { } text)
            {
                return text.Length > 200 ? text[..200] : text;
            }
        }
        catch (JsonException)
        {
            // Not SendGrid's error shape (a proxy's page): the status alone says enough.
        }

        return "no reason given";
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Email {EmailId} accepted by SendGrid")]
    private static partial void LogSent(ILogger logger, Guid emailId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Email {EmailId} was accepted by SendGrid before; not sent again")]
    private static partial void LogAlreadySent(ILogger logger, Guid emailId);

    // Not the subject: it names the person cared for, and a sign-up email's says whether the address had an account.
    [LoggerMessage(Level = LogLevel.Debug, Message = "Email {EmailId} is to {To}")]
    private static partial void LogRecipient(ILogger logger, Guid emailId, string to);

    [LoggerMessage(Level = LogLevel.Error, Message = "SendGrid refused email {EmailId} with {Status} ({Reason}): the API key or the sender is wrong; emails wait until it is fixed")]
    private static partial void LogConfigurationFault(ILogger logger, Guid emailId, int status, string reason);
}
