using System.ComponentModel.DataAnnotations;
using Marketplace.Application.Bookings;
using Marketplace.Application.Sponsors;
using Marketplace.Application.Sponsors.Change;
using Marketplace.Application.Sponsors.Create;
using Marketplace.Web.Pages;

namespace Marketplace.Web.Sponsors;

/// <summary>A programme's terms as an admin types them: Rupiah as people write them (<c>50.000.000</c>), local dates.</summary>
public sealed class SponsorProgrammeForm
{
    [Display(Name = "Field.ProgrammeName")]
    public string? Name { get; set; }

    [Display(Name = "Field.Funder")]
    public string? Funder { get; set; }

    [Display(Name = "Field.BudgetIdr")]
    public string? BudgetIdr { get; set; }

    [Display(Name = "Field.SharePercent")]
    public string? SharePercent { get; set; }

    [Display(Name = "Field.CapPerBookingIdr")]
    public string? CapPerBookingIdr { get; set; }

    public List<BookingKind> Kinds { get; set; } = [];

    [Display(Name = "Field.ProgrammeAreas")]
    public List<string> AreaCodes { get; set; } = [];

    [Display(Name = "Field.ValidFrom")]
    public DateOnly? ValidFrom { get; set; }

    [Display(Name = "Field.ValidUntil")]
    public DateOnly? ValidUntil { get; set; }

    /// <summary>A new programme's form: half of each booking, up to Rp 500.000, for home care, from today for a year.</summary>
    public static SponsorProgrammeForm New(DateOnly today) => new()
    {
        SharePercent = "50",
        CapPerBookingIdr = "500.000",
        Kinds = [BookingKind.HomeCare],
        ValidFrom = today,
        ValidUntil = today.AddYears(1).AddDays(-1),
    };

    public static SponsorProgrammeForm Of(SponsorProgrammeView programme) => new()
    {
        Name = programme.Name,
        Funder = programme.Funder,
        BudgetIdr = FormNumbers.Show(programme.BudgetIdr),
        SharePercent = programme.SharePercent.ToString(System.Globalization.CultureInfo.InvariantCulture),
        CapPerBookingIdr = FormNumbers.Show(programme.CapPerBookingIdr),
        Kinds = [.. programme.Kinds],
        AreaCodes = [.. programme.AreaCodes],
        ValidFrom = programme.ValidFrom,
        ValidUntil = programme.ValidUntil,
    };

    public (CreateSponsorProgramme? Command, IReadOnlyDictionary<string, string> Unreadable) ToCreate()
    {
        var (terms, unreadable) = Read();
        return (terms is { } t ? new CreateSponsorProgramme(t.Name, t.Funder, t.Budget, t.Share, t.Cap, Kinds, AreaCodes, t.From, t.Until) : null, unreadable);
    }

    public (ChangeSponsorProgramme? Command, IReadOnlyDictionary<string, string> Unreadable) ToChange(Guid id)
    {
        var (terms, unreadable) = Read();
        return (terms is { } t ? new ChangeSponsorProgramme(id, t.Name, t.Funder, t.Budget, t.Share, t.Cap, Kinds, AreaCodes, t.From, t.Until) : null, unreadable);
    }

    private ((string Name, string Funder, long Budget, int Share, long Cap, DateOnly From, DateOnly Until)? Terms, IReadOnlyDictionary<string, string> Unreadable) Read()
    {
        var numbers = new FormNumbers();
        var budget = numbers.Whole(BudgetIdr, nameof(BudgetIdr));
        var share = numbers.Int(SharePercent, nameof(SharePercent));
        var cap = numbers.Whole(CapPerBookingIdr, nameof(CapPerBookingIdr));
        numbers.Require(ValidFrom, nameof(ValidFrom));
        numbers.Require(ValidUntil, nameof(ValidUntil));
        return numbers.Errors.Count > 0
            ? (null, numbers.Errors)
            : ((Name ?? string.Empty, Funder ?? string.Empty, budget, share, cap, ValidFrom!.Value, ValidUntil!.Value), numbers.Errors);
    }
}

/// <summary>A family to record as eligible: its account's email and the evidence's reference.</summary>
public sealed class EligibilityForm
{
    [Display(Name = "Field.FamilyEmail")]
    public string? Email { get; set; }

    [Display(Name = "Field.EvidenceReference")]
    public string? EvidenceReference { get; set; }
}
