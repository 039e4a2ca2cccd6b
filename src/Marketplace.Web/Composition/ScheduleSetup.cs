using Marketplace.Application.Bookings.Expire;
using Marketplace.Application.Bookings.Reminders;
using Marketplace.Application.Caregivers.Certificates;
using Marketplace.Application.Payments.Authorise;
using Mediator;

namespace Marketplace.Web.Composition;

internal static class ScheduleSetup
{
    /// <summary>
    /// Work that runs on a clock inside the app: certificate expiry, unanswered booking requests, bookings nobody
    /// confirmed in time, cards saved for care that now ends within an authorisation's life, and reminders a day before each visit.
    /// </summary>
    public static IServiceCollection AddSchedules(this IServiceCollection services) => services
        .AddSchedule("certificate-expiry", "Certificates:ExpiryCheckInterval", TimeSpan.FromHours(1),
            async (mediator, token) => await mediator.Send(new ExpireLapsedCertificates(), token))
        .AddSchedule("booking-request-expiry", "Bookings:ExpiryCheckInterval", TimeSpan.FromMinutes(5),
            async (mediator, token) => await mediator.Send(new ExpireUnansweredBookings(), token))
        .AddSchedule("saved-card-authorisation", "Payments:AuthorisationCheckInterval", TimeSpan.FromMinutes(30),
            async (mediator, token) => await mediator.Send(new AuthoriseSavedCards(), token))
        .AddSchedule("visit-reminders", "Notifications:ReminderCheckInterval", TimeSpan.FromMinutes(5),
            async (mediator, token) => await mediator.Send(new SendVisitReminders(), token));

    private static IServiceCollection AddSchedule(
        this IServiceCollection services, string job, string intervalSetting, TimeSpan defaultInterval, Func<IMediator, CancellationToken, ValueTask> send) =>
        services.AddSingleton<IHostedService>(provider => ActivatorUtilities.CreateInstance<PeriodicCommandSchedule>(
            provider, job, intervalSetting, defaultInterval, send));
}
