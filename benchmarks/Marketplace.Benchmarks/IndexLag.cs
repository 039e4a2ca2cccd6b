using System.Diagnostics;
using Marketplace.Application.Caregivers;
using Marketplace.Application.Search;
using Marketplace.Application.SharedKernel;
using Marketplace.Infrastructure.Persistence;
using Marketplace.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Benchmarks;

/// <summary>
/// How long a committed change takes to become searchable: a caregiver's new rate is saved (the save
/// queues its outbox message), then the index is asked every 10 ms until it shows the new rate.
/// </summary>
internal static class IndexLag
{
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(30);

    public static async Task<(double P50Ms, double MaxMs)> MeasureAsync(MarketplaceAppFactory app, IReadOnlyList<Caregiver> caregivers, int samples, Random random)
    {
        var index = app.Services.GetRequiredService<ICaregiverSearchIndex>();
        var lags = new List<double>(samples);
        for (var i = 0; i < samples; i++)
        {
            var caregiver = caregivers[random.Next(caregivers.Count)];
            var rate = 200_000 + (1_000 * i);
            await app.InScopeAsync(async services =>
            {
                var db = services.GetRequiredService<MarketplaceDbContext>();
                var saved = await db.Caregivers.SingleAsync(c => c.Id == caregiver.Id);
                saved.UpdateProfile(new CaregiverProfile(
                    saved.FullName, saved.Bio, [.. saved.Skills], [.. saved.Languages], Money.FromRupiah(rate), saved.Home!, saved.ServiceRadiusKm, [.. saved.AreaCodes]));
                return await db.SaveChangesAsync();
            });
            var committed = Stopwatch.GetTimestamp();
            // Nearest first from the caregiver's public point, where the index has them (their home is 300–600 m away and
            // others may be nearer to it): they are the first hit.
            var near = new CaregiverSearchQuery(caregiver.PublicPoint!.Latitude, caregiver.PublicPoint.Longitude, 1, [], [], null, false, null, SearchSort.Distance, 1, 5);
            while (!(await index.SearchAsync(near, CancellationToken.None)).Items.Any(hit => hit.Id == caregiver.Id && hit.HourlyRateIdr == rate))
            {
                // A benchmark that waits forever tells nothing; one that stops says what it waited for.
                if (Stopwatch.GetElapsedTime(committed) > GiveUpAfter)
                {
                    throw new InvalidOperationException($"Caregiver {caregiver.Id}'s new rate was not searchable {GiveUpAfter.TotalSeconds:0} s after it was saved.");
                }

                await Task.Delay(10);
            }

            lags.Add(Stopwatch.GetElapsedTime(committed).TotalMilliseconds);
        }

        lags.Sort();
        return (lags[lags.Count / 2], lags[^1]);
    }
}
