using Marketplace.Application.Caregivers.Availability;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Web.Pages;

/// <summary>
/// The week as rows of day, start and end, with a few blank rows to add more; time off as whole local
/// days (the API takes any instants). Rows left blank are ignored.
/// </summary>
public sealed class AvailabilityForm
{
    private const int BlankRows = 3;

    public string TimeZone { get; set; } = IndonesianTimeZones.Wita;

    public List<WindowRow> Weekly { get; set; } = [];

    public List<TimeOffRow> TimeOff { get; set; } = [];

    public static AvailabilityForm From(AvailabilityView view) => new AvailabilityForm
    {
        TimeZone = view.TimeZone,
        Weekly = [.. view.Weekly.Select(w => new WindowRow { Day = w.Day, Start = w.Start, End = w.End })],
        TimeOff = [.. view.TimeOff.Select(t => new TimeOffRow
        {
            From = IndonesianTimeZones.LocalDate(t.From, view.TimeZone),
            To = IndonesianTimeZones.LocalDate(t.To.AddTicks(-1), view.TimeZone),
        })],
    }.WithBlankRows();

    public AvailabilityForm WithBlankRows()
    {
        Weekly = [.. Weekly.Where(w => !w.IsBlank), .. Enumerable.Range(0, BlankRows).Select(_ => new WindowRow())];
        TimeOff = [.. TimeOff.Where(t => !t.IsBlank), .. Enumerable.Range(0, BlankRows).Select(_ => new TimeOffRow())];
        return this;
    }

    /// <summary>
    /// The command, with half-filled rows passed on as they are so the use case names what is missing; or
    /// the time-off rows whose dates are out of any sensible range.
    /// </summary>
    public (SetMyAvailability? Command, IReadOnlyDictionary<string, string> Unreadable) ToCommand()
    {
        var unreadable = new Dictionary<string, string>();
        var rows = TimeOff.Where(t => !t.IsBlank).ToList();
        var readable = rows.Select((t, i) => FormDates.Check(t.From, $"TimeOff[{i}].From", unreadable) & FormDates.Check(t.To, $"TimeOff[{i}].To", unreadable)).ToList();
        if (unreadable.Count > 0 || readable.Contains(false))
        {
            return (null, unreadable);
        }

        return (new(
            TimeZone,
            [.. Weekly.Where(w => !w.IsBlank).Select(w => new WeeklyWindow(w.Day ?? DayOfWeek.Monday, w.Start ?? default, w.End ?? default))],
            [.. rows.Select(t => new TimeOffPeriod(
                IndonesianTimeZones.ToInstant(t.From ?? DateOnly.FromDateTime(DateTime.UtcNow), TimeOnly.MinValue, ZoneForDates),
                IndonesianTimeZones.ToInstant((t.To ?? t.From ?? DateOnly.FromDateTime(DateTime.UtcNow)).AddDays(1), TimeOnly.MinValue, ZoneForDates)))]),
            unreadable);
    }

    // An unknown zone is refused by the use case; until then the dates are read as WITA.
    private string ZoneForDates => IndonesianTimeZones.IsIndonesian(TimeZone) ? TimeZone : IndonesianTimeZones.Wita;

    public sealed class WindowRow
    {
        public DayOfWeek? Day { get; set; }

        public TimeOnly? Start { get; set; }

        public TimeOnly? End { get; set; }

        public bool IsBlank => Day is null && Start is null && End is null;
    }

    /// <summary>Away from the start of <see cref="From"/> to the end of <see cref="To"/>, in the caregiver's zone.</summary>
    public sealed class TimeOffRow
    {
        public DateOnly? From { get; set; }

        public DateOnly? To { get; set; }

        public bool IsBlank => From is null && To is null;
    }
}
