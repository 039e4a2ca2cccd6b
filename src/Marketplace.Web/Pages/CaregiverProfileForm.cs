using Marketplace.Application.SharedKernel;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Marketplace.Application.Caregivers.GetMyProfile;
using Marketplace.Application.Caregivers.UpdateMyProfile;

namespace Marketplace.Web.Pages;

/// <summary>
/// The caregiver's profile form. Numbers arrive as text: people type "75.000" for a rate, and the
/// page's culture (id) would misread a coordinate such as "-5.1477" if the binder parsed it.
/// </summary>
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
        HourlyRateIdr = own.Profile.HourlyRateIdr == 0 ? null : own.Profile.HourlyRateIdr.ToString(CultureInfo.InvariantCulture),
        HomeLat = own.HomeLat?.ToString(CultureInfo.InvariantCulture),
        HomeLon = own.HomeLon?.ToString(CultureInfo.InvariantCulture),
        ServiceRadiusKm = own.Profile.ServiceRadiusKm == 0 ? null : own.Profile.ServiceRadiusKm.ToString(CultureInfo.InvariantCulture),
        AreaCodes = [.. own.Profile.AreaCodes],
    };

    /// <summary>The command, or the names of the fields whose text is not a number.</summary>
    public (UpdateMyCaregiverProfile? Command, IReadOnlyList<string> NotNumbers) ToCommand()
    {
        var notNumbers = new List<string>();
        var rate = Whole(HourlyRateIdr, nameof(HourlyRateIdr), notNumbers);
        var radius = Whole(ServiceRadiusKm, nameof(ServiceRadiusKm), notNumbers);
        var lat = Degrees(HomeLat, nameof(HomeLat), notNumbers);
        var lon = Degrees(HomeLon, nameof(HomeLon), notNumbers);
        if (notNumbers.Count > 0)
        {
            return (null, notNumbers);
        }

        return (new UpdateMyCaregiverProfile(FullName, Bio, Skills, Languages, rate, new PointInput(lat, lon), (int)Math.Clamp(radius, int.MinValue, int.MaxValue), AreaCodes), notNumbers);
    }

    // "Rp 75.000", "75 000" and "75000" all mean seventy-five thousand Rupiah.
    private static long Whole(string? text, string field, List<string> notNumbers)
    {
        var digits = (text ?? string.Empty).Replace("Rp", string.Empty, StringComparison.OrdinalIgnoreCase)
            .Replace(".", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
        if (long.TryParse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        notNumbers.Add(field);
        return 0;
    }

    // Coordinates copied from a map use a dot; some people type a comma.
    private static double Degrees(string? text, string field, List<string> notNumbers)
    {
        var normalized = (text ?? string.Empty).Trim().Replace(',', '.');
        if (double.TryParse(normalized, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        notNumbers.Add(field);
        return 0;
    }
}
