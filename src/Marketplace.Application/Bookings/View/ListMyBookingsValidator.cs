using FluentValidation;
using Marketplace.Application.Common.Paging;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Bookings.View;

public sealed class ListMyBookingsValidator : AbstractValidator<ListMyBookings>
{
    public ListMyBookingsValidator()
    {
        RuleFor(q => q.Status).IsInEnum();
        RuleFor(q => q.From).MustBePlausible();
        RuleFor(q => q.To).MustBePlausible();
        Include(new PageRequestValidator());
    }
}
