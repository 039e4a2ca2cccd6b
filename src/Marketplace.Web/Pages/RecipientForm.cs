using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Marketplace.Application.Families;
using Marketplace.Application.Families.Recipients;

namespace Marketplace.Web.Pages;

/// <summary>A care recipient as typed on the family's page, when adding them or changing them.</summary>
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

    /// <summary>The form filled in with what the family wrote about the person; their consent is not asked again.</summary>
    public static RecipientForm From(RecipientView recipient) => new()
    {
        Name = recipient.Name,
        Kind = recipient.Kind,
        BirthYear = recipient.BirthYear.ToString(CultureInfo.InvariantCulture),
        Needs = [.. recipient.Needs],
        AreaCode = recipient.Address.AreaCode,
        Line = recipient.Address.Line,
        Lat = recipient.Address.Lat.ToString(CultureInfo.InvariantCulture),
        Lon = recipient.Address.Lon.ToString(CultureInfo.InvariantCulture),
    };

    public (AddMyRecipient? Command, IReadOnlyDictionary<string, string> Unreadable) ToCommand()
    {
        var (read, unreadable) = Read();
        return read is { } r ? (new AddMyRecipient(Name ?? "", r.Kind, r.BirthYear, r.Address, Consent, Needs), unreadable) : (null, unreadable);
    }

    /// <summary>The change of the person <paramref name="id"/>; <see cref="Consent"/> here gives consent again after a withdrawal.</summary>
    public (EditMyRecipient? Command, IReadOnlyDictionary<string, string> Unreadable) ToEditCommand(Guid id)
    {
        var (read, unreadable) = Read();
        return read is { } r ? (new EditMyRecipient(id, Name ?? "", r.Kind, r.BirthYear, r.Address, Consent, Needs), unreadable) : (null, unreadable);
    }

    private ((RecipientKind Kind, int BirthYear, AddressView Address)? Read, IReadOnlyDictionary<string, string> Unreadable) Read()
    {
        var numbers = new FormNumbers();
        numbers.Require(Kind, nameof(Kind));
        var birthYear = numbers.Int(BirthYear, nameof(BirthYear));
        var address = new AddressView(AreaCode ?? "", Line ?? "", numbers.Degrees(Lat, nameof(Lat)), numbers.Degrees(Lon, nameof(Lon)));
        return (numbers.Errors.Count > 0 ? null : (Kind!.Value, birthYear, address), numbers.Errors);
    }
}
