using Marketplace.Application.SharedKernel;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Marketplace.Application.Caregivers.GetMyProfile;
using Marketplace.Application.Caregivers.UpdateMyProfile;

namespace Marketplace.Web.Pages;

/// <summary>The caregiver's profile form; numbers arrive as text (see <see cref="FormNumbers"/>).</summary>
public sealed class CaregiverProfileForm
{
    [Display(Name = "Field.FullName")]
    public string FullName { get; set; } = string.Empty;

    [Display(Name = "Field.Bio")]
    public string? Bio { get; set; }

    [Display(Name = "Field.Skills")]
    public List<string> Skills { get; set; } = [];

    [Display(Name = "Field.Languages")]
    public List<string> Languages { get; set; } = [];

    [Display(Name = "Field.HourlyRateIdr")]
    public string? HourlyRateIdr { get; set; }

    [Display(Name = "Field.Lat")]
    public string? HomeLat { get; set; }

    [Display(Name = "Field.Lon")]
    public string? HomeLon { get; set; }

    [Display(Name = "Field.ServiceRadiusKm")]
    public string? ServiceRadiusKm { get; set; }

    [Display(Name = "Field.AreaCodes")]
    public List<string> AreaCodes { get; set; } = [];

    public static CaregiverProfileForm From(OwnCaregiverProfile own) => new()
    {
        FullName = own.Profile.FullName,
        Bio = own.Profile.Bio,
        Skills = [.. own.Profile.Skills],
        Languages = [.. own.Profile.Languages],
        HourlyRateIdr = FormNumbers.Show(own.Profile.HourlyRateIdr),
        HomeLat = own.HomeLat?.ToString(CultureInfo.InvariantCulture),
        HomeLon = own.HomeLon?.ToString(CultureInfo.InvariantCulture),
        ServiceRadiusKm = FormNumbers.Show(own.Profile.ServiceRadiusKm),
        AreaCodes = [.. own.Profile.AreaCodes],
    };

    /// <summary>The command, or the fields whose numbers could not be read (see <see cref="FormNumbers"/>).</summary>
    public (UpdateMyCaregiverProfile? Command, IReadOnlyDictionary<string, string> Unreadable) ToCommand()
    {
        var numbers = new FormNumbers();
        var rate = numbers.Whole(HourlyRateIdr, nameof(HourlyRateIdr));
        var radius = numbers.Int(ServiceRadiusKm, nameof(ServiceRadiusKm));
        var lat = numbers.Degrees(HomeLat, nameof(HomeLat));
        var lon = numbers.Degrees(HomeLon, nameof(HomeLon));
        return numbers.Errors.Count > 0
            ? (null, numbers.Errors)
            : (new UpdateMyCaregiverProfile(FullName, Skills, Languages, rate, new PointInput(lat, lon), radius, AreaCodes, Bio), numbers.Errors);
    }
}
