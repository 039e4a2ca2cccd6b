namespace Marketplace.Application.Bookings;

/// <summary>
/// What a caregiver records at check-out: tasks from the checklist, free notes, and vital signs when
/// measured. Seen by the family and the assigned care manager.
/// </summary>
public sealed record VisitLog(IReadOnlyList<string> Tasks, string Notes, VitalSigns? Vitals);

/// <summary>Measurements taken during a visit; each is optional because not every visit measures everything.</summary>
public sealed record VitalSigns(
    int? SystolicMmHg = null, int? DiastolicMmHg = null, int? PulsePerMinute = null, decimal? TemperatureCelsius = null, int? BloodSugarMgDl = null);
