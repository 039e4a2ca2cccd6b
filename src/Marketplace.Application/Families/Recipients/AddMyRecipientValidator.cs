using FluentValidation;
using Marketplace.Application.Areas;

namespace Marketplace.Application.Families.Recipients;

public sealed class AddMyRecipientValidator : AbstractValidator<AddMyRecipient>
{
    public AddMyRecipientValidator(IAreaCatalog areas, TimeProvider clock)
    {
        Include(new RecipientDetailsValidator(areas, clock));
        RuleFor(c => c.Consent).Equal(true)
            .WithMessage("Consent is needed to keep health and disability details; tick the consent box.");
    }
}
