using Marketplace.Application.Accounts.Register;

namespace Marketplace.Application.UnitTests.Accounts;

public sealed class GuessablePasswordsTests
{
    [Theory]
    [InlineData("12345678")]
    [InlineData("password")]
    [InlineData("qwertyuiop")]
    [InlineData("iloveyou1")]
    [InlineData("11111111")]
    [InlineData("abcdefgh")]
    public void ACommonPasswordOrRunOfKeys_IsGuessable(string password) =>
        Assert.True(GuessablePasswords.IsGuessable(password));

    [Fact]
    public void ThePersonsOwnEmailAsPassword_IsGuessable() =>
        Assert.True(GuessablePasswords.IsGuessable("sitti.aminah@contoh.id", "sitti.aminah@contoh.id", "Sitti Aminah"));

    [Theory]
    [InlineData("kata sandi panjang")]
    [InlineData("peduli-demo-2026")]
    [InlineData("pendamping setia dari gowa")]
    [InlineData("Rumah di Jalan Poros Malino")]
    public void APhraseOfSeveralWords_IsNotGuessable(string password) =>
        Assert.False(GuessablePasswords.IsGuessable(password, "keluarga@peduli.test", "Andi Mappanyukki"));
}
