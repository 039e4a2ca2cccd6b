using Marketplace.Application.Caregivers;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.SharedKernel;
using static Marketplace.Application.UnitTests.Caregivers.CaregiverBuilder;

namespace Marketplace.Application.UnitTests.Caregivers;

public sealed class AvailabilityTests
{
    private static readonly WeeklySlot MondayMorning = new(DayOfWeek.Monday, new TimeOnly(8, 0), new TimeOnly(12, 0));

    [Fact]
    public void SetAvailability_KeepsTheWindowsInWeekOrder()
    {
        var caregiver = WithCompleteProfile();
        var friday = new WeeklySlot(DayOfWeek.Friday, new TimeOnly(13, 0), new TimeOnly(17, 0));

        caregiver.SetAvailability(IndonesianTimeZones.Wit, [friday, MondayMorning], []);

        Assert.Equal([MondayMorning, friday], caregiver.WeeklyAvailability);
        Assert.Equal(IndonesianTimeZones.Wit, caregiver.TimeZone);
    }

    [Fact]
    public void SetAvailability_WithOverlappingWindowsOnADay_IsRefused()
    {
        var caregiver = WithCompleteProfile();
        var overlapping = new WeeklySlot(DayOfWeek.Monday, new TimeOnly(11, 0), new TimeOnly(14, 0));

        Assert.Throws<BusinessRuleException>(() => caregiver.SetAvailability(IndonesianTimeZones.Wita, [MondayMorning, overlapping], []));
        Assert.Empty(caregiver.WeeklyAvailability);
    }

    [Fact]
    public void SetAvailability_WindowsThatTouch_AreAllowed()
    {
        var caregiver = WithCompleteProfile();
        var afternoon = new WeeklySlot(DayOfWeek.Monday, new TimeOnly(12, 0), new TimeOnly(16, 0));

        caregiver.SetAvailability(IndonesianTimeZones.Wita, [MondayMorning, afternoon], []);

        Assert.Equal(2, caregiver.WeeklyAvailability.Count);
    }

    [Fact]
    public void SetAvailability_WithTimeOffEndingBeforeItStarts_IsRefused()
    {
        var caregiver = WithCompleteProfile();

        Assert.Throws<BusinessRuleException>(() =>
            caregiver.SetAvailability(IndonesianTimeZones.Wita, [], [new TimeOff(Now.AddDays(2), Now.AddDays(1))]));
    }

    [Fact]
    public void SetAvailability_InAZoneOutsideIndonesia_IsRefused()
    {
        var caregiver = WithCompleteProfile();

        Assert.Throws<BusinessRuleException>(() => caregiver.SetAvailability("Asia/Singapore", [MondayMorning], []));
    }
}
