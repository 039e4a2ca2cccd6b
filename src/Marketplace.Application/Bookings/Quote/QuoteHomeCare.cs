using Marketplace.Application.Caregivers;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.SharedKernel;
using Mediator;

namespace Marketplace.Application.Bookings.Quote;

/// <summary>
/// The price of the home visits a family is about to ask a verified caregiver for, by the rule the booking will be
/// priced by (<see cref="HomeCarePrice"/>), with what cancelling would cost under the current <see cref="BookingPolicy"/>.
/// <see cref="Start"/> may be left out while no date is chosen: one visit is still priced, a weekly series per visit
/// only. Anyone may ask (it is the caregiver's public rate); a caregiver who is not verified is not found (404).
/// </summary>
public sealed record QuoteHomeCare(Guid CaregiverId, DateTimeOffset? Start, int Hours, WeeklyRepeat? RepeatWeekly) : IQuery<HomeCareQuote>;

/// <summary>
/// Amounts in whole Rupiah. <see cref="Visits"/> and <see cref="PriceIdr"/> are null when the visits cannot be counted
/// yet (a weekly series without its first date). Cancelling <see cref="FreeCancellationHours"/> or more before a visit
/// is free; later, the family pays <see cref="LateCancellationChargeIdr"/> (<see cref="LateCancellationPercent"/> of a
/// visit's price) for each visit cancelled late. Before the caregiver accepts, cancelling costs nothing at all.
/// </summary>
public sealed record HomeCareQuote(
    long HourlyRateIdr,
    int Hours,
    long VisitPriceIdr,
    int? Visits,
    long? PriceIdr,
    int FreeCancellationHours,
    int LateCancellationPercent,
    long LateCancellationChargeIdr);

public sealed class QuoteHomeCareHandler(ICaregiverRepository caregivers, BookingPolicy policy) : IQueryHandler<QuoteHomeCare, HomeCareQuote>
{
    public async ValueTask<HomeCareQuote> Handle(QuoteHomeCare query, CancellationToken cancellationToken)
    {
        var caregiver = await caregivers.ReadAsync(query.CaregiverId, cancellationToken);
        if (caregiver is null || caregiver.Verification != VerificationStatus.Verified)
        {
            throw new NotFoundException("Caregiver", query.CaregiverId);
        }

        // Counted as the booking will count them: the series is laid out in the caregiver's zone.
        int? visits = query.Start is { } start
            ? VisitPlan.Starts(start, caregiver.TimeZone, query.RepeatWeekly).Count
            : query.RepeatWeekly is null ? 1 : null;
        var price = new HomeCarePrice(caregiver.HourlyRate, query.Hours, visits ?? 1);
        return new HomeCareQuote(
            caregiver.HourlyRate.Rupiah,
            query.Hours,
            price.VisitPrice.Rupiah,
            visits,
            visits is null ? null : price.Total.Rupiah,
            (int)Booking.FreeCancellationNotice.TotalHours,
            policy.LateCancellationPercent,
            Booking.LateCancellationCharge(price.VisitPrice, policy.LateCancellationPercent).Rupiah);
    }
}
