using System.ComponentModel.DataAnnotations;
using Marketplace.Application.CarePlans;
using Marketplace.Application.CarePlans.FamilyLog;
using Marketplace.Application.CarePlans.View;
using Marketplace.Application.CarePlans.Write;
using Marketplace.Web.Pages;

namespace Marketplace.Web.CarePlans;

// Display names are resource keys, translated by the data-annotations localizer.

/// <summary>
/// The care manager's form: goals one per line; for each checklist task, whether it is planned, how often and how;
/// the thresholds. Rows of unplanned tasks are ignored.
/// </summary>
public sealed class CarePlanForm
{
    [Display(Name = "Field.Goals")]
    public string? Goals { get; set; }

    /// <summary>The slugs of the planned tasks.</summary>
    [Display(Name = "Field.Tasks")]
    public List<string> Tasks { get; set; } = [];

    /// <summary>Times a week, by task slug.</summary>
    public Dictionary<string, int?> Times { get; set; } = [];

    /// <summary>How to do it, by task slug.</summary>
    public Dictionary<string, string?> Details { get; set; } = [];

    [Display(Name = "Field.SystolicAtLeast")]
    public int? SystolicAtLeast { get; set; }

    [Display(Name = "Field.DiastolicAtLeast")]
    public int? DiastolicAtLeast { get; set; }

    [Display(Name = "Field.SystolicAtMost")]
    public int? SystolicAtMost { get; set; }

    public bool Falls { get; set; }

    public bool MissedVisits { get; set; }

    public bool Complaints { get; set; }

    public static CarePlanForm Of(CarePlanView plan) => new()
    {
        Goals = string.Join('\n', plan.Goals),
        Tasks = [.. plan.Tasks.Select(t => t.Task)],
        Times = plan.Tasks.ToDictionary(t => t.Task, t => (int?)t.TimesPerWeek),
        Details = plan.Tasks.ToDictionary(t => t.Task, t => (string?)t.Details),
        SystolicAtLeast = plan.Thresholds.SystolicAtLeast,
        DiastolicAtLeast = plan.Thresholds.DiastolicAtLeast,
        SystolicAtMost = plan.Thresholds.SystolicAtMost,
        Falls = plan.Thresholds.Falls,
        MissedVisits = plan.Thresholds.MissedVisits,
        Complaints = plan.Thresholds.Complaints,
    };

    public WriteCarePlan ToCommand(Guid recipientId) => new(
        recipientId,
        [.. (Goals ?? string.Empty).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)],
        [.. Tasks.Select(task => new CarePlanTaskInput(task, Times.GetValueOrDefault(task), Details.GetValueOrDefault(task)))],
        new AlertThresholds(SystolicAtLeast, DiastolicAtLeast, SystolicAtMost, Falls, MissedVisits, Complaints));
}

/// <summary>The family's form for care it gave: the day, tasks, notes, blood pressure if measured, a fall.</summary>
public sealed class CareLogForm
{
    [Display(Name = "Field.Day")]
    public DateOnly? Day { get; set; }

    [Display(Name = "Field.Tasks")]
    public List<string> Tasks { get; set; } = [];

    [Display(Name = "Field.Notes")]
    public string? Notes { get; set; }

    [Display(Name = "Field.SystolicMmHg")]
    public int? SystolicMmHg { get; set; }

    [Display(Name = "Field.DiastolicMmHg")]
    public int? DiastolicMmHg { get; set; }

    public bool Fell { get; set; }

    public LogFamilyCare ToCommand(Guid recipientId) => new(recipientId, Day, Tasks, Notes, SystolicMmHg, DiastolicMmHg, Fell);
}

/// <summary>The care manager's words on what they did about an alert (not named "Action": MVC would fill it from the route's action name).</summary>
public sealed class AlertActionForm
{
    [Display(Name = "Field.ActionTaken")]
    public string? ActionTaken { get; set; }
}

/// <summary>A person's care plan page: the plan with its week, and the family's log form (kept as typed when refused).</summary>
public sealed record CarePlanPage(CarePlanView Plan, CareLogForm Log);

/// <summary>The care manager's plan form page.</summary>
public sealed record CarePlanEditPage(CarePlanView Plan, CarePlanForm Form);

/// <summary>One alert with the form to record what was done.</summary>
public sealed record CareAlertPage(Application.CarePlans.Alerts.CareAlertView Alert, AlertActionForm Form);
