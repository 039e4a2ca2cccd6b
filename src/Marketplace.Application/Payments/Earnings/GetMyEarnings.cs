using Marketplace.Application.Caregivers;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.SharedKernel;
using Mediator;

namespace Marketplace.Application.Payments.Earnings;

/// <summary>
/// The signed-in provider's earnings by month, from <see cref="From"/> to <see cref="To"/> (local dates, inclusive);
/// by default the twelve months to today. Months are counted in the caregiver's zone (WITA for anyone else).
/// </summary>
public sealed record GetMyEarnings(DateOnly? From, DateOnly? To) : IQuery<EarningsView>;

public sealed class GetMyEarningsHandler(ICurrentUser currentUser, ILedger ledger, ICaregiverRepository caregivers, TimeProvider clock)
    : IQueryHandler<GetMyEarnings, EarningsView>
{
    public async ValueTask<EarningsView> Handle(GetMyEarnings query, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireUserId();
        var zone = (await caregivers.FindByUserAsync(userId, cancellationToken))?.TimeZone ?? IndonesianTimeZones.Wita;
        var (from, to) = EarningsPeriod.Resolve(query.From, query.To, IndonesianTimeZones.LocalDate(clock.GetUtcNow(), zone));
        var account = LedgerAccount.Provider(userId);
        var movements = await ledger.ListMovementsAsync(
            account, IndonesianTimeZones.ToInstant(from, TimeOnly.MinValue, zone), IndonesianTimeZones.ToInstant(to.AddDays(1), TimeOnly.MinValue, zone), cancellationToken);
        var balance = await ledger.BalanceAsync(account, cancellationToken);

        var byMonth = movements.ToLookup(movement => EarningsPeriod.FirstOfMonth(IndonesianTimeZones.LocalDate(movement.PostedAt, zone)));
        var months = Enumerable.Range(0, MonthsBetween(from, to))
            .Select(offset => EarningsPeriod.FirstOfMonth(from).AddMonths(offset))
            .Select(month => new MonthlyEarnings(month, EarningsPeriod.Earned(byMonth[month]), Received(byMonth[month]), PaidOut(byMonth[month])))
            .ToList();
        return new EarningsView(
            from, to, zone, EarningsPeriod.Earned(movements), Received(movements), PaidOut(movements), Math.Max(0, -balance), Math.Max(0, balance), months);
    }

    private static long Received(IEnumerable<AccountMovement> movements) =>
        movements.Where(m => m is { IsDebit: true, Kind: LedgerEntryKind.PaymentReceived }).Sum(m => m.AmountIdr);

    /// <summary>Payouts taken off the provider's account (sent, or in a batch on its way), less those given back by a cancelled batch.</summary>
    private static long PaidOut(IEnumerable<AccountMovement> movements) =>
        movements.Sum(m => m switch
        {
            { Kind: LedgerEntryKind.Payout, IsDebit: true } => m.AmountIdr,
            { Kind: LedgerEntryKind.PayoutCancelled or LedgerEntryKind.TransferReversed, IsDebit: false } => -m.AmountIdr,
            _ => 0,
        });

    private static int MonthsBetween(DateOnly from, DateOnly to) => ((to.Year - from.Year) * 12) + to.Month - from.Month + 1;
}
