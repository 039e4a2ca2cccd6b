using Marketplace.Application.Bookings;
using Marketplace.Application.Reviews;
using Marketplace.Application.Search;
using Marketplace.Application.Search.Services;
using Marketplace.Infrastructure.Outbox;
using Marketplace.Infrastructure.Persistence;
using Marketplace.Infrastructure.Search.Lucene;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Marketplace.Infrastructure.Search;

/// <summary>Builds the search index from the database: on demand (the <c>rebuild-search</c> command), or at start-up when it is empty.</summary>
public sealed partial class SearchIndexBuilder(
    MarketplaceDbContext db, ICaregiverSearchIndex index, IServiceSearchIndex services, ISearchVersionClock versions, TimeProvider clock,
    ILogger<SearchIndexBuilder> logger)
{
    private static readonly TimeSpan ReplayMargin = TimeSpan.FromSeconds(5);

    /// <summary>Rebuilds both indexes; returns how many caregivers were indexed.</summary>
    public async Task<int> RebuildAsync(CancellationToken cancellationToken)
    {
        var count = 0;
        await index.ReplaceAllAsync(Documents(() => count++, cancellationToken), await versions.NextAsync(cancellationToken), cancellationToken);
        var serviceCount = 0;
        await RebuildServicesAsync(() => serviceCount++, cancellationToken);
        LogRebuilt(logger, count, serviceCount);
        return count;
    }

    /// <summary>
    /// A new install, or a lost index folder, starts the caregiver index from the database rather than
    /// from nothing. Otherwise, the caregiver changes the embedded index may have lost with the last
    /// process are delivered again (<see cref="ReplayUncommittedAsync"/>). The services index is small and
    /// always rebuilt, which also drops clinic stops whose date has passed.
    /// </summary>
    public async Task EnsureBuiltAsync(CancellationToken cancellationToken)
    {
        if (await index.CountAsync(cancellationToken) == 0 && await db.Caregivers.AnyAsync(c => c.Home != null, cancellationToken))
        {
            await RebuildAsync(cancellationToken);
            return;
        }

        await ReplayUncommittedAsync(cancellationToken);
        await RebuildServicesAsync(() => { }, cancellationToken);
    }

    /// <summary>
    /// The embedded index commits on a schedule (<see cref="Lucene.LuceneIndexFolder"/>), so a process that
    /// died may have taken its last writes with it although the outbox recorded them as delivered. Every
    /// caregiver change delivered since the index's last commit (less a margin for the clock's steps) is
    /// marked due again (undelivered, no attempts: due at once, whatever the clock); delivering one reads the caregiver
    /// as they are now, so doing one twice is harmless.
    /// Returns how many messages were marked.
    /// </summary>
    public async Task<int> ReplayUncommittedAsync(CancellationToken cancellationToken)
    {
        if (index is not LuceneCaregiverIndex { LastCommittedAt: { } committedAt })
        {
            return 0;
        }

        var since = committedAt - ReplayMargin;
        var type = OutboxHandlers.TypeName(typeof(CaregiverChanged));
        var replayed = await db.OutboxMessages.Where(m => m.Type == type && m.ProcessedAt != null && m.ProcessedAt >= since)
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.ProcessedAt, (DateTimeOffset?)null).SetProperty(m => m.Attempts, 0), cancellationToken);
        if (replayed > 0)
        {
            LogReplayed(logger, replayed, committedAt);
        }

        return replayed;
    }

    private async Task RebuildServicesAsync(Action counted, CancellationToken cancellationToken) =>
        await services.ReplaceAllAsync(ServiceDocuments(counted, cancellationToken), await versions.NextAsync(cancellationToken), cancellationToken);

    private async IAsyncEnumerable<CaregiverDocument> Documents(Action counted, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var booked = await db.HeldTimeByCaregiverAsync(null, clock.GetUtcNow(), cancellationToken);
        var ratings = await db.RatingsByCaregiverAsync(null, cancellationToken);
        await foreach (var caregiver in db.Caregivers.AsNoTracking().AsSplitQuery().AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (CaregiverDocument.Of(caregiver, [.. booked[caregiver.Id]], ratings.GetValueOrDefault(caregiver.Id, RatingSummary.None)) is { } document)
            {
                counted();
                yield return document;
            }
        }
    }

    private async IAsyncEnumerable<ServiceDocument> ServiceDocuments(Action counted, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await foreach (var listing in db.Listings.AsNoTracking().AsSplitQuery().AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            foreach (var document in ServiceDocument.Of(listing, now))
            {
                counted();
                yield return document;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} caregiver changes delivered since the search index's last commit ({CommittedAt:o}) are due again")]
    private static partial void LogReplayed(ILogger logger, int count, DateTimeOffset committedAt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Search index rebuilt from the database: {Count} caregivers, {ServiceCount} daycares and clinic stops")]
    private static partial void LogRebuilt(ILogger logger, int count, int serviceCount);
}
