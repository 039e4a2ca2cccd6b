using System.Net;
using System.Net.Http.Json;
using Marketplace.Application.Bookings.Reminders;
using Marketplace.Infrastructure.Persistence;
using Marketplace.TestSupport;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Marketplace.TestSupport.TestBookings;

namespace Marketplace.IntegrationTests.Notifications;

/// <summary>
/// Each person chooses their optional emails (reminders, visit logs) on a page or through the API, or stops one kind
/// with the one-click link its emails carry; a kind turned off is not emailed, but its notice is still kept.
/// </summary>
public abstract class EmailPreferencesTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : MarketplaceAppFactory
{
    private const string FamilyReminder = "Jika ada yang berubah, batalkan atau pindahkan";
    private const string CaregiverReminder = "agar keluarga sempat mencari pengganti";

    [Fact]
    public async Task ANewAccount_GetsEveryOptionalEmail_AndChoosesThroughTheApi_BothAtOnce()
    {
        var family = await app.NewAccountAsync("family");

        var chosen = await (await family.GetAsync("/api/v1/me/email-preferences")).ReadJsonAsync();
        Assert.True(chosen.GetProperty("reminders").GetBoolean());
        Assert.True(chosen.GetProperty("visitLogs").GetBoolean());

        var saved = await family.PutAsJsonAsync("/api/v1/me/email-preferences", new { reminders = false, visitLogs = true });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var read = await (await family.GetAsync("/api/v1/me/email-preferences")).ReadJsonAsync();
        Assert.False(read.GetProperty("reminders").GetBoolean());
        Assert.True(read.GetProperty("visitLogs").GetBoolean());

        var half = await family.PutAsJsonAsync("/api/v1/me/email-preferences", new { reminders = true });
        Assert.Equal(HttpStatusCode.BadRequest, half.StatusCode);
        Assert.True((await half.ReadJsonAsync()).GetProperty("errors").TryGetProperty("visitLogs", out _));
        Assert.False((await (await family.GetAsync("/api/v1/me/email-preferences")).ReadJsonAsync()).GetProperty("reminders").GetBoolean());
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync("/api/v1/me/email-preferences")).StatusCode);
    }

    [Fact]
    public async Task AReminderTurnedOff_IsNotEmailed_ButKeptAsANotice_AndTheOtherSidesOneClickLink_StopsTheirsAlone()
    {
        var (caregiver, caregiverId) = await app.NewBookableCaregiverAsync();
        var (family, recipientId) = await app.NewFamilyAsync();
        var start = Next(DayOfWeek.Friday, 13);
        var id = await family.BookAsync(caregiverId, recipientId, start);
        (await caregiver.PostAsync($"/api/v1/bookings/{id}/accept", null)).EnsureSuccessStatusCode();
        await family.ConfirmOfflineAsync(id);
        var (familyEmail, caregiverEmail) = (await family.EmailOfAsync(), await caregiver.EmailOfAsync());
        (await family.PutAsJsonAsync("/api/v1/me/email-preferences", new { reminders = false, visitLogs = true })).EnsureSuccessStatusCode();

        using (app.Clock.TravelTo(start.AddHours(-20)))
        {
            await app.InScopeAsync(async services => await services.GetRequiredService<IMediator>().Send(new SendVisitReminders()));
            await app.MessageToAsync(caregiverEmail, CaregiverReminder);
            await app.OutboxDoneAsync(id);
        }

        Assert.DoesNotContain(app.MailTo(familyEmail), mail => mail.Contains(FamilyReminder, StringComparison.Ordinal));
        var notices = await family.GetStringAsync("/api/v1/notifications");
        Assert.Contains(FamilyReminder, notices, StringComparison.Ordinal);

        // The caregiver's reminder carries the one-click link in its headers (RFC 8058) and its text.
        var message = app.MessagesTo(caregiverEmail).Single(m => m.TextBody!.Contains(CaregiverReminder, StringComparison.Ordinal));
        var link = new Uri(message.Headers["List-Unsubscribe"]!.Trim('<', '>'));
        Assert.Equal("List-Unsubscribe=One-Click", message.Headers["List-Unsubscribe-Post"]);
        Assert.Contains(link.AbsoluteUri, message.TextBody, StringComparison.Ordinal);
        Assert.StartsWith("/email/unsubscribe/", link.AbsolutePath, StringComparison.Ordinal);

        // Opening it asks and changes nothing (mail scanners open links); the mail program's POST, without cookies, stops it.
        var stranger = app.CreateClient();
        var asked = await stranger.GetAsync(link.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.Contains("Berhenti menerima pengingat kunjungan", await asked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(await WantsRemindersAsync(caregiver));

        foreach (var _ in new[] { 1, 2 })
        {
            var stopped = await stranger.PostAsync(link.PathAndQuery, new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));
            Assert.Equal(HttpStatusCode.OK, stopped.StatusCode);
        }

        Assert.False(await WantsRemindersAsync(caregiver));
        Assert.True((await (await caregiver.GetAsync("/api/v1/me/email-preferences")).ReadJsonAsync()).GetProperty("visitLogs").GetBoolean());
        Assert.False(await WantsRemindersAsync(family));
        (await family.PutAsJsonAsync("/api/v1/me/email-preferences", new { reminders = true, visitLogs = true })).EnsureSuccessStatusCode();
        Assert.False(await WantsRemindersAsync(caregiver));
    }

    [Theory]
    [InlineData("not-a-token")]
    [InlineData("CfDJ8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task ALinkTheSiteDidNotMake_IsRefused_WithAPageSayingSo(string token)
    {
        var stranger = app.CreateClient();

        var opened = await stranger.GetAsync($"/email/unsubscribe/{token}");
        var posted = await stranger.PostAsync($"/email/unsubscribe/{token}", new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));

        Assert.Equal(HttpStatusCode.NotFound, opened.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
        Assert.Contains("Tautan ini tidak berlaku", await posted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePage_ShowsTheChoices_AndAnUntickedBox_TurnsThatEmailOff()
    {
        var caregiver = await app.NewAccountAsync("caregiver");
        var email = await caregiver.EmailOfAsync();
        var pages = await app.SignInOnPagesAsync(email, Accounts.Password);

        var page = await pages.GetStringAsync("/account/email-preferences");
        Assert.Contains("id=\"Reminders\" name=\"Reminders\" value=\"true\" checked=\"checked\"", page, StringComparison.Ordinal);

        var saved = await pages.PostFormAsync("/account/email-preferences", "/account/email-preferences", new() { ["VisitLogs"] = "true" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.False(await WantsRemindersAsync(caregiver));
        Assert.Contains("Pilihan email Anda tersimpan", await pages.GetStringAsync("/account/email-preferences"), StringComparison.Ordinal);
    }

    private static async Task<bool> WantsRemindersAsync(HttpClient client) =>
        (await (await client.GetAsync("/api/v1/me/email-preferences")).ReadJsonAsync()).GetProperty("reminders").GetBoolean();
}

public sealed class EmailPreferencesOnSqlite(SqliteAppFactory app) : EmailPreferencesTests<SqliteAppFactory>(app);

public sealed class EmailPreferencesOnPostgres(PostgresAppFactory app) : EmailPreferencesTests<PostgresAppFactory>(app);
