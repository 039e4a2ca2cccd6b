using System.ComponentModel.DataAnnotations;
using Marketplace.Application.SharedKernel;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Requests;

/// <summary>
/// For the few forms that reach no use case (sign-in, a confirmation link): the text must be <see cref="StorableText"/>,
/// as every use case's input already must be. The message is translated here: MVC's localizer translates only the
/// attributes it has an adapter for, and showed this one's resource key before.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
internal sealed class StorableTextAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        if (value is not string text || StorableText.IsStorable(text))
        {
            return ValidationResult.Success;
        }

        var localizer = (IStringLocalizer<SharedResource>?)validationContext.GetService(typeof(IStringLocalizer<SharedResource>));
        var message = localizer?[InputText.Unstorable, validationContext.DisplayName].Value ?? InputText.Unstorable;
        return new ValidationResult(message, validationContext.MemberName is { } member ? [member] : null);
    }
}
