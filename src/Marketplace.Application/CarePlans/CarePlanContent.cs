using Marketplace.Application.Taxonomies;

namespace Marketplace.Application.CarePlans;

/// <summary>
/// What a care plan says, replaced whole at each revision: the goals in the care manager's words, the tasks with how
/// often they are due, and the thresholds that raise alerts.
/// </summary>
/// <param name="Goals">What the care aims at, e.g. "Walks to the front gate unaided by March"; at most <see cref="CarePlan.MaxGoals"/>.</param>
/// <param name="Tasks">The care to give, each a task of the visit checklist (<see cref="VisitTasks"/>) at most once.</param>
/// <param name="Thresholds">When the care manager is alerted.</param>
public sealed record CarePlanContent(IReadOnlyList<string> Goals, IReadOnlyList<CarePlanTask> Tasks, AlertThresholds Thresholds)
{
    /// <summary>The content of a plan nobody has written yet: nothing planned, the default thresholds.</summary>
    public static CarePlanContent Empty { get; } = new([], [], AlertThresholds.Default);
}

/// <summary>One task of a plan: a task of the visit checklist, how many times a week it is due (1 to 21), and how to do it.</summary>
/// <param name="Task">A slug of <see cref="VisitTasks"/>, e.g. <c>mobility-exercise</c>.</param>
/// <param name="TimesPerWeek">How often it is due in a week (Monday to Sunday, local time): 7 is daily, 14 twice a day.</param>
/// <param name="Details">How to do it, e.g. "10 minutes walking with the frame, morning and evening"; may be empty.</param>
public sealed record CarePlanTask(string Task, int TimesPerWeek, string Details);

/// <summary>
/// When an observation of the person raises an alert to their care manager. Blood pressure limits are in mmHg and
/// apply to any measurement, by a caregiver at a visit or by the family at home; null leaves that limit unwatched.
/// </summary>
/// <param name="SystolicAtLeast">A systolic pressure at or above this alerts (high blood pressure).</param>
/// <param name="DiastolicAtLeast">A diastolic pressure at or above this alerts (high blood pressure).</param>
/// <param name="SystolicAtMost">A systolic pressure at or below this alerts (low blood pressure).</param>
/// <param name="Falls">Whether a fall alerts.</param>
/// <param name="MissedVisits">Whether a visit that did not take place alerts: nobody was home, or the provider cancelled it.</param>
/// <param name="Complaints">Whether the family's complaint about a booking of the person alerts.</param>
public sealed record AlertThresholds(
    int? SystolicAtLeast, int? DiastolicAtLeast, int? SystolicAtMost, bool Falls, bool MissedVisits, bool Complaints)
{
    /// <summary>
    /// What a new plan watches: hypertension as ESH 2023 and the Indonesian Society of Hypertension (InaSH) define it
    /// (140/90 mmHg), hypotension at 90 mmHg systolic, and every fall, missed visit and complaint.
    /// </summary>
    public static AlertThresholds Default { get; } = new(140, 90, 90, Falls: true, MissedVisits: true, Complaints: true);
}
