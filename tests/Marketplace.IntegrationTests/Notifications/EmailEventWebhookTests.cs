using System.Net;
using Marketplace.Application.Notifications.Delivery;
using Marketplace.Infrastructure.Persistence;
using Marketplace.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.IntegrationTests.Notifications;

/// <summary>
/// SendGrid's signed event webhook: a bounce, drop or spam report stops email to the address, the owner sees why on
/// their account page and mends it there, admins see the list; unsigned or badly signed events change nothing, and a
/// replay is harmless. Runs on each database.
/// </summary>
public abstract class EmailEventWebhookTests(TestDatabase database) : IAsyncLifetime
{
    protected EmailSuiteApp App { get; private set; } = null!;

    private FakeSendGrid SendGrid => App.SendGrid!;

    public async Task InitializeAsync() => App = new EmailSuiteApp(database, await FakeSendGrid.StartAsync());

    public async Task DisposeAsync() => await App.DisposeAsync();

    [Fact]
    public async Task ASignedBounce_StopsEmailToTheAddress_AndItsOwnerSeesWhy_UntilTheySayItWorksAgain()
    {
        var family = await App.NewAccountAsync("family");
        var address = (await (await family.GetAsync("/api/v1/me")).ReadJsonAsync()).GetProperty("email").GetString()!;
        var bounced = Guid.NewGuid();

        var events = FakeSendGrid.EventsJson(address.ToUpperInvariant(), "bounce", bounced, type: "bounce");
        Assert.Equal(HttpStatusCode.OK, (await FakeSendGrid.DeliverEventsAsync(App.CreateClient(), events, SendGrid.Sign(events, DateTimeOffset.UtcNow))).StatusCode);

        var marked = Assert.Single(await MarkedAsync());
        Assert.Equal((address.ToLowerInvariant(), UndeliverableReason.Bounced, bounced), (marked.Address, marked.Reason, marked.EmailId));
        var pages = await App.OnPagesAsync(family);
        var account = await pages.GetStringAsync("/account");
        Assert.Contains("data-testid=\"email-delivery\"", account, StringComparison.Ordinal);
        Assert.Contains(address, account, StringComparison.Ordinal);
        var admin = await App.SignInOnPagesAsync(MarketplaceAppFactory.AdminEmail, MarketplaceAppFactory.AdminPassword);
        Assert.Contains(address.ToLowerInvariant(), await admin.GetStringAsync("/admin/email"), StringComparison.Ordinal);

        var skipped = await App.EnqueueAsync(new(Guid.Empty, address, "Uji", "Teks", "<p>Teks</p>", "test"));
        await App.WhenAsync(skipped, m => m.ProcessedAt is not null, "was not handled");
        Assert.Empty(SendGrid.AcceptedWithId(skipped));

        var retried = await pages.PostFormAsync("/account", "/account/email-delivery/retry", []);
        Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);
        Assert.DoesNotContain("data-testid=\"email-delivery\"", await pages.GetStringAsync("/account"), StringComparison.Ordinal);
        Assert.Empty(await MarkedAsync());
        var sent = await App.EnqueueAsync(new(Guid.Empty, address, "Uji", "Teks", "<p>Teks</p>", "test"));
        await App.WhenAsync(sent, m => m.ProcessedAt is not null, "was not sent");
        Assert.Single(SendGrid.AcceptedWithId(sent));
    }

    [Fact]
    public async Task UnsignedOrBadlySignedEvents_AreRefused_AndChangeNothing()
    {
        var events = FakeSendGrid.EventsJson("korban@contoh.id", "bounce");
        var client = App.CreateClient();

        var unsigned = await FakeSendGrid.DeliverEventsAsync(client, events, signature: null);
        var forAnotherBody = await FakeSendGrid.DeliverEventsAsync(client, events, SendGrid.Sign(events.Replace("korban", "lain", StringComparison.Ordinal), DateTimeOffset.UtcNow));
        var (signature, _) = SendGrid.Sign(events, DateTimeOffset.UtcNow);
        var forAnotherTime = await FakeSendGrid.DeliverEventsAsync(client, events, (signature, "1700000000"));
        var garbage = await FakeSendGrid.DeliverEventsAsync(client, events, ("bukan-tanda-tangan", "1700000000"));

        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
        Assert.Equal("application/problem+json", unsigned.Content.Headers.ContentType?.MediaType);
        foreach (var refused in new[] { forAnotherBody, forAnotherTime, garbage })
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        }

        Assert.Empty(await MarkedAsync());
    }

    [Fact]
    public async Task AReplay_ChangesNothing_DropsAndSpamReportsMark_AndBlockedBouncesOrOtherEventsDoNot()
    {
        var client = App.CreateClient();
        async Task DeliverAsync(string events) =>
            Assert.Equal(HttpStatusCode.OK, (await FakeSendGrid.DeliverEventsAsync(client, events, SendGrid.Sign(events, DateTimeOffset.UtcNow))).StatusCode);
        var bounce = FakeSendGrid.EventsJson("a@contoh.id", "bounce", type: "bounce", at: DateTimeOffset.UtcNow.AddMinutes(-5));

        await DeliverAsync(bounce);
        await DeliverAsync(bounce);
        await DeliverAsync(FakeSendGrid.EventsJson("b@contoh.id", "dropped"));
        await DeliverAsync(FakeSendGrid.EventsJson("c@contoh.id", "spamreport"));
        await DeliverAsync(FakeSendGrid.EventsJson("d@contoh.id", "bounce", type: "blocked"));
        await DeliverAsync(FakeSendGrid.EventsJson("e@contoh.id", "delivered"));
        await DeliverAsync("{\"not\":\"a batch\"}");

        var marked = (await MarkedAsync()).OrderBy(a => a.Address).Select(a => (a.Address, a.Reason));
        Assert.Equal([("a@contoh.id", UndeliverableReason.Bounced), ("b@contoh.id", UndeliverableReason.Dropped), ("c@contoh.id", UndeliverableReason.SpamReport)], marked);
    }

    [Fact]
    public async Task ConfirmingTheAddress_ClearsWhatWasReportedOfIt()
    {
        var address = $"baru-{Guid.NewGuid():N}@contoh.id";
        (await App.CreateClient().PostJsonAsync("/api/v1/auth/register", new { email = address, password = Accounts.Password, role = "family", fullName = "Uji" }))
            .EnsureSuccessStatusCode();
        var events = FakeSendGrid.EventsJson(address, "dropped");
        (await FakeSendGrid.DeliverEventsAsync(App.CreateClient(), events, SendGrid.Sign(events, DateTimeOffset.UtcNow))).EnsureSuccessStatusCode();
        Assert.Single(await MarkedAsync());

        await App.ConfirmEmailAsync(address);

        Assert.Empty(await MarkedAsync());
    }

    private Task<List<UndeliverableAddress>> MarkedAsync() =>
        App.InScopeAsync(services => services.GetRequiredService<MarketplaceDbContext>().UndeliverableAddresses.AsNoTracking().ToListAsync());
}

public sealed class SqliteEmailEventWebhookTests() : EmailEventWebhookTests(TestDatabase.Sqlite())
{
    [Fact]
    public async Task TheApiDocument_DescribesTheWebhookAsItIs()
    {
        var document = System.Text.Json.Nodes.JsonNode.Parse(await App.CreateClient().GetStringAsync("/openapi/v1.json"))!;
        var operation = document["paths"]!["/api/v1/webhooks/sendgrid"]!["post"]!;

        Assert.Equal(
            ["header X-Twilio-Email-Event-Webhook-Signature", "header X-Twilio-Email-Event-Webhook-Timestamp"],
            operation["parameters"]!.AsArray().Select(p => $"{p!["in"]} {p["name"]}"));
        Assert.Equal("array", operation["requestBody"]!["content"]!["application/json"]!["schema"]!["type"]!.GetValue<string>());
        Assert.Equal(["200", "401", "403", "409", "413", "503"], operation["responses"]!.AsObject().Select(r => r.Key).Where(status => status != "500"));
    }
}

public sealed class PostgresEmailEventWebhookTests() : EmailEventWebhookTests(TestDatabase.Postgres());
