using System.Globalization;
using Marketplace.Application.Bookings;
using Marketplace.Application.Bookings.Visits;

namespace Marketplace.Web.Pages;

/// <summary>The check-out form: tasks ticked, notes, and the vital signs measured (blank when not).</summary>
public sealed class VisitLogForm
{
    public List<string> Tasks { get; set; } = [];

    public string? Notes { get; set; }

    public int? Systolic { get; set; }

    public int? Diastolic { get; set; }

    public int? Pulse { get; set; }

    /// <summary>Typed as text: "36,6" and "36.6" both mean the same temperature.</summary>
    public string? Temperature { get; set; }

    public int? BloodSugar { get; set; }

    public CheckOutVisit ToCommand(Guid bookingId)
    {
        decimal? temperature = decimal.TryParse(Temperature?.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var t) ? t : null;
        var measured = Systolic ?? Diastolic ?? Pulse ?? BloodSugar ?? (object?)temperature;
        return new CheckOutVisit(bookingId, Tasks, Notes,
            measured is null ? null : new VitalSigns(Systolic, Diastolic, Pulse, temperature, BloodSugar));
    }
}
