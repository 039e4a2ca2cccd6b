using Marketplace.Application.Accounts.Register;

namespace Marketplace.Application.UnitTests.Accounts;

public sealed class RegisterAccountValidatorTests
{
    private static readonly RegisterAccountValidator Validator = new();

    private static readonly RegisterAccount Valid = new("siti@contoh.id", "kata sandi panjang", "family", "Siti Aminah", "+62 811 4000 123");

    [Fact]
    public void AValidAccount_HasNoErrors() => Assert.True(Validator.Validate(Valid).IsValid);

    [Theory]
    [InlineData("family")]
    [InlineData("caregiver")]
    [InlineData("enterprise")]
    public void SelfServiceRoles_AreAccepted(string role) => Assert.True(Validator.Validate(Valid with { Role = role }).IsValid);

    [Fact]
    public void TheAdminRole_CannotBeChosenAtSignUp() => AssertInvalid(Valid with { Role = "admin" }, nameof(RegisterAccount.Role));

    [Fact]
    public void APasswordOfSevenCharacters_IsTooShort() => AssertInvalid(Valid with { Password = "1234567" }, nameof(RegisterAccount.Password));

    [Fact]
    public void APasswordWithoutDigitsOrCapitals_IsAccepted() =>
        Assert.True(Validator.Validate(Valid with { Password = "hanya huruf kecil" }).IsValid);

    [Fact]
    public void APasswordOver128Characters_IsTooLong() => AssertInvalid(Valid with { Password = new string('a', 129) }, nameof(RegisterAccount.Password));

    [Fact]
    public void NoPhone_IsFine() => Assert.True(Validator.Validate(Valid with { Phone = null }).IsValid);

    [Fact]
    public void APhoneWithLetters_IsRefused() => AssertInvalid(Valid with { Phone = "call me" }, nameof(RegisterAccount.Phone));

    private static void AssertInvalid(RegisterAccount command, string property)
    {
        var result = Validator.Validate(command);
        Assert.Contains(result.Errors, e => e.PropertyName == property);
    }
}
