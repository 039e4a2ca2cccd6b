using Marketplace.Application.Common.Errors;
using Marketplace.Application.Payments;
using Marketplace.Application.Payouts;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.UnitTests.Payments;

public sealed class PayoutBatchTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 8, 0, 0, TimeSpan.FromHours(8));
    private static readonly Guid Admin = Guid.NewGuid();

    private static OwedProvider Owed(long idr, bool withAccount = true)
    {
        var userId = Guid.NewGuid();
        var account = withAccount ? PayoutAccount.Open(userId, new PayoutAccountDetails("BRI", "012301000123301", "Sitti Aminah"), Now) : null;
        return new OwedProvider(userId, "Sitti Aminah", "sitti@contoh.id", Money.FromRupiah(idr), account);
    }

    [Fact]
    public void ABatch_PaysEveryProviderWithAnAccount_AndCountsThoseWithout()
    {
        var (batch, posted) = PayoutBatch.Run([Owed(108_000), Owed(50_000, withAccount: false), Owed(24_000)], Admin, Now);

        Assert.Equal((2, 132_000L), (batch.Lines.Count, batch.Total.Rupiah));
        Assert.All(posted, e => Assert.Equal((LedgerAccount.PayoutsInTransit, LedgerEntryKind.Payout), (e.CreditAccount, e.Kind)));
        Assert.Equal(132_000L, posted.Sum(e => e.AmountIdr));
        Assert.Equal((1, 50_000L), (batch.SkippedCount, batch.Skipped.Rupiah));
        Assert.Throws<BusinessRuleException>(() => PayoutBatch.Run([Owed(50_000, withAccount: false)], Admin, Now));
        Assert.Throws<BusinessRuleException>(() => PayoutBatch.Run([Owed(0)], Admin, Now));
    }

    [Fact]
    public void Running_TakesEachAmountOffTheProvider_AndMarkingPaid_MovesTheTotalOutOfTheBank_Once()
    {
        var provider = Owed(108_000);
        var (batch, posted) = PayoutBatch.Run([provider], Admin, Now);
        Assert.Equal((LedgerAccount.Provider(provider.ProviderUserId), 108_000L), (Assert.Single(posted).DebitAccount, posted[0].AmountIdr));

        var entry = Assert.Single(batch.MarkPaid(Admin, Now.AddHours(1)));

        Assert.Equal((LedgerAccount.PayoutsInTransit, LedgerAccount.PlatformBank, 108_000L, LedgerEntryKind.Payout),
            (entry.DebitAccount, entry.CreditAccount, entry.AmountIdr, entry.Kind));
        Assert.Equal(PayoutBatchStatus.Paid, batch.Status);
        Assert.Throws<BusinessRuleException>(() => batch.MarkPaid(Admin, Now.AddHours(2)));
        Assert.Throws<BusinessRuleException>(() => batch.Cancel(Admin, Now.AddHours(2)));
    }

    [Fact]
    public void ACancelledBatch_GivesEachAmountBack_AndCannotBePaidLater()
    {
        var provider = Owed(108_000);
        var (batch, _) = PayoutBatch.Run([provider], Admin, Now);

        var back = Assert.Single(batch.Cancel(Admin, Now.AddHours(1)));

        Assert.Equal((LedgerAccount.PayoutsInTransit, LedgerAccount.Provider(provider.ProviderUserId), 108_000L, LedgerEntryKind.PayoutCancelled),
            (back.DebitAccount, back.CreditAccount, back.AmountIdr, back.Kind));
        Assert.Equal(PayoutBatchStatus.Cancelled, batch.Status);
        Assert.Throws<BusinessRuleException>(() => batch.MarkPaid(Admin, Now.AddHours(2)));
    }
}
