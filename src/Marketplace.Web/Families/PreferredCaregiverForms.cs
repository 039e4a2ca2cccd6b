using System.ComponentModel.DataAnnotations;
using Marketplace.Web.Requests;

namespace Marketplace.Web.Families;

// Display names are resource keys, translated by the data-annotations localizer.

/// <summary>The button that marks a caregiver as preferred for one of the family's people, and the page to go back to.</summary>
public sealed class PreferredCaregiverForm
{
    [Display(Name = "Field.CaregiverId")]
    public Guid CaregiverId { get; set; }

    [Display(Name = "Field.RecipientId")]
    public Guid? RecipientId { get; set; }

    [StorableText]
    [MaxLength(2048, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.ReturnUrl")]
    public string? ReturnUrl { get; set; }
}

/// <summary>The button that unmarks a caregiver: for one person, or (without one) for all the family's people.</summary>
public sealed class PreferredCaregiverRemoval
{
    [Display(Name = "Field.RecipientId")]
    public Guid? RecipientId { get; set; }

    [StorableText]
    [MaxLength(2048, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.ReturnUrl")]
    public string? ReturnUrl { get; set; }
}
