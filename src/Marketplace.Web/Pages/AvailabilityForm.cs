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

    public string? TimeZone { get; set; }

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
    /// The command; or the parts of half-filled rows that were left out (never read as Monday or midnight) and
    /// the time-off dates out of any sensible range.
    /// </summary>
    public (SetMyAvailability? Command, IReadOnlyDictionary<string, string> Unreadable) ToCommand()
    {
        var numbers = new FormNumbers();
        var windows = Weekly.Where(w => !w.IsBlank).ToList();
        var periods = TimeOff.Where(t => !t.IsBlank).ToList();
        for (var i = 0; i < windows.Count; i++)
        {
            numbers.Require(windows[i].Day, $"Weekly[{i}].Day");
            numbers.Require(windows[i].Start, $"Weekly[{i}].Start");
            numbers.Require(windows[i].End, $"Weekly[{i}].End");
        }

        var unreadable = new Dictionary<string, string>(numbers.Errors);
        for (var i = 0; i < periods.Count; i++)
        {
            foreach (var (date, field) in new[] { (periods[i].From, $"TimeOff[{i}].From"), (periods[i].To, $"TimeOff[{i}].To") })
            {
                if (date is null)
                {
                    unreadable[field] = FormNumbers.Missing;
                }

                FormDates.Check(date, field, unreadable);
            }
        }

        if (unreadable.Count > 0)
        {
            return (null, unreadable);
        }

        return (new(
            TimeZone ?? string.Empty,
            [.. windows.Select(w => new WeeklyWindow(w.Day!.Value, w.Start!.Value, w.End!.Value))],
            [.. periods.Select(t => new TimeOffPeriod(
                IndonesianTimeZones.ToInstant(t.From!.Value, TimeOnly.MinValue, ZoneForDates),
                IndonesianTimeZones.ToInstant(t.To!.Value.AddDays(1), TimeOnly.MinValue, ZoneForDates)))]),
            unreadable);
    }

    // An unknown zone is refused by the use case; until then the dates are read as WITA.
    private string ZoneForDates => TimeZone is not null && IndonesianTimeZones.IsIndonesian(TimeZone) ? TimeZone : IndonesianTimeZones.Wita;

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
