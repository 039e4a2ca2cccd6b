using Marketplace.Application.Search;
using Marketplace.Infrastructure.Persistence;
using Marketplace.Infrastructure.Search.Lucene;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Marketplace.Infrastructure.Search;

/// <summary>Builds the search index from the database: on demand (the <c>rebuild-search</c> command), or at start-up when it is empty.</summary>
public sealed partial class SearchIndexBuilder(MarketplaceDbContext db, ICaregiverSearchIndex index, LuceneCaregiverIndex embedded, ILogger<SearchIndexBuilder> logger)
{
    public async Task<int> RebuildAsync(CancellationToken cancellationToken)
    {
        var count = 0;
        await index.ReplaceAllAsync(Documents(() => count++, cancellationToken), cancellationToken);
        LogRebuilt(logger, count);
        return count;
    }

    /// <summary>A new install, or a lost index folder, starts from the database rather than from nothing.</summary>
    public async Task EnsureBuiltAsync(CancellationToken cancellationToken)
    {
        if (embedded.Count == 0 && await db.Caregivers.AnyAsync(c => c.Home != null, cancellationToken))
        {
            await RebuildAsync(cancellationToken);
        }
    }

    private async IAsyncEnumerable<CaregiverDocument> Documents(Action counted, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var caregiver in db.Caregivers.AsNoTracking().AsSplitQuery().AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (CaregiverDocument.Of(caregiver) is { } document)
            {
                counted();
                yield return document;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Search index rebuilt from the database: {Count} caregivers")]
    private static partial void LogRebuilt(ILogger logger, int count);
}
