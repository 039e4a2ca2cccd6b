namespace Marketplace.Application.Search;

/// <summary>
/// The search port. Search reads only the index; the index is kept true by outbox messages and can be
/// rebuilt from the database at any time. The embedded default is Lucene.NET.
/// </summary>
public interface ICaregiverSearchIndex
{
    Task<CaregiverSearchResult> SearchAsync(CaregiverSearchQuery query, CancellationToken cancellationToken);

    /// <summary>Adds or replaces the caregiver's document.</summary>
    Task UpsertAsync(CaregiverDocument document, CancellationToken cancellationToken);

    Task DeleteAsync(Guid caregiverId, CancellationToken cancellationToken);

    /// <summary>Replaces the whole index with <paramref name="documents"/>; searches see the old index until it is done.</summary>
    Task ReplaceAllAsync(IAsyncEnumerable<CaregiverDocument> documents, CancellationToken cancellationToken);
}
