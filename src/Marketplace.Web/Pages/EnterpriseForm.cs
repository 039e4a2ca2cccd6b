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
    public EnterpriseKind? Kind { get; set; }

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

    /// <summary>The fields left out that the enterprise must choose; the command is not sent while any is.</summary>
    public IReadOnlyDictionary<string, string> Unreadable
    {
        get
        {
            var numbers = new FormNumbers();
            numbers.Require(Kind, nameof(Kind));
            return numbers.Errors;
        }
    }

    public RegisterEnterprise ToRegistration() => new(Name ?? "", Kind.GetValueOrDefault(), RegistrationNumber ?? "", AreaCode ?? "", Description);

    public UpdateEnterprise ToUpdate(Guid id) => new(id, Name ?? "", Kind.GetValueOrDefault(), RegistrationNumber ?? "", AreaCode ?? "", Description);
}
