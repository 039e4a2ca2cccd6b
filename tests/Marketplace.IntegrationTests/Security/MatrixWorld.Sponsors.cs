using Marketplace.TestSupport;

namespace Marketplace.IntegrationTests.Security;

internal sealed partial class MatrixWorld
{
    /// <summary>A sponsor programme for home care in Gowa, and the families eligible for it whose eligibility a row withdraws (API, pages).</summary>
    public Guid SponsorProgramme { get; private set; }

    public Guid[] EligibleFamilies { get; } = new Guid[2];

    /// <summary>The email of family A, whom the API's eligibility row records.</summary>
    public string FamilyAEmail => _emails[Who.FamilyA];

    /// <summary>A programme's terms: the body of the API's programme writes and the fields of the pages' programme forms.</summary>
    public static object Programme(string name) => new
    {
        name,
        funder = "Dinas Sosial Kabupaten Gowa",
        budgetIdr = 10_000_000,
        sharePercent = 50,
        capPerBookingIdr = 200_000,
        kinds = new[] { "homeCare" },
        areaCodes = new[] { "73.06" },
        validFrom = DateOnly.FromDateTime(DateTime.UtcNow),
        validUntil = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(1),
    };

    private async Task MakeSponsorProgrammeAsync()
    {
        var admin = _api[Who.Admin];
        var created = await admin.PostJsonAsync("/api/v1/admin/sponsor-programmes", Programme("Bantuan Lansia Gowa"));
        created.EnsureSuccessStatusCode();
        SponsorProgramme = (await created.ReadJsonAsync()).GetProperty("id").GetGuid();
        foreach (var (who, index) in new[] { (Who.FamilyA, 0), (Who.FamilyB, 1) })
        {
            var eligible = await admin.PostJsonAsync(
                $"/api/v1/admin/sponsor-programmes/{SponsorProgramme}/eligible-families", new { email = _emails[who], evidenceReference = "DTKS 7306" });
            eligible.EnsureSuccessStatusCode();
            EligibleFamilies[index] = (await eligible.ReadJsonAsync()).GetProperty("familyId").GetGuid();
        }
    }
}
