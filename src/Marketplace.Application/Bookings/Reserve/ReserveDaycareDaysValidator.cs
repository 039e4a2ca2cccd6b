using FluentValidation;

namespace Marketplace.Application.Bookings.Reserve;

public sealed class ReserveDaycareDaysValidator : AbstractValidator<ReserveDaycareDays>
{
    public const int MaxDays = 31;

    public ReserveDaycareDaysValidator()
    {
        RuleFor(c => c.ListingId).NotEmpty();
        RuleFor(c => c.RecipientId).NotEmpty();
        RuleFor(c => c.Dates).NotEmpty().WithMessage("Choose at least one day.")
            .Must(dates => dates is null || dates.Count <= MaxDays).WithMessage("Book at most 31 days at a time.");
    }
}
