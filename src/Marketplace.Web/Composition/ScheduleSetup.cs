namespace Marketplace.Web.Composition;

internal static class ScheduleSetup
{
    /// <summary>Work that runs on a clock inside the app: certificate expiry.</summary>
    public static IServiceCollection AddSchedules(this IServiceCollection services) =>
        services.AddHostedService<CertificateExpirySchedule>();
}
