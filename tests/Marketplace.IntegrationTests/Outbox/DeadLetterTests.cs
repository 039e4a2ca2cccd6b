using System.Net;
using Marketplace.Application.Common.Outbox;
using Marketplace.Infrastructure.Outbox;
using Marketplace.Infrastructure.Persistence;
using Marketplace.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.IntegrationTests.Outbox;

/// <summary>
/// A message that always fails is tried a limited number of times, then kept as a dead letter: it no longer
/// holds readiness down, an admin sees it with its error, and can send it again once the cause is fixed.
/// </summary>
public sealed class DeadLetterTests(DeadLetterTests.FlakyApp app) : IClassFixture<DeadLetterTests.FlakyApp>
{
    [Fact]
    public async Task AMessageThatAlwaysFails_BecomesADeadLetter_AnAdminSeesIt_AndSendsItAgainOnceFixed()
    {
        app.Effect.Fails = true;
        var id = await app.InScopeAsync(async services =>
        {
            services.GetRequiredService<IOutbox>().Enqueue(new FlakyMessage("uji"));
            var db = services.GetRequiredService<MarketplaceDbContext>();
            await db.SaveChangesAsync();
            return await db.OutboxMessages.Where(m => m.Type == "test-flaky").Select(m => m.Id).SingleAsync();
        });

        var dead = await EventuallyAsync(id, m => m.DeadAt is not null);
        Assert.Equal(FlakyApp.MaxAttempts, dead.Attempts);
        Assert.Equal(FlakyApp.MaxAttempts, app.Effect.Calls);

        using (app.Clock.TravelTo(DateTimeOffset.UtcNow.AddMinutes(5)))
        {
            var ready = await (await app.CreateClient().GetAsync("/health/ready")).ReadJsonAsync();
            Assert.Equal("Healthy", ready.GetProperty("checks").GetProperty("outbox").GetProperty("status").GetString());
            Assert.Equal(1, ready.GetProperty("checks").GetProperty("outbox").GetProperty("data").GetProperty("deadLetters").GetInt32());
        }

        var admin = await app.AdminAsync();
        var letters = await (await admin.GetAsync("/api/v1/admin/outbox/dead-letters")).ReadJsonAsync();
        var letter = Assert.Single(letters.GetProperty("items").EnumerateArray());
        Assert.Equal("test-flaky", letter.GetProperty("type").GetString());
        Assert.Contains("mail server is down", letter.GetProperty("lastError").GetString(), StringComparison.Ordinal);
        var page = await (await app.SignInOnPagesAsync(MarketplaceAppFactory.AdminEmail, MarketplaceAppFactory.AdminPassword)).GetStringAsync("/admin/dead-letters");
        Assert.Contains("mail server is down", page, StringComparison.Ordinal);

        app.Effect.Fails = false;
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/v1/admin/outbox/dead-letters/{id}/retry", null)).StatusCode);

        var delivered = await EventuallyAsync(id, m => m.ProcessedAt is not null);
        Assert.Null(delivered.DeadAt);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync($"/api/v1/admin/outbox/dead-letters/{id}/retry", null)).StatusCode);
        Assert.Equal(0, (await (await admin.GetAsync("/api/v1/admin/outbox/dead-letters")).ReadJsonAsync()).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task OnlyAnAdmin_SeesOrRetriesDeadLetters()
    {
        var family = await app.NewAccountAsync("family");

        Assert.Equal(HttpStatusCode.Forbidden, (await family.GetAsync("/api/v1/admin/outbox/dead-letters")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await family.PostAsync($"/api/v1/admin/outbox/dead-letters/{Guid.NewGuid()}/retry", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync("/api/v1/admin/outbox/dead-letters")).StatusCode);
    }

    [Fact]
    public void EveryMessageKind_IsRoutedByAStableNameOfItsOwn()
    {
        Type[] handlerKinds = [typeof(IOutboxHandler<>), typeof(IOutboxBatchHandler<>)];
        var names = typeof(IOutbox).Assembly.GetTypes()
            .SelectMany(type => type.GetInterfaces().Where(i => i.IsGenericType && handlerKinds.Contains(i.GetGenericTypeDefinition())))
            .Select(handler => OutboxHandlers.TypeName(handler.GetGenericArguments()[0])).ToList();

        Assert.Equal(
            ["address-taken-email", "booking-event", "card-authorisation", "card-settlement", "caregiver-changed", "complaint-resolved",
             "email-change-link-email", "email-change-requested-email", "email-changed-email", "listing-changed", "password-changed-email",
             "password-reset-email", "paused-sign-ins-email", "provider-suspension-changed", "sign-up-email", "stored-file-released",
             "verification-decided", "visit-reminder"],
            names.Order());
    }

    private async Task<OutboxMessage> EventuallyAsync(Guid id, Func<OutboxMessage, bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var message = await app.InScopeAsync(services => services.GetRequiredService<MarketplaceDbContext>().OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id));
            if (condition(message))
            {
                return message;
            }

            Assert.True(DateTime.UtcNow < deadline, $"message {id} did not get there within 20 s (attempts {message.Attempts})");
            await Task.Delay(50);
        }
    }

    [OutboxMessage("test-flaky")]
    public sealed record FlakyMessage(string Text);

    /// <summary>A side effect that fails while <see cref="Fails"/> is on, as a mail server that is down would.</summary>
    public sealed class FlakyEffect
    {
        private int _calls;

        public bool Fails { get; set; }

        public int Calls => _calls;

        public void Run()
        {
            Interlocked.Increment(ref _calls);
            if (Fails)
            {
                throw new InvalidOperationException("The mail server is down.");
            }
        }
    }

    public sealed class FlakyHandler(FlakyEffect effect) : IOutboxHandler<FlakyMessage>
    {
        public Task HandleAsync(FlakyMessage message, Guid messageId, CancellationToken cancellationToken)
        {
            effect.Run();
            return Task.CompletedTask;
        }
    }

    /// <summary>The app with a flaky side effect, three attempts and short waits between them.</summary>
    public sealed class FlakyApp() : MarketplaceAppFactory(TestDatabase.Sqlite())
    {
        public const int MaxAttempts = 3;

        public FlakyEffect Effect { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Outbox:MaxAttempts", MaxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("Outbox:MaxBackoff", "00:00:00.100");
            builder.UseSetting("Outbox:PollInterval", "00:00:00.050");
            builder.ConfigureTestServices(services =>
            {
                services.AddSingleton(Effect);
                services.AddOutboxHandler<FlakyMessage, FlakyHandler>();
            });
        }
    }
}
