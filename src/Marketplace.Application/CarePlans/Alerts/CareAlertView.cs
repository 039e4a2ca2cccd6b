using Marketplace.Application.CarePlans.View;
using Marketplace.Application.Complaints;
using Marketplace.Application.Families;

namespace Marketplace.Application.CarePlans.Alerts;

/// <summary>
/// An alert as the care manager reads it, with the person's name and time zone (where its times are shown). What was
/// observed is in the member its kind uses: <paramref name="BloodPressure"/> ("172/95", mmHg) for a pressure,
/// <paramref name="MissedVisit"/> for a missed visit, <paramref name="ComplaintCategory"/> for a complaint; null otherwise.
/// </summary>
public sealed record CareAlertView(
    Guid Id, Guid RecipientId, string RecipientName, string TimeZone, CareAlertKind Kind, CareAlertUrgency Urgency,
    string? BloodPressure, MissedVisitReason? MissedVisit, ComplaintCategory? ComplaintCategory, CareAlertSource Source, Guid SourceId, DateTimeOffset RaisedAt, CareAlertStatus Status, string? Action, DateTimeOffset? HandledAt)
{
    public static CareAlertView Of(CareAlert alert, Family family)
    {
        var recipient = family.Recipient(alert.RecipientId);
        return new(
            alert.Id, alert.RecipientId, recipient.Name, CareWeeks.ZoneOf(recipient), alert.Kind, alert.Urgency,
            alert.Kind is CareAlertKind.HighBloodPressure or CareAlertKind.LowBloodPressure ? alert.Detail : null,
            alert.Kind == CareAlertKind.MissedVisit ? Enum.Parse<MissedVisitReason>(alert.Detail) : null,
            alert.Kind == CareAlertKind.Complaint ? Enum.Parse<ComplaintCategory>(alert.Detail) : null,
            alert.Source, alert.SourceId, alert.RaisedAt, alert.Status, alert.Action, alert.HandledAt);
    }
}

internal static class CareAlertReads
{
    /// <summary>Writes one access-log entry per alert shown to the care manager: each tells of a person's health.</summary>
    public static Task RecordCareAlertReadsAsync(
        this IRecipientAccessLog accessLog, HealthDataReader reader, IEnumerable<CareAlert> alerts, CancellationToken cancellationToken) =>
        accessLog.RecordAsync(
            reader, [.. alerts.Select(a => new HealthDataRead(a.RecipientId, HealthRecord.CareAlert, a.Id, AccessPurpose.CareManagerOversight))],
            cancellationToken);
}
