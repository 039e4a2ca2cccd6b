using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.UnitTests.SharedKernel;

public sealed class AreaCodeTests
{
    [Theory]
    [InlineData("73", AreaLevel.Province)]
    [InlineData("73.71", AreaLevel.Regency)]
    [InlineData("73.71.10", AreaLevel.District)]
    public void Parse_KnowsTheLevelFromTheShape(string code, AreaLevel level) =>
        Assert.Equal(level, AreaCode.Parse(code).Level);

    [Theory]
    [InlineData("")]
    [InlineData("7")]
    [InlineData("73.7")]
    [InlineData("73.71.10.2001")]
    [InlineData("73-71")]
    public void Parse_RejectsOtherShapes(string code) =>
        Assert.Throws<FormatException>(() => AreaCode.Parse(code));

    [Theory]
    [InlineData("73.71.10", "73.71", true)]
    [InlineData("73.71.10", "73", true)]
    [InlineData("73.71", "73.71", true)]
    [InlineData("73.06.08", "73.71", false)]
    [InlineData("73.71", "73.7", false)]
    public void IsWithin_FollowsTheHierarchy(string area, string other, bool expected)
    {
        var parent = AreaCode.IsWellFormed(other) ? AreaCode.Parse(other) : null;

        Assert.Equal(expected, parent is not null && AreaCode.Parse(area).IsWithin(parent));
    }
}
