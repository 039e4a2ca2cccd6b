using Marketplace.Application.Caregivers;
using Marketplace.Application.Search;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.UnitTests.Caregivers;

public sealed class PublicLocationTests
{
    private static readonly GeoPoint Home = GeoPoint.Create(-5.2030, 119.4580);

    [Fact]
    public void Near_IsThreeToSixHundredMetresFromTheHome_InEveryDirection()
    {
        var points = Enumerable.Range(0, 2000).Select(_ => PublicLocation.Near(Home)).ToList();

        Assert.All(points, p => Assert.InRange(Distance.Km(p.Latitude, p.Longitude, Home.Latitude, Home.Longitude), 0.2999, 0.6001));
        Assert.Contains(points, p => p.Latitude > Home.Latitude && p.Longitude > Home.Longitude);
        Assert.Contains(points, p => p.Latitude < Home.Latitude && p.Longitude < Home.Longitude);
    }

    [Fact]
    public void Near_AHomeAtTheEdgeOfIndonesia_StaysInside()
    {
        var edge = GeoPoint.Create(GeoPoint.MaxLatitude, GeoPoint.MaxLongitude);

        Assert.All(Enumerable.Range(0, 200), _ => Assert.True(GeoPoint.IsWithinIndonesia(PublicLocation.Near(edge).Latitude, PublicLocation.Near(edge).Longitude)));
    }

    [Fact]
    public void UpdateProfile_KeepsThePublicPoint_UntilTheHomeMoves()
    {
        var caregiver = CaregiverBuilder.WithCompleteProfile();
        var first = caregiver.PublicPoint;

        caregiver.UpdateProfile(new CaregiverProfile("Hasnawati", "Baru", ["elder-care"], ["id"], Money.FromRupiah(70_000), caregiver.Home!, 10, ["73.71"]));
        Assert.Equal(first, caregiver.PublicPoint);

        caregiver.UpdateProfile(new CaregiverProfile("Hasnawati", "Pindah", ["elder-care"], ["id"], Money.FromRupiah(70_000), GeoPoint.Create(-5.15, 119.43), 10, ["73.71"]));
        Assert.NotEqual(first, caregiver.PublicPoint);
        Assert.InRange(Distance.Km(caregiver.PublicPoint!.Latitude, caregiver.PublicPoint.Longitude, -5.15, 119.43), 0.2999, 0.6001);
    }
}
