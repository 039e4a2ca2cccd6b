using Marketplace.Application.Bookings;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.Enterprises;
using Marketplace.Application.Listings;
using Marketplace.Application.Payments.Earnings;
using Marketplace.Application.SharedKernel;
using Mediator;

namespace Marketplace.Application.Payments.Revenue;

/// <summary>
/// The signed-in enterprise's revenue per listing from <see cref="From"/> to <see cref="To"/> (local days, inclusive; by
/// default the twelve months to today, at most 24), read from its ledger account.
/// </summary>
public sealed record GetMyListingRevenue(DateOnly? From, DateOnly? To) : IQuery<ListingRevenueView>;

public sealed class GetMyListingRevenueValidator(TimeProvider clock) : EarningsPeriodValidator<GetMyListingRevenue>(clock, q => q.From, q => q.To);

public sealed class GetMyListingRevenueHandler(
    ICurrentUser currentUser, IEnterpriseRepository enterprises, IListingRepository listings, IBookingRepository bookings, ILedger ledger, TimeProvider clock)
    : IQueryHandler<GetMyListingRevenue, ListingRevenueView>
{
    public async ValueTask<ListingRevenueView> Handle(GetMyListingRevenue query, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireUserId();
        var enterprise = await enterprises.FindByOwnerAsync(userId, cancellationToken)
            ?? throw new ForbiddenException("Only an enterprise sees the revenue of its listings.");
        var zone = IndonesianTimeZones.Wita;
        var (from, to) = EarningsPeriod.Resolve(query.From, query.To, IndonesianTimeZones.LocalDate(clock.GetUtcNow(), zone));
        var account = LedgerAccount.Provider(userId);
        var movements = await ledger.ListMovementsAsync(
            account, IndonesianTimeZones.ToInstant(from, TimeOnly.MinValue, zone), IndonesianTimeZones.ToInstant(to.AddDays(1), TimeOnly.MinValue, zone), cancellationToken);
        var earnedByBooking = movements.Where(m => m.BookingId is not null)
            .GroupBy(m => m.BookingId!.Value)
            .Select(g => (Booking: g.Key, Earned: EarningsPeriod.Earned(g)))
            .Where(b => b.Earned != 0)
            .ToList();
        var listingOf = await bookings.ListingsOfAsync([.. earnedByBooking.Select(b => b.Booking)], cancellationToken);
        var rows = (await listings.ListByEnterpriseAsync(enterprise.Id, cancellationToken))
            .Select(listing =>
            {
                var earning = earnedByBooking.Where(b => listingOf.GetValueOrDefault(b.Booking) == listing.Id).ToList();
                return new ListingRevenue(listing.Id, listing.Title, listing.Kind, earning.Count, earning.Sum(b => b.Earned));
            })
            .OrderByDescending(r => r.EarnedIdr).ThenBy(r => r.Title, StringComparer.Ordinal)
            .ToList();
        return new ListingRevenueView(from, to, rows, rows.Sum(r => r.EarnedIdr));
    }
}
