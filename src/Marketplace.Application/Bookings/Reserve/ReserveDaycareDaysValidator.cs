using FluentValidation;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Bookings.Reserve;

public sealed class ReserveDaycareDaysValidator : AbstractValidator<ReserveDaycareDays>
{
    public const int MaxDays = 31;

    public ReserveDaycareDaysValidator(TimeProvider clock, BookingPolicy policy)
    {
        RuleFor(c => c.ListingId).NotEmpty();
        RuleFor(c => c.RecipientId).NotEmpty();
        RuleFor(c => c.Dates).NotEmpty().WithMessage("Choose at least one day.")
            .Must(dates => dates is null || dates.Count <= MaxDays).WithMessage("Book at most 31 days at a time.");

        // Today where it is latest (WIT): the listing's own zone is checked exactly when the days are taken.
        RuleForEach(c => c.Dates).MustBePlausible().WithinHorizon(policy, clock, IndonesianTimeZones.Wit);
    }
}
