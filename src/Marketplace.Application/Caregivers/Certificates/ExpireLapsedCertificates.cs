using Mediator;
using Microsoft.Extensions.Logging;

namespace Marketplace.Application.Caregivers.Certificates;

/// <summary>
/// Run by the scheduler: verified caregivers whose last current certificate has lapsed become expired
/// and can no longer be booked until a new certificate is verified. Returns how many expired.
/// </summary>
public sealed record ExpireLapsedCertificates : ICommand<int>;

public sealed partial class ExpireLapsedCertificatesHandler(
    ICaregiverRepository caregivers, TimeProvider clock, ILogger<ExpireLapsedCertificatesHandler> logger)
    : ICommandHandler<ExpireLapsedCertificates, int>
{
    public async ValueTask<int> Handle(ExpireLapsedCertificates command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var expired = 0;
        foreach (var caregiver in await caregivers.ListVerifiedWithoutCertificateAfterAsync(DateOnly.FromDateTime(now.UtcDateTime), cancellationToken))
        {
            if (caregiver.ExpireIfCertificatesLapsed(caregiver.Today(now)))
            {
                // The caregiver is told by email once the notification port exists (issue: notifications).
                LogExpired(logger, caregiver.Id);
                expired++;
            }
        }

        return expired;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Caregiver {CaregiverId} verification expired: no current certificate")]
    private static partial void LogExpired(ILogger logger, Guid caregiverId);
}
