using Marketplace.Application.Bookings.Reminders;
using Marketplace.Application.Common.Errors;
using Marketplace.Infrastructure.Persistence;
using Marketplace.TestSupport;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Marketplace.TestSupport.TestBookings;

namespace Marketplace.IntegrationTests.Bookings;

/// <summary>Both sides hear of each visit a day ahead, once, however many times or places the reminder job runs.</summary>
public abstract class VisitReminderTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : MarketplaceAppFactory
{
    private const string FamilyReminder = "Jika ada yang berubah, batalkan atau pindahkan";
    private const string CaregiverReminder = "agar keluarga sempat mencari pengganti";

    [Fact]
    public async Task EachVisitOfASeries_IsRemindedOfOnce_ADayAhead_EvenWhenTheJobRunsTwiceAtOnce()
    {
        var (caregiver, caregiverId) = await app.NewBookableCaregiverAsync();
        var (family, recipientId) = await app.NewFamilyAsync();
        var start = Next(DayOfWeek.Wednesday, 15);
        var requested = await family.RequestHomeCareAsync(caregiverId, recipientId, start, repeatWeekly: new { days = Array.Empty<string>(), weeks = 2 });
        requested.EnsureSuccessStatusCode();
        var id = (await requested.ReadJsonAsync()).GetProperty("id").GetGuid();
        (await caregiver.PostAsync($"/api/v1/bookings/{id}/accept", null)).EnsureSuccessStatusCode();
        await family.ConfirmOfflineAsync(id);
        var (familyEmail, caregiverEmail) = (await family.EmailOfAsync(), await caregiver.EmailOfAsync());

        using (app.Clock.TravelTo(start.AddHours(-25)))
        {
            await RunTheJobAsync();
            Assert.Equal(0, await QueuedRemindersAsync(id));
        }

        // The outbox sends what was saved by now on the app's clock: each reminder is read while the clock is there.
        using (app.Clock.TravelTo(start.AddHours(-23)))
        {
            await Task.WhenAll(RunTheJobAsync(), RunTheJobAsync());
            Assert.Equal(2, await QueuedRemindersAsync(id));
            await RunTheJobAsync();
            Assert.Equal(2, await QueuedRemindersAsync(id));

            var told = await app.EmailToAsync(familyEmail, FamilyReminder);
            Assert.Contains("15.00 WITA, selama 2 jam", told, StringComparison.Ordinal);
            await app.EmailToAsync(caregiverEmail, CaregiverReminder);
            await app.OutboxDoneAsync(id);
            Assert.Single(app.MailTo(familyEmail), m => m.Contains(FamilyReminder, StringComparison.Ordinal));
            Assert.Single(app.MailTo(caregiverEmail), m => m.Contains(CaregiverReminder, StringComparison.Ordinal));
        }

        using (app.Clock.TravelTo(start.AddDays(7).AddHours(-2)))
        {
            await RunTheJobAsync();
            Assert.Equal(4, await QueuedRemindersAsync(id));
            await app.OutboxDoneAsync(id);
            Assert.Equal(2, app.MailTo(familyEmail).Count(m => m.Contains(FamilyReminder, StringComparison.Ordinal)));
        }
    }

    [Fact]
    public async Task ABookingNotConfirmed_OrAVisitCancelled_IsNotRemindedOf()
    {
        var (caregiver, caregiverId) = await app.NewBookableCaregiverAsync();
        var (family, recipientId) = await app.NewFamilyAsync();
        var start = Next(DayOfWeek.Thursday, 10);
        var accepted = await family.BookAsync(caregiverId, recipientId, start);
        (await caregiver.PostAsync($"/api/v1/bookings/{accepted}/accept", null)).EnsureSuccessStatusCode();
        var cancelled = await family.BookAsync(caregiverId, recipientId, start.AddHours(4));
        (await caregiver.PostAsync($"/api/v1/bookings/{cancelled}/accept", null)).EnsureSuccessStatusCode();
        await family.ConfirmOfflineAsync(cancelled);
        (await family.PostAsync($"/api/v1/bookings/{cancelled}/cancel", null)).EnsureSuccessStatusCode();

        using (app.Clock.TravelTo(start.AddHours(-12)))
        {
            await RunTheJobAsync();
            Assert.Equal(0, await QueuedRemindersAsync(accepted) + await QueuedRemindersAsync(cancelled));
        }
    }

    /// <summary>
    /// Runs the reminder job as an app instance would; a run that lost the race for a booking to another run at the same
    /// moment has its change refused, and reminds of nothing.
    /// </summary>
    private async Task RunTheJobAsync()
    {
        try
        {
            await app.InScopeAsync(async services => await services.GetRequiredService<IMediator>().Send(new SendVisitReminders()));
        }
        catch (BusinessRuleException)
        {
            // The other run's reminders stand: counting what was queued tells the outcome.
        }
    }

    /// <summary>The reminders queued for <paramref name="booking"/>'s visits: one to each side per visit.</summary>
    private Task<int> QueuedRemindersAsync(Guid booking) =>
        app.InScopeAsync(services => services.GetRequiredService<MarketplaceDbContext>().OutboxMessages
            .CountAsync(m => m.Type == "visit-reminder" && m.Payload.Contains(booking.ToString())));
}

public sealed class VisitRemindersOnSqlite(SqliteAppFactory app) : VisitReminderTests<SqliteAppFactory>(app);

public sealed class VisitRemindersOnPostgres(PostgresAppFactory app) : VisitReminderTests<PostgresAppFactory>(app);
