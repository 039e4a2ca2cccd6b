using Marketplace.Application.Common.Errors;

namespace Marketplace.Application.CarePlans;

/// <summary>
/// An observation of a person that crossed a threshold of their care plan, for the family's care manager to act on.
/// It belongs to the family, not to a care manager: when the family chooses another, the new one sees it. The care
/// manager records what they did, once; the alert is then handled and stays for the record.
/// </summary>
public sealed class CareAlert
{
    public const int ActionMaxLength = 2000;

    public const string HandledAlready = "This alert was handled already; what was done is recorded on it.";

    private CareAlert(
        Guid id, Guid recipientId, Guid familyId, CareAlertKind kind, CareAlertUrgency urgency, string detail,
        CareAlertSource source, Guid sourceId, DateTimeOffset raisedAt)
    {
        Id = id;
        RecipientId = recipientId;
        FamilyId = familyId;
        Kind = kind;
        Urgency = urgency;
        Detail = detail;
        Source = source;
        SourceId = sourceId;
        RaisedAt = raisedAt;
    }

    public Guid Id { get; private set; }

    public Guid RecipientId { get; private set; }

    public Guid FamilyId { get; private set; }

    public CareAlertKind Kind { get; private set; }

    public CareAlertUrgency Urgency { get; private set; }

    /// <summary>
    /// What was observed, in a form every language reads alike: a blood pressure as "172/95" (mmHg), a missed visit's
    /// <see cref="MissedVisitReason"/>, a complaint's category; empty for a fall.
    /// </summary>
    public string Detail { get; private set; }

    public CareAlertSource Source { get; private set; }

    public Guid SourceId { get; private set; }

    public DateTimeOffset RaisedAt { get; private set; }

    public CareAlertStatus Status { get; private set; } = CareAlertStatus.Open;

    /// <summary>What the care manager did, in their words; null while open.</summary>
    public string? Action { get; private set; }

    public DateTimeOffset? HandledAt { get; private set; }

    /// <summary>The caregiver (care manager) who handled it.</summary>
    public Guid? HandledByCaregiverId { get; private set; }

    internal static CareAlert Raise(
        CarePlan plan, CareAlertKind kind, CareAlertUrgency urgency, string detail, CareObservation observation, DateTimeOffset now) =>
        new(Guid.CreateVersion7(now), plan.RecipientId, plan.FamilyId, kind, urgency, detail, observation.Source, observation.SourceId, now);

    /// <summary>The care manager records what they did about it (1 to <see cref="ActionMaxLength"/> characters).</summary>
    public void Handle(Guid careManagerId, string action, DateTimeOffset now)
    {
        if (Status == CareAlertStatus.Handled)
        {
            throw new BusinessRuleException(HandledAlready);
        }

        Status = CareAlertStatus.Handled;
        Action = action.Trim();
        HandledAt = now;
        HandledByCaregiverId = careManagerId;
    }
}
