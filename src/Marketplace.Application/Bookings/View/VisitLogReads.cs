using Marketplace.Application.Families;

namespace Marketplace.Application.Bookings.View;

/// <summary>The access-log entries for showing bookings: one per booking that holds a visit log (notes, vital signs).</summary>
public static class VisitLogReads
{
    /// <summary>
    /// Writes to <paramref name="accessLog"/> that <paramref name="reader"/> was shown the visit logs of
    /// <paramref name="bookings"/>, each for the purpose <paramref name="purposeOf"/> gives. A booking without a
    /// visit log shows no health data and is not written.
    /// </summary>
    public static Task RecordVisitLogReadsAsync(
        this IRecipientAccessLog accessLog, HealthDataReader reader, IEnumerable<Booking> bookings, Func<Booking, AccessPurpose> purposeOf,
        CancellationToken cancellationToken) =>
        accessLog.RecordAsync(
            reader,
            [.. bookings.Where(b => b.Visits.Any(v => v.Log is not null))
                .Select(b => new HealthDataRead(b.Parties.RecipientId, HealthRecord.VisitLog, b.Id, purposeOf(b)))],
            cancellationToken);
}
