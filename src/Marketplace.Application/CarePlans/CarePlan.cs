using System.Globalization;
using Marketplace.Application.Complaints;

namespace Marketplace.Application.CarePlans;

/// <summary>
/// The plan of care for one person, written by the care manager the family chose: goals, tasks with how often they
/// are due, and thresholds. Visit logs and the family's own logs tick its tasks (see <see cref="CarePlanProgress"/>),
/// and <see cref="Judge"/> turns what they observe into alerts. One plan per person; each revision replaces its content.
/// </summary>
public sealed class CarePlan
{
    public const int MaxGoals = 10;
    public const int GoalMaxLength = 300;
    public const int TaskDetailsMaxLength = 300;
    public const int MaxTimesPerWeek = 21;

    /// <summary>Said when two care managers' first plans for one person cross (the database keeps one).</summary>
    public const string WrittenMeanwhile = "A care plan for this person was written at the same moment; open it again and make your changes there.";

    /// <summary>A systolic pressure at or above this, or a diastolic at or above <see cref="CrisisDiastolic"/>, is a hypertensive crisis (the American Heart Association's limits): urgent whatever the plan says.</summary>
    public const int CrisisSystolic = 180;

    public const int CrisisDiastolic = 120;

    private CarePlan(Guid id, Guid recipientId, Guid familyId, DateTimeOffset createdAt)
    {
        Id = id;
        RecipientId = recipientId;
        FamilyId = familyId;
        CreatedAt = createdAt;
        UpdatedAt = createdAt;
        Content = CarePlanContent.Empty;
    }

    public Guid Id { get; private set; }

    public Guid RecipientId { get; private set; }

    public Guid FamilyId { get; private set; }

    public CarePlanContent Content { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>The care manager (caregiver) who wrote the current revision.</summary>
    public Guid WrittenByCaregiverId { get; private set; }

    /// <summary>A first plan for the person <paramref name="recipientId"/> of family <paramref name="familyId"/>.</summary>
    public static CarePlan Write(Guid recipientId, Guid familyId, Guid careManagerId, CarePlanContent content, DateTimeOffset now)
    {
        var plan = new CarePlan(Guid.CreateVersion7(now), recipientId, familyId, now);
        plan.Revise(careManagerId, content, now);
        return plan;
    }

    /// <summary>Replaces what the plan says; the validator has bounded the content (<see cref="CarePlanContent"/>).</summary>
    public void Revise(Guid careManagerId, CarePlanContent content, DateTimeOffset now)
    {
        Content = content with
        {
            Goals = [.. content.Goals.Select(g => g.Trim())],
            Tasks = [.. content.Tasks.Select(t => t with { Details = t.Details.Trim() })],
        };
        WrittenByCaregiverId = careManagerId;
        UpdatedAt = now;
    }

    /// <summary>The alerts <paramref name="observation"/> raises under this plan's thresholds: none, one, or (a fall with a high pressure) two.</summary>
    public IReadOnlyList<CareAlert> Judge(CareObservation observation, DateTimeOffset now)
    {
        var thresholds = Content.Thresholds;
        var alerts = new List<CareAlert>();
        void Raise(CareAlertKind kind, CareAlertUrgency urgency, string detail) =>
            alerts.Add(CareAlert.Raise(this, kind, urgency, detail, observation, now));

        switch (observation)
        {
            case CareObservation.Recorded recorded:
                if (recorded.Fell && thresholds.Falls)
                {
                    Raise(CareAlertKind.Fall, CareAlertUrgency.Urgent, string.Empty);
                }

                if (recorded.Vitals is { } vitals && (vitals.SystolicMmHg is not null || vitals.DiastolicMmHg is not null))
                {
                    var pressure = string.Create(CultureInfo.InvariantCulture, $"{vitals.SystolicMmHg?.ToString(CultureInfo.InvariantCulture) ?? "–"}/{vitals.DiastolicMmHg?.ToString(CultureInfo.InvariantCulture) ?? "–"}");
                    if (vitals.SystolicMmHg >= CrisisSystolic || vitals.DiastolicMmHg >= CrisisDiastolic)
                    {
                        Raise(CareAlertKind.HighBloodPressure, CareAlertUrgency.Urgent, pressure);
                    }
                    else if (vitals.SystolicMmHg >= thresholds.SystolicAtLeast || vitals.DiastolicMmHg >= thresholds.DiastolicAtLeast)
                    {
                        Raise(CareAlertKind.HighBloodPressure, CareAlertUrgency.Soon, pressure);
                    }
                    else if (vitals.SystolicMmHg <= thresholds.SystolicAtMost)
                    {
                        Raise(CareAlertKind.LowBloodPressure, CareAlertUrgency.Soon, pressure);
                    }
                }

                break;
            case CareObservation.VisitMissed missed when thresholds.MissedVisits:
                Raise(CareAlertKind.MissedVisit, CareAlertUrgency.Soon, missed.Reason.ToString());
                break;
            case CareObservation.Complained complained when thresholds.Complaints:
                Raise(CareAlertKind.Complaint, UrgencyOf(complained.Category), complained.Category.ToString());
                break;
        }

        return alerts;
    }

    private static CareAlertUrgency UrgencyOf(ComplaintCategory category) => category switch
    {
        ComplaintCategory.Safety => CareAlertUrgency.Urgent,
        ComplaintCategory.Billing or ComplaintCategory.Other => CareAlertUrgency.Routine,
        _ => CareAlertUrgency.Soon,
    };
}
