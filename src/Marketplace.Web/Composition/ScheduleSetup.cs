using Marketplace.Application.Bookings.Expire;
using Marketplace.Application.Caregivers.Certificates;
using Mediator;

namespace Marketplace.Web.Composition;

internal static class ScheduleSetup
{
    /// <summary>Work that runs on a clock inside the app: certificate expiry, unanswered booking requests.</summary>
    public static IServiceCollection AddSchedules(this IServiceCollection services) => services
        .AddSchedule("Certificate expiry check", "Certificates:ExpiryCheckInterval", TimeSpan.FromHours(1),
            async (mediator, token) => await mediator.Send(new ExpireLapsedCertificates(), token))
        .AddSchedule("Booking request expiry", "Bookings:ExpiryCheckInterval", TimeSpan.FromMinutes(5),
            async (mediator, token) => await mediator.Send(new ExpireUnansweredBookings(), token));

    private static IServiceCollection AddSchedule(
        this IServiceCollection services, string name, string intervalSetting, TimeSpan defaultInterval, Func<IMediator, CancellationToken, ValueTask> send) =>
        services.AddSingleton<IHostedService>(provider => ActivatorUtilities.CreateInstance<PeriodicCommandSchedule>(
            provider, name, intervalSetting, defaultInterval, send));
}
