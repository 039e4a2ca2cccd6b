namespace Marketplace.Application.Search;

/// <summary>
/// The search port. Search reads only the index; the index is kept true by outbox messages and can be
/// rebuilt from the database at any time. The embedded default is Lucene.NET.
/// </summary>
public interface ICaregiverSearchIndex
{
    Task<CaregiverSearchResult> SearchAsync(CaregiverSearchQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// Adds or replaces the caregiver's document, unless the index already holds a version at least as
    /// high (see <see cref="ISearchVersionClock"/>): an older write arriving late is ignored.
    /// </summary>
    Task UpsertAsync(CaregiverDocument document, long version, CancellationToken cancellationToken);

    /// <summary>Removes the caregiver, unless the index holds a newer version of them.</summary>
    Task DeleteAsync(Guid caregiverId, long version, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces the whole index with <paramref name="documents"/>, read after <paramref name="version"/> was
    /// taken. Searches see the old index until it is done; changes written meanwhile are not lost.
    /// </summary>
    Task ReplaceAllAsync(IAsyncEnumerable<CaregiverDocument> documents, long version, CancellationToken cancellationToken);

    /// <summary>How many caregivers searches can find now.</summary>
    Task<long> CountAsync(CancellationToken cancellationToken);
}
