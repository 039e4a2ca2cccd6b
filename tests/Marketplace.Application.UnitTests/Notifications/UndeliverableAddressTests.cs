using Marketplace.Application.Notifications.Delivery;

namespace Marketplace.Application.UnitTests.Notifications;

public sealed class UndeliverableAddressTests
{
    private static readonly DateTimeOffset Noon = new(2026, 12, 1, 4, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Report_KeysTheAddressInLowerCase_AndCutsALongReason()
    {
        var address = UndeliverableAddress.Report("  Ibu.Sitti@Contoh.ID ", UndeliverableReason.Bounced, new string('x', 500), null, Noon);

        Assert.Equal("ibu.sitti@contoh.id", address.Address);
        Assert.Equal(UndeliverableAddress.MaxDetailLength, address.Detail!.Length);
    }

    [Fact]
    public void ReportAgain_KeepsTheNewestReport_SoALateOrReplayedOneChangesNothing()
    {
        var address = UndeliverableAddress.Report("a@contoh.id", UndeliverableReason.SpamReport, "  ", null, Noon);
        var later = Guid.NewGuid();

        address.ReportAgain(UndeliverableReason.Bounced, "550 no such user", later, Noon.AddHours(1));
        address.ReportAgain(UndeliverableReason.Dropped, "Bounced Address", Guid.NewGuid(), Noon);

        Assert.Equal((UndeliverableReason.Bounced, "550 no such user", later, Noon.AddHours(1)), (address.Reason, address.Detail, address.EmailId, address.ReportedAt));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Report_RefusesAnEmptyAddress(string empty) =>
        Assert.Throws<ArgumentException>(() => UndeliverableAddress.Report(empty, UndeliverableReason.Bounced, null, null, Noon));
}
