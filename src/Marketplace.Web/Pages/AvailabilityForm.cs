using System.Globalization;
using System.Text.RegularExpressions;
using Marketplace.Application.Caregivers.Availability;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Web.Pages;

/// <summary>
/// The week as rows of day, start and end, with a few blank rows to add more; time off as whole local
/// days (the API takes any instants), and what to do with booked visits new time off falls on. Rows left blank are ignored. Every error is told under the name of the
/// row as it was sent (<c>Weekly[6].End</c>), and a form shown again keeps its rows where they were, so the
/// message stands beside the field the person filled in.
/// </summary>
public sealed partial class AvailabilityForm
{
    private const int BlankRows = 3;

    public string? TimeZone { get; set; }

    public List<WindowRow> Weekly { get; set; } = [];

    public List<TimeOffRow> TimeOff { get; set; } = [];

    /// <summary>
    /// What to do with booked visits new time off falls on: sent by the button the caregiver pressed once the visits were
    /// listed; none (the plain save) asks first.
    /// </summary>
    public BookedVisitsChoice? BookedVisits { get; set; }

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

    /// <summary>The form as it was sent, to show again with its errors: no row moves, and blank rows are added at the end if too few are left.</summary>
    public AvailabilityForm AsSent()
    {
        Weekly = [.. Weekly, .. Enumerable.Range(0, BlankRowsMissing(Weekly, w => w.IsBlank)).Select(_ => new WindowRow())];
        TimeOff = [.. TimeOff, .. Enumerable.Range(0, BlankRowsMissing(TimeOff, t => t.IsBlank)).Select(_ => new TimeOffRow())];
        return this;
    }

    // A row cleared to delete it may leave more blank rows at the end than are kept for adding: then none is missing.
    private static int BlankRowsMissing<T>(List<T> rows, Func<T, bool> isBlank) =>
        Math.Max(0, BlankRows - rows.AsEnumerable().Reverse().TakeWhile(isBlank).Count());

    /// <summary>
    /// The command; or the parts of half-filled rows that were left out (never read as Monday or midnight) and
    /// the time-off dates out of any sensible range.
    /// </summary>
    public (SetMyAvailability? Command, IReadOnlyDictionary<string, string> Unreadable) ToCommand()
    {
        var numbers = new FormNumbers();
        var windows = FilledRows(Weekly, w => w.IsBlank);
        var periods = FilledRows(TimeOff, t => t.IsBlank);
        foreach (var i in windows)
        {
            numbers.Require(Weekly[i].Day, $"Weekly[{i}].Day");
            numbers.Require(Weekly[i].Start, $"Weekly[{i}].Start");
            numbers.Require(Weekly[i].End, $"Weekly[{i}].End");
        }

        var unreadable = new Dictionary<string, string>(numbers.Errors);
        foreach (var i in periods)
        {
            foreach (var (date, field) in new[] { (TimeOff[i].From, $"TimeOff[{i}].From"), (TimeOff[i].To, $"TimeOff[{i}].To") })
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
            [.. windows.Select(i => Weekly[i]).Select(w => new WeeklyWindow(w.Day!.Value, w.Start!.Value, w.End!.Value))],
            [.. periods.Select(i => TimeOff[i]).Select(t => new TimeOffPeriod(
                IndonesianTimeZones.ToInstant(t.From!.Value, TimeOnly.MinValue, ZoneForDates),
                IndonesianTimeZones.ToInstant(t.To!.Value.AddDays(1), TimeOnly.MinValue, ZoneForDates)))],
            BookedVisits ?? BookedVisitsChoice.Ask),
            unreadable);
    }

    /// <summary>
    /// The form field a use case's error belongs to: the command holds only the filled rows, so its third window
    /// (<c>Weekly[2].End</c>) is the row the person filled in third, wherever it stands in the form.
    /// </summary>
    public string FieldOf(string property)
    {
        var match = CommandRow().Match(property);
        if (!match.Success)
        {
            return property;
        }

        var list = match.Groups["list"].Value;
        var filled = list == nameof(Weekly) ? FilledRows(Weekly, w => w.IsBlank) : FilledRows(TimeOff, t => t.IsBlank);
        var index = int.Parse(match.Groups["index"].Value, CultureInfo.InvariantCulture);
        return index < filled.Count ? $"{list}[{filled[index]}]{match.Groups["rest"].Value}" : property;
    }

    // The positions in the form of the rows that are not blank, in order.
    private static List<int> FilledRows<T>(List<T> rows, Func<T, bool> isBlank) =>
        [.. Enumerable.Range(0, rows.Count).Where(i => !isBlank(rows[i]))];

    [GeneratedRegex(@"^(?<list>Weekly|TimeOff)\[(?<index>\d{1,6})\](?<rest>.*)$")]
    private static partial Regex CommandRow();

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
