using FluentValidation;

namespace Marketplace.Application.Bookings.Reserve;

public sealed class ReserveClinicSlotValidator : AbstractValidator<ReserveClinicSlot>
{
    public ReserveClinicSlotValidator()
    {
        RuleFor(c => c.SlotId).NotEmpty();
        RuleFor(c => c.RecipientId).NotEmpty();
    }
}
