namespace Marketplace.Application.Bookings;

/// <summary>
/// What a caregiver records at check-out: tasks from the checklist, free notes, and vital signs when
/// measured. Seen by the family and the assigned care manager.
/// </summary>
public sealed record VisitLog(IReadOnlyList<string> Tasks, string Notes, VitalSigns? Vitals)
{
    public const string EmptyRefusal = "Record what was done: tick a task or write a note.";

    /// <summary>A log that says nothing: no task ticked and no note. A visit is not given until it is recorded.</summary>
    public bool IsEmpty => Tasks.Count == 0 && string.IsNullOrWhiteSpace(Notes);
}

/// <summary>Measurements taken during a visit; each is optional because not every visit measures everything.</summary>
public sealed record VitalSigns(
    int? SystolicMmHg = null, int? DiastolicMmHg = null, int? PulsePerMinute = null, decimal? TemperatureCelsius = null, int? BloodSugarMgDl = null);
