using Marketplace.Application.Reviews;

namespace Marketplace.Application.UnitTests.Reviews;

public sealed class RatingSummaryTests
{
    [Fact]
    public void OneFiveStarReview_RanksBelowFortyOfFourPointEight()
    {
        var one = new RatingSummary(1, 5.0);
        var forty = new RatingSummary(40, 4.8);

        Assert.Equal(25.0 / 6, one.Rank!.Value, precision: 10);
        Assert.Equal(212.0 / 45, forty.Rank!.Value, precision: 10);
        Assert.True(forty.Rank > one.Rank);
    }

    [Fact]
    public void ManyReviews_RankNearTheirMean_AndNoneRanksNothing()
    {
        Assert.InRange(new RatingSummary(1_000, 3.0).Rank!.Value, 3.0, 3.01);
        Assert.Null(RatingSummary.None.Rank);
    }

    [Theory]
    [InlineData("Hasnah Daeng Ngai", "Hasnah D.")]
    [InlineData("  andi   rahman ", "andi R.")]
    [InlineData("Sitti", "Sitti")]
    [InlineData("   ", "-")]
    public void AReviewer_IsShownByFirstNameAndInitial(string fullName, string shown) =>
        Assert.Equal(shown, Review.ShortName(fullName));
}
