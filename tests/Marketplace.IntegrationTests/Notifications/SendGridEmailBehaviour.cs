using Marketplace.TestSupport;
using Microsoft.AspNetCore.Http;

namespace Marketplace.IntegrationTests.Notifications;

/// <summary>
/// The shared email behaviour on SendGrid: the real SendGrid client posts its JSON to a <see cref="FakeSendGrid"/> on
/// 127.0.0.1, and the tests read that JSON as SendGrid would.
/// </summary>
public class SendGridEmailBehaviour : EmailSenderBehaviour
{
    private FakeSendGrid SendGrid => App.SendGrid!;

    [Fact]
    public async Task EveryRequest_CarriesTheApiKeyAndTheSender()
    {
        var id = await App.EnqueueAsync(new(Guid.Empty, "pak.budi@contoh.id", "Uji", "Teks", "<p>Teks</p>", "test"));

        await App.WhenAsync(id, m => m.ProcessedAt is not null, "was not sent");
        var request = Assert.Single(SendGrid.AcceptedWithId(id));
        Assert.Equal($"Bearer {FakeSendGrid.ApiKey}", request.Authorization);
        Assert.Equal("no-reply@peduli.test", request.Json["from"]!["email"]!.GetValue<string>());
        Assert.Equal("Peduli", request.Json["from"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task AServerError_IsTriedAgainLikeA429()
    {
        SendGrid.FailWith(StatusCodes.Status500InternalServerError);
        var id = await App.EnqueueAsync(new(Guid.Empty, "pak.budi@contoh.id", "Uji", "Teks", "<p>Teks</p>", "test"));
        var failed = await App.WhenAsync(id, m => m.Attempts >= 2, "was not tried twice");
        Assert.Contains("500", failed.LastError, StringComparison.Ordinal);

        SendGrid.Recover();

        await App.WhenAsync(id, m => m.ProcessedAt is not null, "was not sent once SendGrid recovered");
        Assert.Single(SendGrid.AcceptedWithId(id));
    }

    protected override async Task<EmailSuiteApp> StartAppAsync() => new(Database(), await FakeSendGrid.StartAsync());

    /// <summary>The database of the app's outbox: SQLite here, PostgreSQL in <see cref="PostgresSendGridEmailBehaviour"/>.</summary>
    protected virtual TestDatabase Database() => TestDatabase.Sqlite();

    protected override IReadOnlyList<DeliveredEmail> Delivered(Guid emailId) =>
        [.. SendGrid.AcceptedWithId(emailId).Select(request => Read(request.Json))];

    protected override void BreakService() => SendGrid.FailWith(StatusCodes.Status429TooManyRequests);

    protected override void MendService() => SendGrid.Recover();

    /// <summary>SendGrid's mail-send JSON: one personalization, content text/plain then text/html, categories, custom args, headers.</summary>
    private static DeliveredEmail Read(System.Text.Json.Nodes.JsonObject json)
    {
        var personalization = Assert.Single(json["personalizations"]!.AsArray())!;
        var content = json["content"]!.AsArray().ToDictionary(c => c!["type"]!.GetValue<string>(), c => c!["value"]!.GetValue<string>());
        Assert.Equal(["text/plain", "text/html"], content.Keys);
        var headers = (json["headers"] ?? personalization["headers"])?.AsObject()
            .ToDictionary(h => h.Key, h => h.Value!.GetValue<string>(), StringComparer.OrdinalIgnoreCase) ?? new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var customArgs = json["custom_args"] ?? personalization["custom_args"];
        return new DeliveredEmail(
            Assert.Single(personalization["to"]!.AsArray())!["email"]!.GetValue<string>(),
            (personalization["subject"] ?? json["subject"])!.GetValue<string>(),
            content["text/plain"],
            content["text/html"],
            Assert.Single(json["categories"]!.AsArray())!.GetValue<string>(),
            Guid.TryParse(customArgs?["peduli_email_id"]?.GetValue<string>(), out var id) ? id : null,
            headers);
    }
}

/// <summary>The same behaviour with the outbox on PostgreSQL, where dead letters and retries are written by another provider.</summary>
public sealed class PostgresSendGridEmailBehaviour : SendGridEmailBehaviour
{
    protected override TestDatabase Database() => TestDatabase.Postgres();
}
