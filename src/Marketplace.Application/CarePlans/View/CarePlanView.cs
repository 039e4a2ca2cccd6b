using Marketplace.Application.Bookings;

namespace Marketplace.Application.CarePlans.View;

/// <summary>
/// A person's care plan and one week of its progress, as its readers see it.
/// <paramref name="Written"/> is false (and goals and tasks empty, thresholds the defaults) until the care manager
/// writes one; the family's own logs show either way. <paramref name="YouMayWrite"/>: the caller is the family's care
/// manager; <paramref name="YouMayLog"/>: the caller is the family. <paramref name="Today"/> is the date now where the person lives.
/// </summary>
public sealed record CarePlanView(
    Guid RecipientId,
    string RecipientName,
    string TimeZone,
    DateOnly Today,
    bool Written,
    IReadOnlyList<string> Goals,
    IReadOnlyList<CarePlanTask> Tasks,
    AlertThresholds Thresholds,
    DateTimeOffset? UpdatedAt,
    bool YouMayWrite,
    bool YouMayLog,
    CareWeek Week);

/// <summary>
/// Monday <paramref name="From"/> to Sunday <paramref name="To"/> (local dates in the person's zone): each planned
/// task's progress, and every visit log and family log of the week, oldest first.
/// </summary>
public sealed record CareWeek(DateOnly From, DateOnly To, IReadOnlyList<TaskProgress> Progress, IReadOnlyList<CareEntry> Entries);

/// <summary>
/// One planned task in one week: <paramref name="Due"/> times, done <paramref name="ByVisits"/> times by caregivers'
/// visits and <paramref name="ByFamily"/> times by the family; <paramref name="DoneByDay"/> has seven counts, Monday first.
/// </summary>
public sealed record TaskProgress(string Task, int Due, int ByVisits, int ByFamily, IReadOnlyList<int> DoneByDay)
{
    public int Done => ByVisits + ByFamily;
}

/// <summary>
/// Care given on local date <paramref name="Day"/>: by a caregiver's visit (<paramref name="BookingId"/> and
/// <paramref name="CaregiverName"/> set, <paramref name="At"/> its check-out) or by the family (both null).
/// </summary>
public sealed record CareEntry(
    DateOnly Day, DateTimeOffset At, CareGivenBy By, Guid? BookingId, string? CaregiverName,
    IReadOnlyList<string> Tasks, string Notes, VitalSigns? Vitals, bool Fell);

/// <summary>Who gave the care an entry records.</summary>
public enum CareGivenBy
{
    Caregiver,
    Family,
}
