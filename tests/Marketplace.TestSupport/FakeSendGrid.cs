using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Marketplace.TestSupport;

/// <summary>
/// A local stand-in for SendGrid's <c>POST /v3/mail/send</c> on 127.0.0.1, so the real SendGrid client talks to it over
/// HTTP. It records every request with its JSON; accepts (202) what names a recipient with an address, refuses (400, with
/// SendGrid's error shape) what does not, and can be told to fail the way SendGrid fails (429 with Retry-After, 500). It
/// also holds an ECDSA key pair and signs event webhooks as SendGrid's Signed Event Webhook does.
/// </summary>
public sealed class FakeSendGrid : IAsyncDisposable
{
    public const string ApiKey = "SG.test-peduli-fake";

    private readonly WebApplication _server;
    private readonly ECDsa _signingKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    private volatile int _failingStatus;

    private FakeSendGrid(WebApplication server) => _server = server;

    /// <summary>Where the fake listens: the adapter's <c>Email:SendGrid:Host</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The verification key to configure (<c>Email:SendGrid:WebhookPublicKey</c>): base64 of the public key, as SendGrid shows it.</summary>
    public string WebhookPublicKey => Convert.ToBase64String(_signingKey.ExportSubjectPublicKeyInfo());

    /// <summary>Every mail-send request in order, with the status the fake answered.</summary>
    public ConcurrentQueue<SendGridRequest> Requests { get; } = new();

    /// <summary>The requests the fake accepted (202): the emails SendGrid would deliver.</summary>
    public IReadOnlyList<SendGridRequest> Accepted => [.. Requests.Where(r => r.Status == StatusCodes.Status202Accepted)];

    public static async Task<FakeSendGrid> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();

        // The test's folder holds the app's appsettings.json, whose AllowedHosts would refuse 127.0.0.1.
        builder.Configuration["AllowedHosts"] = "*";
        var fake = new FakeSendGrid(builder.Build());
        fake._server.MapPost("/v3/mail/send", fake.SendAsync);
        await fake._server.StartAsync();
        var address = fake._server.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        fake.BaseAddress = new Uri(address);
        return fake;
    }

    /// <summary>Every request from now on fails with <paramref name="status"/> (429 carries <c>Retry-After: 1</c>), until <see cref="Recover"/>.</summary>
    public void FailWith(int status) => _failingStatus = status;

    public void Recover() => _failingStatus = 0;

    /// <summary>The accepted requests carrying the email id <paramref name="emailId"/> as their custom arg.</summary>
    public IReadOnlyList<SendGridRequest> AcceptedWithId(Guid emailId) => [.. Accepted.Where(r => EmailIdOf(r) == emailId)];

    /// <summary>The email id of every accepted request that carries one, in order: an email accepted twice is here twice.</summary>
    public IReadOnlyList<Guid> AcceptedEmailIds() => [.. Accepted.Select(EmailIdOf).OfType<Guid>()];

    private static Guid? EmailIdOf(SendGridRequest request) =>
        Guid.TryParse((request.Json["personalizations"]?[0]?["custom_args"] ?? request.Json["custom_args"])?["peduli_email_id"]?.GetValue<string>(), out var id) ? id : null;

    /// <summary>The headers SendGrid's Signed Event Webhook adds to <paramref name="body"/>: the signature over the timestamp and body.</summary>
    public (string Signature, string Timestamp) Sign(string body, DateTimeOffset at)
    {
        var timestamp = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = _signingKey.SignData(Encoding.UTF8.GetBytes(timestamp + body), HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        return (Convert.ToBase64String(signature), timestamp);
    }

    /// <summary>Posts <paramref name="body"/> to the app's event webhook, signed now unless <paramref name="signature"/> says otherwise (null: unsigned).</summary>
    public static async Task<HttpResponseMessage> DeliverEventsAsync(HttpClient app, string body, (string Signature, string Timestamp)? signature)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/webhooks/sendgrid") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (signature is { } signed)
        {
            request.Headers.Add("X-Twilio-Email-Event-Webhook-Signature", signed.Signature);
            request.Headers.Add("X-Twilio-Email-Event-Webhook-Timestamp", signed.Timestamp);
        }

        return await app.SendAsync(request);
    }

    /// <summary>A batch of one event as SendGrid sends it: <paramref name="kind"/> (<c>bounce</c>, <c>dropped</c>...) for <paramref name="email"/>.</summary>
    public static string EventsJson(string email, string kind, Guid? emailId = null, string? type = null, DateTimeOffset? at = null)
    {
        var item = new JsonObject
        {
            ["email"] = email,
            ["timestamp"] = (at ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds(),
            ["event"] = kind,
            ["sg_event_id"] = Guid.NewGuid().ToString("N"),
            ["sg_message_id"] = "fake.filter0001.1.0",
            ["reason"] = "550 5.1.1 The email account that you tried to reach does not exist",
            ["category"] = new JsonArray("booking-requested"),
        };
        if (type is not null)
        {
            item["type"] = type;
        }

        if (emailId is { } id)
        {
            item["peduli_email_id"] = id.ToString();
        }

        return new JsonArray(item).ToJsonString();
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        _signingKey.Dispose();
    }

    private async Task<IResult> SendAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var json = JsonNode.Parse(await reader.ReadToEndAsync())!.AsObject();
        var failing = _failingStatus;
        var badRecipient = json["personalizations"]?.AsArray().SelectMany(p => p!["to"]!.AsArray()).Any(to => to!["email"]?.GetValue<string>() is not { } email || !email.Contains('@', StringComparison.Ordinal)) ?? true;
        var status = failing != 0 ? failing : badRecipient ? StatusCodes.Status400BadRequest : StatusCodes.Status202Accepted;
        Requests.Enqueue(new SendGridRequest(request.Headers.Authorization.ToString(), json, status));
        if (status == StatusCodes.Status429TooManyRequests)
        {
            request.HttpContext.Response.Headers.RetryAfter = "1";
        }

        return status switch
        {
            StatusCodes.Status202Accepted => Results.StatusCode(status),
            StatusCodes.Status400BadRequest => Results.Json(Error("Does not contain a valid address.", "personalizations.0.to.0.email"), statusCode: status),
            _ => Results.Json(Error("The service is busy; try again later.", null), statusCode: status),
        };
    }

    private static JsonObject Error(string message, string? field) =>
        new() { ["errors"] = new JsonArray(new JsonObject { ["message"] = message, ["field"] = field, ["help"] = null }) };
}

/// <summary>One mail-send request as the fake received it: the Authorization header, the JSON body and the status answered.</summary>
public sealed record SendGridRequest(string Authorization, JsonObject Json, int Status);
