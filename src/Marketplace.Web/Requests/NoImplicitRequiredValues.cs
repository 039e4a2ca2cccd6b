using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Marketplace.Web.Requests;

/// <summary>
/// MVC treats every non-nullable value (a checkbox's yes/no, a number) as required and writes the
/// framework's English "The … field is required." into the page for client-side validation. Required
/// fields are the validators' business (with their messages in the reader's language), so a value is
/// required only where a <see cref="RequiredAttribute"/> says so.
/// </summary>
internal sealed class NoImplicitRequiredValues : IValidationMetadataProvider
{
    public void CreateValidationMetadata(ValidationMetadataProviderContext context)
    {
        if (context.Key.ModelType.IsValueType && !context.Attributes.OfType<RequiredAttribute>().Any())
        {
            context.ValidationMetadata.IsRequired = false;
        }
    }
}
