using FluentValidation;
using Marketplace.Application.Common.Paging;
using Marketplace.Application.Common.Validation;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Bookings.View;

public sealed class ListMyBookingsValidator : AbstractValidator<ListMyBookings>
{
    public ListMyBookingsValidator()
    {
        RuleFor(q => q.Status).IsDefined();
        RuleFor(q => q.From).MustBePlausible();
        RuleFor(q => q.To).MustBePlausible();
        Include(new PageRequestValidator());
    }
}
