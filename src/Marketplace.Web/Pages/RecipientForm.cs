using System.ComponentModel.DataAnnotations;
using Marketplace.Application.Families;
using Marketplace.Application.Families.Recipients;

namespace Marketplace.Web.Pages;

/// <summary>A care recipient as typed on the family's page.</summary>
public sealed class RecipientForm
{
    [Display(Name = "Field.RecipientName")]
    public string? Name { get; set; }

    [Display(Name = "Field.RecipientKind")]
    public RecipientKind? Kind { get; set; }

    [Display(Name = "Field.BirthYear")]
    public string? BirthYear { get; set; }

    public List<string> Needs { get; set; } = [];

    [Display(Name = "Field.AreaCode")]
    public string? AreaCode { get; set; }

    [Display(Name = "Field.AddressLine")]
    public string? Line { get; set; }

    [Display(Name = "Field.Lat")]
    public string? Lat { get; set; }

    [Display(Name = "Field.Lon")]
    public string? Lon { get; set; }

    public bool Consent { get; set; }

    public (AddMyRecipient? Command, IReadOnlyDictionary<string, string> Unreadable) ToCommand()
    {
        var numbers = new FormNumbers();
        numbers.Require(Kind, nameof(Kind));
        var birthYear = numbers.Int(BirthYear, nameof(BirthYear));
        var address = new AddressView(AreaCode ?? "", Line ?? "", numbers.Degrees(Lat, nameof(Lat)), numbers.Degrees(Lon, nameof(Lon)));
        return numbers.Errors.Count > 0
            ? (null, numbers.Errors)
            : (new AddMyRecipient(Name ?? "", Kind!.Value, birthYear, address, Consent, Needs), numbers.Errors);
    }
}
