using Marketplace.Application.Bookings;

namespace Marketplace.Application.CarePlans;

/// <summary>
/// Care a family member gave the person themselves, logged by the family so the plan's progress shows the whole
/// picture: the day it was given (local date), the tasks done, notes, blood pressure if measured, and whether the
/// person fell. Kept as written; a later log adds to it, never edits it.
/// </summary>
public sealed class FamilyCareLog
{
    /// <summary>How far back a day of care may be logged: a week is what people remember well.</summary>
    public const int MaxDaysBack = 7;

    public const int NotesMaxLength = 2000;

    private readonly List<string> _tasks = [];

    private FamilyCareLog(Guid id, Guid recipientId, Guid familyId, DateOnly day, string notes, bool fell, DateTimeOffset loggedAt)
    {
        Id = id;
        RecipientId = recipientId;
        FamilyId = familyId;
        Day = day;
        Notes = notes;
        Fell = fell;
        LoggedAt = loggedAt;
    }

    public Guid Id { get; private set; }

    public Guid RecipientId { get; private set; }

    public Guid FamilyId { get; private set; }

    /// <summary>The local date the care was given (the person's time zone).</summary>
    public DateOnly Day { get; private set; }

    /// <summary>Slugs of the visit checklist (<see cref="Taxonomies.VisitTasks"/>).</summary>
    public IReadOnlyList<string> Tasks => _tasks;

    public string Notes { get; private set; }

    /// <summary>Blood pressure measured at home; null when not measured.</summary>
    public VitalSigns? Vitals { get; private set; }

    public bool Fell { get; private set; }

    public DateTimeOffset LoggedAt { get; private set; }

    /// <summary>A log; the validator has checked the tasks, the notes' length, the pressures and that something was recorded.</summary>
    public static FamilyCareLog Write(
        Guid recipientId, Guid familyId, DateOnly day, IEnumerable<string> tasks, string notes, VitalSigns? vitals, bool fell, DateTimeOffset now)
    {
        var log = new FamilyCareLog(Guid.CreateVersion7(now), recipientId, familyId, day, notes.Trim(), fell, now) { Vitals = vitals };
        log._tasks.AddRange(tasks.Distinct(StringComparer.Ordinal));
        return log;
    }
}
