using System.ComponentModel.DataAnnotations;
using Marketplace.Application.Enterprises;
using Marketplace.Application.Enterprises.Register;
using Marketplace.Application.Enterprises.Update;

namespace Marketplace.Web.Pages;

/// <summary>The enterprise's registered details, as typed on the registration and edit pages.</summary>
public sealed class EnterpriseForm
{
    [Display(Name = "Field.OrganisationName")]
    public string? Name { get; set; }

    [Display(Name = "Field.EnterpriseKind")]
    public EnterpriseKind Kind { get; set; }

    [Display(Name = "Field.RegistrationNumber")]
    public string? RegistrationNumber { get; set; }

    [Display(Name = "Field.AreaCode")]
    public string? AreaCode { get; set; }

    [Display(Name = "Field.Description")]
    public string? Description { get; set; }

    public static EnterpriseForm From(EnterpriseView view) => new()
    {
        Name = view.Name,
        Kind = view.Kind,
        RegistrationNumber = view.RegistrationNumber,
        AreaCode = view.AreaCode,
        Description = view.Description,
    };

    public RegisterEnterprise ToRegistration() => new(Name ?? "", Kind, RegistrationNumber ?? "", AreaCode ?? "", Description);

    public UpdateEnterprise ToUpdate(Guid id) => new(id, Name ?? "", Kind, RegistrationNumber ?? "", AreaCode ?? "", Description);
}
