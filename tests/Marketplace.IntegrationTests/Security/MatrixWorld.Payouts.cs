using System.Net.Http.Json;
using Marketplace.TestSupport;
using static Marketplace.TestSupport.TestBookings;

namespace Marketplace.IntegrationTests.Security;

internal sealed partial class MatrixWorld
{

    /// <summary>
    /// A payout batch paying caregiver A (who has a payout account) the sponsor's part of a visit given to family A; the
    /// API's row marks it paid.
    /// </summary>
    public Guid PayoutBatch { get; private set; }

    private async Task MakePayoutBatchAsync()
    {
        var (family, caregiver) = (_api[Who.FamilyA], _api[Who.CaregiverA]);
        var start = Next(DayOfWeek.Thursday, 9);
        var sponsored = await family.BookAsync(CaregiverA, ElderA, start, hours: 1);
        (await caregiver.PostAsync($"/api/v1/bookings/{sponsored}/accept", null)).EnsureSuccessStatusCode();
        (await family.PostJsonAsync($"/api/v1/bookings/{sponsored}/payments", new { method = "offline", sponsorProgrammeId = SponsorProgramme }))
            .EnsureSuccessStatusCode();
        using (App.Clock.TravelTo(start.AddMinutes(-5)))
        {
            (await caregiver.PostAsync($"/api/v1/bookings/{sponsored}/check-in", null)).EnsureSuccessStatusCode();
        }

        using (App.Clock.TravelTo(start.AddHours(1)))
        {
            (await caregiver.PostJsonAsync($"/api/v1/bookings/{sponsored}/check-out", new { tasks = Companionship })).EnsureSuccessStatusCode();
        }

        (await _api[Who.CaregiverA].PutAsJsonAsync("/api/v1/me/payout-account", new { bankName = "BRI", accountNumber = "012301000123301", accountHolder = "Uji" }))
            .EnsureSuccessStatusCode();
        var run = await _api[Who.Admin].PostAsync("/api/v1/admin/payout-batches", null);
        run.EnsureSuccessStatusCode();
        PayoutBatch = (await run.ReadJsonAsync()).GetProperty("id").GetGuid();
    }
}
