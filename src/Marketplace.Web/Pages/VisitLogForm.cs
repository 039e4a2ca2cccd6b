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

    /// <summary>The person fell since the last visit.</summary>
    public bool Fell { get; set; }

    /// <summary>The command, and the fields whose numbers could not be read (the command is not to be sent then).</summary>
    public (CheckOutVisit Command, IReadOnlyDictionary<string, string> Unreadable) ToCommand(Guid bookingId)
    {
        var numbers = new FormNumbers();
        var temperature = numbers.OptionalDecimal(Temperature, nameof(Temperature));
        var measured = Systolic ?? Diastolic ?? Pulse ?? BloodSugar ?? (object?)temperature;
        var command = new CheckOutVisit(bookingId, Tasks, Notes,
            measured is null ? null : new VitalSigns(Systolic, Diastolic, Pulse, temperature, BloodSugar), Fell);
        return (command, numbers.Errors);
    }
}
