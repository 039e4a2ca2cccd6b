namespace Marketplace.Application.Bookings;

/// <summary>
/// What a caregiver records at check-out: tasks from the checklist, free notes, and vital signs when
/// measured. Seen by the family and the assigned care manager.
/// </summary>
/// <param name="Fell">Whether the person fell since the last visit (their care plan may alert the care manager).</param>
public sealed record VisitLog(IReadOnlyList<string> Tasks, string Notes, VitalSigns? Vitals, bool Fell = false)
{
    public const string EmptyRefusal = "Record what was done: tick a task or write a note.";

    /// <summary>A log that says nothing: no task ticked and no note. A visit is not given until it is recorded.</summary>
    public bool IsEmpty => Tasks.Count == 0 && string.IsNullOrWhiteSpace(Notes);
}

/// <summary>Measurements taken during a visit; each is optional because not every visit measures everything.</summary>
public sealed record VitalSigns(
    int? SystolicMmHg = null, int? DiastolicMmHg = null, int? PulsePerMinute = null, decimal? TemperatureCelsius = null, int? BloodSugarMgDl = null)
{
    /// <summary>Blood pressures (mmHg) a living person can show; anything outside is a typing slip, refused to catch typos, not to diagnose.</summary>
    public const int MinSystolic = 50;

    public const int MaxSystolic = 260;
    public const int MinDiastolic = 30;
    public const int MaxDiastolic = 160;
}
