using Marketplace.TestSupport;
using static Marketplace.TestSupport.TestBookings;

namespace Marketplace.IntegrationTests.Security;

internal sealed partial class MatrixWorld
{
    /// <summary>Family A's weekly series with caregiver A whose second visit caregiver A cancelled, and that visit: one that needs a replacement.</summary>
    public (Guid Booking, Guid Visit) ToReplace { get; private set; }

    /// <summary>Saturdays at 16:00 (an hour), which no other row books.</summary>
    private async Task MakeVisitToReplaceAsync()
    {
        var (family, caregiver) = (_api[Who.FamilyA], _api[Who.CaregiverA]);
        var series = await (await family.RequestHomeCareAsync(CaregiverA, ElderA, Next(DayOfWeek.Saturday, 16), hours: 1, new { days = Array.Empty<string>(), weeks = 2 }))
            .ReadJsonAsync();
        var id = series.GetProperty("id").GetGuid();
        (await caregiver.PostAsync($"/api/v1/bookings/{id}/accept", null)).EnsureSuccessStatusCode();
        await family.ConfirmOfflineAsync(id);
        var visit = series.GetProperty("visits")[1].GetProperty("id").GetGuid();
        (await caregiver.PostAsync($"/api/v1/bookings/{id}/visits/{visit}/cancel", null)).EnsureSuccessStatusCode();
        ToReplace = (id, visit);
    }
}
