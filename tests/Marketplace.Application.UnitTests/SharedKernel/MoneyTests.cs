using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.UnitTests.SharedKernel;

public sealed class MoneyTests
{
    [Theory]
    [InlineData(0, "Rp 0")]
    [InlineData(500, "Rp 500")]
    [InlineData(150_000, "Rp 150.000")]
    [InlineData(12_345_678, "Rp 12.345.678")]
    public void ToString_WritesRupiahWithDotsBetweenThousands(long rupiah, string expected) =>
        Assert.Equal(expected, Money.FromRupiah(rupiah).ToString());

    [Fact]
    public void FromRupiah_WhenNegative_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Money.FromRupiah(-1));

    [Fact]
    public void Multiply_ByHours_GivesTheExactTotal() =>
        Assert.Equal(Money.FromRupiah(225_000), Money.FromRupiah(75_000) * 3);

    [Fact]
    public void Add_WhenItWouldOverflow_Throws() =>
        Assert.Throws<OverflowException>(() => Money.FromRupiah(long.MaxValue) + Money.FromRupiah(1));
}
