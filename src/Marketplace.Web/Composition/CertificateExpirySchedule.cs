using Marketplace.Application.Caregivers.Certificates;
using Mediator;

namespace Marketplace.Web.Composition;

/// <summary>
/// Checks every hour (<c>Certificates:ExpiryCheckInterval</c>) for verified caregivers whose last
/// certificate has lapsed and marks them expired. The first check runs at start-up.
/// </summary>
internal sealed partial class CertificateExpirySchedule(
    IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock, ILogger<CertificateExpirySchedule> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = configuration.GetValue("Certificates:ExpiryCheckInterval", TimeSpan.FromHours(1));
        using var timer = new PeriodicTimer(interval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ExpireLapsedCertificates(), stoppingToken);
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                // The next tick tries again; a failed check must not stop the schedule or the app.
                LogFailed(logger, failure);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Certificate expiry check failed; it runs again at the next interval")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
