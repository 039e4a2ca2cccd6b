using System.ComponentModel.DataAnnotations;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Web.Requests;

/// <summary>
/// For the few forms that reach no use case (sign-in): the text must be <see cref="StorableText"/>, as every
/// use case's input already must be. The message is a resource key, translated by the data-annotations localizer.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
internal sealed class StorableTextAttribute() : ValidationAttribute(InputText.Unstorable)
{
    public override bool IsValid(object? value) => value is not string text || StorableText.IsStorable(text);
}
