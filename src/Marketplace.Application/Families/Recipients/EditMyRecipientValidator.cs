using FluentValidation;
using Marketplace.Application.Areas;

namespace Marketplace.Application.Families.Recipients;

public sealed class EditMyRecipientValidator : AbstractValidator<EditMyRecipient>
{
    public EditMyRecipientValidator(IAreaCatalog areas, TimeProvider clock) => Include(new RecipientDetailsValidator(areas, clock));
}
