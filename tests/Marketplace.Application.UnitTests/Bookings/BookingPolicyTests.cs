using Marketplace.Application.Bookings;

namespace Marketplace.Application.UnitTests.Bookings;

public sealed class BookingPolicyTests
{
    [Theory]
    [InlineData(10, 5)]
    [InlineData(0, 0)]
    [InlineData(50, 50)]
    public void ACommissionWithinItsBounds_IsTaken(int standard, int socialEnterprise)
    {
        var policy = Policy(standard, socialEnterprise);

        Assert.Same(policy, policy.Checked());
    }

    [Theory]
    [InlineData(10, -1)]
    [InlineData(5, 10)]
    [InlineData(51, 5)]
    public void ACommissionOutOfBounds_StopsTheStart(int standard, int socialEnterprise) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Policy(standard, socialEnterprise).Checked());

    private static BookingPolicy Policy(int standard, int socialEnterprise) =>
        BookingPolicy.Default with { CommissionPercent = standard, SocialEnterpriseCommissionPercent = socialEnterprise };
}
