using Mediator;

namespace Marketplace.Web.Composition;

/// <summary>
/// Sends one command on a clock inside the app, in a scope of its own, at start-up and then every
/// interval read from <c>{IntervalSetting}</c>. A failure is logged and the next tick tries again.
/// </summary>
internal sealed partial class PeriodicCommandSchedule(
    string name,
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
        using var timer = new PeriodicTimer(configuration.GetValue(intervalSetting, defaultInterval), clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await send(scope.ServiceProvider.GetRequiredService<IMediator>(), stoppingToken);
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                // A failed run must not stop the schedule or the app.
                LogFailed(logger, name, failure);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Name} failed; it runs again at the next interval")]
    private static partial void LogFailed(ILogger logger, string name, Exception exception);
}
