using Marketplace.TestSupport;
using static Marketplace.TestSupport.TestBookings;

namespace Marketplace.IntegrationTests.Security;

internal sealed partial class MatrixWorld
{
    /// <summary>The rows that file a complaint, each about a booking of its own.</summary>
    public static readonly string[] FileComplaintUses = ["complaint", "page complaint"];

    /// <summary>The rows that take up or resolve a complaint, each on a complaint of its own.</summary>
    public static readonly string[] ComplaintUses = ["investigate", "page investigate", "resolve", "page resolve"];

    /// <summary>Family A's requests to caregiver A without a complaint: one per row that files one.</summary>
    public Dictionary<string, Guid> Complainable { get; } = [];

    /// <summary>Open complaints of family A about caregiver A: one per row that takes one up or resolves it.</summary>
    public Dictionary<string, Guid> Complaints { get; } = [];

    /// <summary>Requests for Monday afternoons (12:00 onwards, an hour each), which no other row books.</summary>
    private async Task MakeComplaintsAsync()
    {
        var family = _api[Who.FamilyA];
        var hour = 12;
        foreach (var use in FileComplaintUses.Concat(ComplaintUses))
        {
            var id = await family.BookAsync(CaregiverA, ElderA, Next(DayOfWeek.Monday, hour), hours: 1);
            hour++;
            if (FileComplaintUses.Contains(use))
            {
                Complainable[use] = id;
                continue;
            }

            var filed = await family.PostJsonAsync($"/api/v1/bookings/{id}/complaint", new { category = "missedCare", description = "Tidak datang." });
            filed.EnsureSuccessStatusCode();
            Complaints[use] = (await filed.ReadJsonAsync()).GetProperty("id").GetGuid();
        }
    }
}
