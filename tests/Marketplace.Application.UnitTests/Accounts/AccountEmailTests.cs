using Marketplace.Application.Accounts;

namespace Marketplace.Application.UnitTests.Accounts;

public sealed class AccountEmailTests
{
    [Theory]
    [InlineData("nama@contoh.id", "n***@contoh.id")]
    [InlineData("n@contoh.id", "n***@contoh.id")]
    [InlineData("Ibu.Sitti+peduli@mail.contoh.id", "I***@mail.contoh.id")]
    [InlineData("@contoh.id", "***")]
    [InlineData("bukan-alamat", "***")]
    public void AMaskedAddress_KeepsItsFirstLetterAndDomain_Only(string address, string masked) =>
        Assert.Equal(masked, AccountEmail.Mask(address));

    [Theory]
    [InlineData("Siti@Contoh.id", " siti@contoh.ID ", true)]
    [InlineData("siti@contoh.id", "sitti@contoh.id", false)]
    public void TwoSpellingsOfAnAddress_AreOneAddress_WhateverTheirCase(string first, string second, bool same) =>
        Assert.Equal(same, AccountEmail.AreSame(first, second));
}
