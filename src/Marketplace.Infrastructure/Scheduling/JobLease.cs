namespace Marketplace.Infrastructure.Scheduling;

/// <summary>Which app instance runs a scheduled job now, and until when (see <see cref="JobLeases"/>).</summary>
public sealed class JobLease
{
    public required string Name { get; init; }

    public DateTimeOffset LeasedUntil { get; set; }

    /// <summary>The instance that took the lease last: its machine name and process id, to tell which one ran.</summary>
    public string? HeldBy { get; set; }
}
