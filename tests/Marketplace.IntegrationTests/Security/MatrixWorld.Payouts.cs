using System.Net.Http.Json;
using Marketplace.TestSupport;

namespace Marketplace.IntegrationTests.Security;

internal sealed partial class MatrixWorld
{
    /// <summary>A payout batch paying caregiver A (who has a payout account) for the visit of <see cref="Recorded"/>; the API's row marks it paid.</summary>
    public Guid PayoutBatch { get; private set; }

    private async Task MakePayoutBatchAsync()
    {
        (await _api[Who.CaregiverA].PutAsJsonAsync("/api/v1/me/payout-account", new { bankName = "BRI", accountNumber = "012301000123301", accountHolder = "Uji" }))
            .EnsureSuccessStatusCode();
        var run = await _api[Who.Admin].PostAsync("/api/v1/admin/payout-batches", null);
        run.EnsureSuccessStatusCode();
        PayoutBatch = (await run.ReadJsonAsync()).GetProperty("id").GetGuid();
    }
}
