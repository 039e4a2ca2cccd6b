using Marketplace.Application.Bookings;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Enterprises;
using Marketplace.Application.Listings;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.UnitTests.Listings;

public sealed class ListingTests
{
    /// <summary>23 November 2026, 12:00 in Makassar.</summary>
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 4, 0, 0, TimeSpan.Zero);

    private static readonly ListingBasics Basics = new("Klinik Keliling", "", AreaCode.Parse("73.09.04"), 0);

    [Fact]
    public void Publish_ByAnUnverifiedEnterprise_IsRefused()
    {
        var owner = NewEnterprise();
        var listing = Listing.CreateHomeCare(owner.Id, Basics, Now);

        Assert.Throws<BusinessRuleException>(() => listing.Publish(owner));
        Assert.Equal(ListingStatus.Draft, listing.Status);
    }

    [Fact]
    public void Publish_ByAnotherEnterprise_IsForbidden()
    {
        var owner = NewEnterprise(verified: true);
        var listing = Listing.CreateHomeCare(owner.Id, Basics, Now);

        Assert.Throws<ForbiddenException>(() => listing.Publish(NewEnterprise(verified: true)));
    }

    [Fact]
    public void Publish_ThenPause_ThenPublishAgain_Works()
    {
        var owner = NewEnterprise(verified: true);
        var listing = Listing.CreateHomeCare(owner.Id, Basics, Now);

        listing.Publish(owner);
        listing.Pause();
        listing.Publish(owner);

        Assert.Equal(ListingStatus.Published, listing.Status);
    }

    [Fact]
    public void Pause_ADraft_IsRefused()
    {
        var listing = Listing.CreateHomeCare(Guid.NewGuid(), Basics, Now);

        Assert.Throws<BusinessRuleException>(listing.Pause);
    }

    [Fact]
    public void CreateListing_TakesTheTimeZoneOfItsArea()
    {
        var jayapura = Listing.CreateHomeCare(Guid.NewGuid(), Basics with { AreaCode = AreaCode.Parse("91.71.01") }, Now);

        Assert.Equal(IndonesianTimeZones.Wit, jayapura.TimeZone);
        Assert.Equal(IndonesianTimeZones.Wita, Listing.CreateHomeCare(Guid.NewGuid(), Basics, Now).TimeZone);
    }

    [Fact]
    public void AddStop_CutsTheWindowIntoWholeSlotsInLocalTime()
    {
        var clinic = NewClinic();

        var stop = clinic.AddStop(Stop(new DateOnly(2026, 11, 26), new TimeOnly(8, 0), new TimeOnly(9, 40), slotMinutes: 30), BookingPolicy.Default, Now);

        Assert.Equal(3, stop.Slots.Count);
        Assert.All(stop.Slots, slot => Assert.Equal(4, slot.Capacity));

        // 08:00 WITA is 00:00 UTC.
        Assert.Equal(new DateTimeOffset(2026, 11, 26, 0, 0, 0, TimeSpan.Zero), stop.Slots[0].StartsAt);
        Assert.Equal(new DateTimeOffset(2026, 11, 26, 1, 30, 0, TimeSpan.Zero), stop.Slots[2].EndsAt);
    }

    [Fact]
    public void AddStop_InThePast_IsRefused()
    {
        var clinic = NewClinic();

        Assert.Throws<BusinessRuleException>(() =>
            clinic.AddStop(Stop(new DateOnly(2026, 11, 22), new TimeOnly(8, 0), new TimeOnly(12, 0), 30), BookingPolicy.Default, Now));
    }

    [Fact]
    public void AddStop_WhenTheWindowIsShorterThanASlot_IsRefused()
    {
        var clinic = NewClinic();

        Assert.Throws<BusinessRuleException>(() =>
            clinic.AddStop(Stop(new DateOnly(2026, 11, 26), new TimeOnly(8, 0), new TimeOnly(8, 20), 30), BookingPolicy.Default, Now));
    }

    [Fact]
    public void AddStop_ToADaycare_IsRefused()
    {
        var daycare = Listing.CreateHomeCare(Guid.NewGuid(), Basics, Now);

        Assert.Throws<BusinessRuleException>(() =>
            daycare.AddStop(Stop(new DateOnly(2026, 11, 26), new TimeOnly(8, 0), new TimeOnly(12, 0), 30), BookingPolicy.Default, Now));
    }

    [Fact]
    public void DaycareDetails_WhenItClosesBeforeItOpens_AreRefused()
    {
        Assert.Throws<BusinessRuleException>(() => DaycareDetails.Create(
            "Jl. Perintis", GeoPoint.Create(-5.13, 119.49), [DayOfWeek.Monday], new TimeOnly(16, 0), new TimeOnly(8, 0),
            10, (2, 10), [], [], Money.FromRupiah(80_000)));
    }

    private static Listing NewClinic() =>
        Listing.CreateMobileClinic(Guid.NewGuid(), Basics, MobileClinicDetails.Create(["wound-care"], Money.FromRupiah(25_000)), Now);

    private static StopDetails Stop(DateOnly date, TimeOnly start, TimeOnly end, int slotMinutes) =>
        new("Balai Desa", GeoPoint.Create(-4.98, 119.55), date, start, end, slotMinutes, 4);

    [Fact]
    public void ASuspendedListing_TakesNoBookings_CannotBePublishedByItsOwner_AndComesBackPaused()
    {
        var owner = NewEnterprise(verified: true);
        var listing = Listing.CreateHomeCare(owner.Id, Basics, Now);
        listing.Publish(owner);

        listing.Suspend(new Suspension(Now, "Perlakuan kasar.", Guid.NewGuid()));
        Assert.Equal(Listing.SuspendedByPlatform, Assert.Throws<BusinessRuleException>(listing.EnsureTakesBookings).Message);
        Assert.Equal(Listing.SuspendedByPlatform, Assert.Throws<BusinessRuleException>(() => listing.Publish(owner)).Message);
        Assert.Throws<BusinessRuleException>(listing.Pause);

        listing.Reinstate();
        Assert.Equal((ListingStatus.Paused, (Suspension?)null), (listing.Status, listing.Suspension));
        listing.Publish(owner);
        listing.EnsureTakesBookings();
    }

    private static Enterprise NewEnterprise(bool verified = false)
    {
        var enterprise = Enterprise.Register(Guid.NewGuid(),
            new EnterpriseDetails("Klinik Keliling Sehat", EnterpriseKind.SocialStartup, "AHU-1", AreaCode.Parse("73.09.04"), ""), Now);
        if (verified)
        {
            enterprise.Verify();
        }

        return enterprise;
    }
}
