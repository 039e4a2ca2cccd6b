using Marketplace.Application.Accounts;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.Payments;
using Marketplace.Application.SharedKernel;
using Mediator;

namespace Marketplace.Application.Sponsors.Statement;

/// <summary>
/// A programme's statement from <see cref="From"/> to <see cref="To"/> (local days in WITA, inclusive; by default this
/// month to today), for the funder: every booking whose share was reserved, spent or released in the period (admins only).
/// </summary>
public sealed record GetSponsorStatement(Guid ProgrammeId, DateOnly? From, DateOnly? To) : IQuery<SponsorStatementView>;

public sealed class GetSponsorStatementHandler(ICurrentUser currentUser, ISponsorProgrammeRepository programmes, ILedger ledger, TimeProvider clock)
    : IQueryHandler<GetSponsorStatement, SponsorStatementView>
{
    public async ValueTask<SponsorStatementView> Handle(GetSponsorStatement query, CancellationToken cancellationToken)
    {
        currentUser.RequireRole(AccountRoles.Admin, "Only an admin reads a sponsor programme's statement.");
        var programme = await programmes.FindAsync(query.ProgrammeId, cancellationToken)
            ?? throw new NotFoundException("SponsorProgramme", query.ProgrammeId);
        var zone = IndonesianTimeZones.Wita;
        var today = IndonesianTimeZones.LocalDate(clock.GetUtcNow(), zone);
        var to = query.To ?? (query.From > today ? query.From.Value : today);
        var from = query.From ?? new DateOnly(to.Year, to.Month, 1);

        // Every step of a share moves the reservation account: reserved (debit), spent on care or released (credit).
        var reserved = LedgerAccount.SponsorReserved(programme.Id);
        var entries = await ledger.ListAsync(
            reserved, IndonesianTimeZones.ToInstant(from, TimeOnly.MinValue, zone), IndonesianTimeZones.ToInstant(to.AddDays(1), TimeOnly.MinValue, zone), cancellationToken);
        var byBooking = entries.Where(e => e.BookingId is not null).GroupBy(e => e.BookingId!.Value).ToList();
        var bookings = (await programmes.ListSponsoredBookingsAsync([.. byBooking.Select(g => g.Key)], cancellationToken)).ToDictionary(b => b.BookingId);
        List<SponsorStatementLine> lines = [.. byBooking
            .Select(movements =>
            {
                var booking = bookings[movements.Key];
                return new SponsorStatementLine(
                    booking.BookingId,
                    booking.Kind,
                    booking.AreaCode,
                    booking.FirstDay,
                    movements.Where(e => e.DebitAccount == reserved).Sum(e => e.AmountIdr),
                    movements.Where(e => e.CreditAccount == reserved && e.Kind != LedgerEntryKind.SponsorReleased).Sum(e => e.AmountIdr),
                    movements.Where(e => e.CreditAccount == reserved && e.Kind == LedgerEntryKind.SponsorReleased).Sum(e => e.AmountIdr));
            })
            .OrderBy(line => line.FirstDay).ThenBy(line => line.BookingId)];
        return new SponsorStatementView(
            SponsorProgrammeView.Of(programme), from, to, lines, lines.Sum(l => l.ReservedIdr), lines.Sum(l => l.SpentIdr), lines.Sum(l => l.ReleasedIdr));
    }
}
