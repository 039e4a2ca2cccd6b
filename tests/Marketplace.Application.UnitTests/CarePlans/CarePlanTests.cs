using Marketplace.Application.Bookings;
using Marketplace.Application.CarePlans;
using Marketplace.Application.CarePlans.View;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Complaints;

namespace Marketplace.Application.UnitTests.CarePlans;

public sealed class CarePlanTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 9, 0, 0, TimeSpan.FromHours(8));
    private static readonly Guid Source = Guid.NewGuid();

    private static CarePlan PlanWith(AlertThresholds thresholds) =>
        CarePlan.Write(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), new CarePlanContent(["  Berjalan sendiri  "], [new("meal", 7, " Sarapan ")], thresholds), Now);

    private static IReadOnlyList<(CareAlertKind, CareAlertUrgency, string)> Judge(CarePlan plan, CareObservation observation) =>
        [.. plan.Judge(observation, Now).Select(a => (a.Kind, a.Urgency, a.Detail))];

    private static CareObservation.Recorded Measured(int? systolic, int? diastolic, bool fell = false) =>
        new(CareAlertSource.FamilyLog, Source, new VitalSigns(systolic, diastolic), fell);

    [Theory]
    [InlineData(139, 89, null)]
    [InlineData(140, 80, "Soon")]
    [InlineData(120, 90, "Soon")]
    [InlineData(179, 119, "Soon")]
    [InlineData(180, 80, "Urgent")]
    [InlineData(150, 120, "Urgent")]
    public void AHighPressure_IsSoon_BeyondThePlansLimits_AndUrgent_InACrisis(int systolic, int diastolic, string? urgency)
    {
        var alerts = Judge(PlanWith(AlertThresholds.Default), Measured(systolic, diastolic));

        Assert.Equal(urgency is null ? [] : [(CareAlertKind.HighBloodPressure, Enum.Parse<CareAlertUrgency>(urgency), $"{systolic}/{diastolic}")], alerts);
    }

    [Fact]
    public void ALowPressure_AFall_AndUnwatchedLimits_AreJudgedByThePlan()
    {
        var plan = PlanWith(AlertThresholds.Default);
        Assert.Equal([(CareAlertKind.LowBloodPressure, CareAlertUrgency.Soon, "90/–")], Judge(plan, Measured(90, null)));
        Assert.Equal([(CareAlertKind.Fall, CareAlertUrgency.Urgent, "")], Judge(plan, Measured(null, null, fell: true)));

        var unwatched = PlanWith(new AlertThresholds(null, null, null, Falls: false, MissedVisits: false, Complaints: false));
        Assert.Empty(Judge(unwatched, Measured(175, 110, fell: true)));
        Assert.Equal([(CareAlertKind.HighBloodPressure, CareAlertUrgency.Urgent, "200/–")], Judge(unwatched, Measured(200, null)));
        Assert.Empty(Judge(unwatched, new CareObservation.VisitMissed(Source, MissedVisitReason.NobodyHome)));
        Assert.Empty(Judge(unwatched, new CareObservation.Complained(Source, ComplaintCategory.Safety)));
    }

    [Theory]
    [InlineData(ComplaintCategory.Safety, CareAlertUrgency.Urgent)]
    [InlineData(ComplaintCategory.MissedCare, CareAlertUrgency.Soon)]
    [InlineData(ComplaintCategory.Billing, CareAlertUrgency.Routine)]
    public void AComplaint_IsAsUrgentAsWhatItIsAbout(ComplaintCategory category, CareAlertUrgency urgency)
    {
        var alert = Assert.Single(PlanWith(AlertThresholds.Default).Judge(new CareObservation.Complained(Source, category), Now));

        Assert.Equal((CareAlertKind.Complaint, urgency, category.ToString(), CareAlertSource.Complaint, Source), (alert.Kind, alert.Urgency, alert.Detail, alert.Source, alert.SourceId));
    }

    [Fact]
    public void AnAlert_IsHandledOnce_WithWhatWasDone()
    {
        var alert = Assert.Single(PlanWith(AlertThresholds.Default).Judge(new CareObservation.VisitMissed(Source, MissedVisitReason.CancelledByProvider), Now));
        var careManager = Guid.NewGuid();

        alert.Handle(careManager, "  Mencarikan pengganti.  ", Now.AddHours(1));

        Assert.Equal((CareAlertStatus.Handled, "Mencarikan pengganti.", careManager), (alert.Status, alert.Action, alert.HandledByCaregiverId));
        Assert.Equal(CareAlert.HandledAlready, Assert.Throws<BusinessRuleException>(() => alert.Handle(careManager, "Lagi.", Now)).Message);
    }

    [Fact]
    public void ARevision_ReplacesTheContent_Trimmed()
    {
        var plan = PlanWith(AlertThresholds.Default);

        Assert.Equal(("Berjalan sendiri", "Sarapan"), (plan.Content.Goals[0], plan.Content.Tasks[0].Details));
        plan.Revise(Guid.NewGuid(), CarePlanContent.Empty, Now.AddDays(1));
        Assert.Equal((0, 0, Now.AddDays(1)), (plan.Content.Goals.Count, plan.Content.Tasks.Count, plan.UpdatedAt));
    }

    [Theory]
    [InlineData("2026-11-30", "2026-11-30")]
    [InlineData("2026-12-02", "2026-11-30")]
    [InlineData("2026-12-06", "2026-11-30")]
    [InlineData("2026-12-07", "2026-12-07")]
    public void AWeek_RunsMondayToSunday(string day, string monday) =>
        Assert.Equal(DateOnly.Parse(monday, System.Globalization.CultureInfo.InvariantCulture), CareWeeks.MondayOf(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));
}
