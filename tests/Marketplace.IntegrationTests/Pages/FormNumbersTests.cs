using Marketplace.Web.Pages;

namespace Marketplace.IntegrationTests.Pages;

/// <summary>Numbers as people type them into forms: read as Indonesians write them, refused when they could mean two amounts.</summary>
public sealed class FormNumbersTests
{
    [Theory]
    [InlineData("150000", 150_000)]
    [InlineData("150.000", 150_000)]
    [InlineData("Rp 150.000", 150_000)]
    [InlineData("Rp150.000", 150_000)]
    [InlineData("rp. 1.500.000", 1_500_000)]
    [InlineData("150.000,00", 150_000)]
    [InlineData("150 000", 150_000)]
    [InlineData("150\u00A0000", 150_000)]
    [InlineData("1,500,000", 1_500_000)]
    [InlineData("150,000.00", 150_000)]
    [InlineData("12000.0", 12_000)]
    [InlineData("12000.00", 12_000)]
    [InlineData("12.000", 12_000)]
    [InlineData("-5", -5)]
    [InlineData("Rp 150.000,-", 150_000)]
    public void AWholeAmount_IsReadAsWritten(string typed, long expected)
    {
        var numbers = new FormNumbers();

        Assert.Equal(expected, numbers.Whole(typed, "Rate"));
        Assert.Empty(numbers.Errors);
    }

    [Theory]
    [InlineData("150,000", FormNumbers.Ambiguous)]
    [InlineData("12000.5", FormNumbers.NotWhole)]
    [InlineData("12000,5", FormNumbers.NotWhole)]
    [InlineData("1.5", FormNumbers.NotWhole)]
    [InlineData("12.00.00", FormNumbers.NotANumber)]
    [InlineData("seratus ribu", FormNumbers.NotANumber)]
    [InlineData("", FormNumbers.NotANumber)]
    [InlineData("99999999999999999999999", FormNumbers.NotANumber)]
    public void AnAmountThatCouldMeanTwoThingsOrNone_IsRefusedWithAReason(string typed, string reason)
    {
        var numbers = new FormNumbers();

        numbers.Whole(typed, "Rate");

        Assert.Equal(reason, numbers.Errors["Rate"]);
    }

    [Fact]
    public void AWholeNumberTooLargeForItsField_IsRefused_NotClamped()
    {
        var numbers = new FormNumbers();

        numbers.Int("99999999999", "Radius");

        Assert.Equal(FormNumbers.NotANumber, numbers.Errors["Radius"]);
    }

    [Theory]
    [InlineData("-5.1477", -5.1477)]
    [InlineData("-5,1477", -5.1477)]
    [InlineData("119.4327", 119.4327)]
    public void ACoordinate_TakesEitherDecimalSeparator(string typed, double expected)
    {
        var numbers = new FormNumbers();

        Assert.Equal(expected, numbers.Degrees(typed, "Lat"), 6);
        Assert.Empty(numbers.Errors);
    }

    [Theory]
    [InlineData("-5.147.7")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("1e3")]
    [InlineData("")]
    public void ACoordinateThatIsNoNumber_IsRefused(string typed)
    {
        var numbers = new FormNumbers();

        numbers.Degrees(typed, "Lat");

        Assert.Equal(FormNumbers.NotANumber, numbers.Errors["Lat"]);
    }

    [Fact]
    public void ABlankOptionalMeasurement_IsNotGiven_AndAnUnreadableOneIsRefused()
    {
        var numbers = new FormNumbers();

        Assert.Null(numbers.OptionalDecimal(" ", "Temperature"));
        Assert.Empty(numbers.Errors);
        Assert.Equal(36.6m, numbers.OptionalDecimal("36,6", "Temperature"));
        Assert.Null(numbers.OptionalDecimal("hangat", "Temperature"));
        Assert.Equal(FormNumbers.NotANumber, numbers.Errors["Temperature"]);
    }
}
