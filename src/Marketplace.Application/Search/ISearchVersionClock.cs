namespace Marketplace.Application.Search;

/// <summary>
/// Versions for search documents. A handler takes a version <em>before</em> it reads the state it will
/// index, so a higher version always carries a state at least as new. The index keeps the write with the
/// highest version, whatever order writes arrive in: two app instances handling changes of one caregiver
/// at once cannot leave the older state in the index. The clock is the database's, the one clock every
/// instance shares, so skewed machine clocks cannot reorder reads.
/// </summary>
public interface ISearchVersionClock
{
    /// <summary>Microseconds since 1970 by the shared clock; never less than a version taken before.</summary>
    Task<long> NextAsync(CancellationToken cancellationToken);
}
