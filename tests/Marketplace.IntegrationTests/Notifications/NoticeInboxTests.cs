using System.Net;
using Marketplace.TestSupport;
using static Marketplace.TestSupport.TestBookings;

namespace Marketplace.IntegrationTests.Notifications;

/// <summary>What every email told a person is in their in-app notices too, theirs alone; account emails stay in the mailbox.</summary>
public abstract class NoticeInboxTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : MarketplaceAppFactory
{
    [Fact]
    public async Task ARequest_ReachesTheCaregiversNotices_AsItsEmailSaidIt_AndIsMarkedReadOnce()
    {
        var (caregiver, caregiverId) = await app.NewBookableCaregiverAsync();
        var (family, recipientId) = await app.NewFamilyAsync();
        await family.BookAsync(caregiverId, recipientId, Next(DayOfWeek.Tuesday, 10));

        // The notice is kept when the outbox sends the email, a moment after the request.
        var json = await Eventually.FoundAsync(
            async () => await caregiver.GetStringAsync("/api/v1/notifications") is var body && body.Contains("Permintaan kunjungan", StringComparison.Ordinal) ? body : null,
            "no notice of the request");
        var inbox = System.Text.Json.JsonDocument.Parse(json).RootElement;
        var request = inbox.GetProperty("items").EnumerateArray().First(n => n.GetProperty("title").GetString()!.StartsWith("Permintaan kunjungan", StringComparison.Ordinal));
        Assert.Contains("Ada permintaan 1 kunjungan", request.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.False(request.GetProperty("read").GetBoolean());
        Assert.True(inbox.GetProperty("unread").GetInt32() >= 1);

        var familyNotices = await (await family.GetAsync("/api/v1/notifications")).ReadJsonAsync();
        Assert.DoesNotContain(familyNotices.GetProperty("items").EnumerateArray(), n => n.GetProperty("id").GetGuid() == request.GetProperty("id").GetGuid());

        Assert.Equal(HttpStatusCode.NoContent, (await caregiver.PostAsync("/api/v1/notifications/read", null)).StatusCode);
        var read = await (await caregiver.GetAsync("/api/v1/notifications")).ReadJsonAsync();
        Assert.Equal(0, read.GetProperty("unread").GetInt32());
        Assert.All(read.GetProperty("items").EnumerateArray(), n => Assert.True(n.GetProperty("read").GetBoolean()));
    }

    [Fact]
    public async Task APasswordResetEmail_IsNotKeptInTheApp()
    {
        var family = await app.NewAccountAsync("family");
        var email = (await (await family.GetAsync("/api/v1/me")).ReadJsonAsync()).GetProperty("email").GetString()!;
        (await app.CreateClient().PostJsonAsync("/api/v1/auth/password-reset", new { email })).EnsureSuccessStatusCode();
        await app.EmailToAsync(email, "/account/reset-password?");

        var notices = await (await family.GetAsync("/api/v1/notifications")).ReadJsonAsync();

        Assert.Empty(notices.GetProperty("items").EnumerateArray());
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync("/api/v1/notifications")).StatusCode);
    }

    [Fact]
    public async Task ThePage_ShowsTheNotices_AndTheBellTheirCount()
    {
        var (caregiver, caregiverId) = await app.NewBookableCaregiverAsync();
        var (family, recipientId) = await app.NewFamilyAsync();
        await family.BookAsync(caregiverId, recipientId, Next(DayOfWeek.Tuesday, 14));
        var email = (await (await caregiver.GetAsync("/api/v1/me")).ReadJsonAsync()).GetProperty("email").GetString()!;
        await app.EmailToAsync(email, "Ada permintaan 1 kunjungan");
        var pages = await app.SignInOnPagesAsync(email, Accounts.Password);

        var page = await pages.GetStringAsync("/notifications");

        Assert.Contains("data-testid=\"notice\"", page, StringComparison.Ordinal);
        Assert.Contains("Ada permintaan 1 kunjungan", page, StringComparison.Ordinal);
        Assert.Matches(@"Pemberitahuan \(\d+ baru\)", page);
    }
}

public sealed class NoticeInboxOnSqlite(SqliteAppFactory app) : NoticeInboxTests<SqliteAppFactory>(app);

public sealed class NoticeInboxOnPostgres(PostgresAppFactory app) : NoticeInboxTests<PostgresAppFactory>(app);
