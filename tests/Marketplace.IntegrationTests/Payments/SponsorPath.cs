using System.Globalization;
using System.Text.Json;
using Marketplace.TestSupport;
using static Marketplace.IntegrationTests.Payments.MoneyPath;

namespace Marketplace.IntegrationTests.Payments;

/// <summary>Setting up sponsor programmes and their eligible families through the admin API, as the sponsor tests start.</summary>
internal static class SponsorPath
{
    /// <summary>
    /// A programme for home care in Gowa (73.06, where <see cref="TestBookings.RecipientNearGowa"/> lives), valid from a
    /// month ago for a year; <paramref name="overrides"/> replaces any of its fields.
    /// </summary>
    public static Dictionary<string, object> Programme(long budgetIdr = 1_000_000, int sharePercent = 50, long capPerBookingIdr = 100_000) => new()
    {
        ["name"] = "Bantuan Lansia Gowa",
        ["funder"] = "Dinas Sosial Kabupaten Gowa",
        ["budgetIdr"] = budgetIdr,
        ["sharePercent"] = sharePercent,
        ["capPerBookingIdr"] = capPerBookingIdr,
        ["kinds"] = new[] { "homeCare" },
        ["areaCodes"] = new[] { "73.06" },
        ["validFrom"] = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["validUntil"] = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(11).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    public static async Task<Guid> CreateProgrammeAsync(this HttpClient admin, Dictionary<string, object> programme)
    {
        var created = await admin.PostJsonAsync("/api/v1/admin/sponsor-programmes", programme);
        created.EnsureSuccessStatusCode();
        return (await created.ReadJsonAsync()).GetProperty("id").GetGuid();
    }

    /// <summary>Records the family signed in as <paramref name="family"/> as eligible for the programme.</summary>
    public static async Task MarkEligibleAsync(this HttpClient admin, Guid programmeId, HttpClient family)
    {
        var email = (await (await family.GetAsync("/api/v1/me")).ReadJsonAsync()).GetProperty("email").GetString();
        (await admin.PostJsonAsync($"/api/v1/admin/sponsor-programmes/{programmeId}/eligible-families", new { email, evidenceReference = "DTKS 7306081201480001" }))
            .EnsureSuccessStatusCode();
    }

    /// <summary>The programme's budget as the admin reads it: committed (from the database's counter), held and spent (from the ledger).</summary>
    public static async Task<(long Committed, long Held, long Spent, long Available)> BudgetAsync(this HttpClient admin, Guid programmeId)
    {
        var detail = await (await admin.GetAsync($"/api/v1/admin/sponsor-programmes/{programmeId}")).ReadJsonAsync();
        var programme = detail.GetProperty("programme");
        var budget = (Idr(programme, "committedIdr"), Idr(detail, "heldIdr"), Idr(detail, "spentIdr"), Idr(programme, "availableIdr"));
        Assert.Equal(budget.Item1, budget.Item2 + budget.Item3);
        Assert.Equal(Idr(programme, "budgetIdr"), budget.Item1 + budget.Item4);
        return budget;
    }

    public static async Task<JsonElement> StatementAsync(this HttpClient admin, Guid programmeId)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        return await (await admin.GetAsync($"/api/v1/admin/sponsor-programmes/{programmeId}/statement?from={today.AddDays(-30):yyyy-MM-dd}&to={today.AddDays(60):yyyy-MM-dd}"))
            .ReadJsonAsync();
    }
}
