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

    /// <summary>
    /// The new person's command and the fields that could not be read. With any unreadable, the command holds stand-ins
    /// for them (no kind, year 0, point 0,0): it is only checked, so the form can show every other error at once, never sent.
    /// </summary>
    public (AddMyRecipient Command, IReadOnlyDictionary<string, string> Unreadable) ToCommand()
    {
        var (kind, birthYear, address, unreadable) = Read();
        return (new AddMyRecipient(Name ?? "", kind, birthYear, address, Consent, Needs), unreadable);
    }

    /// <summary>The change of the person <paramref name="id"/>, as <see cref="ToCommand"/>; <see cref="Consent"/> here gives consent again after a withdrawal.</summary>
    public (EditMyRecipient Command, IReadOnlyDictionary<string, string> Unreadable) ToEditCommand(Guid id)
    {
        var (kind, birthYear, address, unreadable) = Read();
        return (new EditMyRecipient(id, Name ?? "", kind, birthYear, address, Consent, Needs), unreadable);
    }

    private (RecipientKind Kind, int BirthYear, AddressView Address, IReadOnlyDictionary<string, string> Unreadable) Read()
    {
        var numbers = new FormNumbers();
        numbers.Require(Kind, nameof(Kind));
        var birthYear = numbers.Int(BirthYear, nameof(BirthYear));
        var address = new AddressView(AreaCode ?? "", Line ?? "", numbers.Degrees(Lat, nameof(Lat)), numbers.Degrees(Lon, nameof(Lon)));
        return (Kind ?? NoKind, birthYear, address, numbers.Errors);
    }

    // Not a kind: the rules that depend on the kind stay silent while none is chosen.
    private const RecipientKind NoKind = (RecipientKind)(-1);
}
