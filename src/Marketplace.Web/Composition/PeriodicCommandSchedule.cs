using Marketplace.Infrastructure.Scheduling;
using Mediator;

namespace Marketplace.Web.Composition;

/// <summary>
/// Sends one command on a clock inside the app, in a scope of its own, at start-up and then every
/// interval read from <c>{IntervalSetting}</c>. Every instance ticks, but only the one that takes the
/// job's lease (<see cref="JobLeases"/>) runs it, so with several instances it runs once per interval.
/// A failure is logged and the next tick tries again.
/// </summary>
internal sealed partial class PeriodicCommandSchedule(
    string job,
    string intervalSetting,
    TimeSpan defaultInterval,
    Func<IMediator, CancellationToken, ValueTask> send,
    IServiceScopeFactory scopes,
    IConfiguration configuration,
    TimeProvider clock,
    ILogger<PeriodicCommandSchedule> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = configuration.GetValue(intervalSetting, defaultInterval);

        // A little shorter than the interval, so the instance that ran the job can take it again at its next tick.
        var lease = interval * 0.9;
        using var timer = new PeriodicTimer(interval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                if (await scope.ServiceProvider.GetRequiredService<JobLeases>().TryTakeAsync(job, lease, stoppingToken))
                {
                    await send(scope.ServiceProvider.GetRequiredService<IMediator>(), stoppingToken);
                    LogRan(logger, job);
                }
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                // A failed run must not stop the schedule or the app.
                LogFailed(logger, job, failure);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The {Job} job ran on this instance")]
    private static partial void LogRan(ILogger logger, string job);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The {Job} job failed; it runs again at the next interval")]
    private static partial void LogFailed(ILogger logger, string job, Exception exception);
}
