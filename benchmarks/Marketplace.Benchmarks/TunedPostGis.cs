using System.Diagnostics;
using System.Globalization;
using Marketplace.Application.Search;

namespace Marketplace.Benchmarks;

/// <summary>
/// PostGIS as a user who tunes it for these searches would run it, on the same table and server as the shipped
/// comparison: JIT off in every session (PostgreSQL compiles a query whose estimated cost passes <c>jit_above_cost</c>,
/// and compiling costs more than these searches take), the KNN order (<see cref="PostGisOrder.Nearest"/>) for the common
/// filter mixes and the shipped find-all-then-sort query for the rarer ones (<see cref="OrderFor"/>).
/// </summary>
internal sealed class TunedPostGis(string connectionString) : IAsyncDisposable
{
    private readonly PostGisSearch _sorted = PostGisSearch.Connect(connectionString, "-c jit=off");
    private readonly PostGisSearch _nearest = PostGisSearch.Connect(connectionString, "-c jit=off -c enable_sort=off");

    /// <summary>Up to how many narrowing filters the KNN order wins: 1 on 20,000 caregivers, until <see cref="CalibrateAsync"/> measures.</summary>
    public int NearestUpTo { get; private set; } = 1;

    /// <summary>
    /// The filters that leave few caregivers: each skill, a word, a visit. One language, the price cap and verified pass
    /// most. Each makes the KNN walk go further out for its 20 (the GiST index scan cannot use the GIN indexes), while
    /// the bitmap plan gets cheaper.
    /// </summary>
    public static int Narrowing(CaregiverSearchQuery query) => query.Skills.Count + (query.Text is null ? 0 : 1) + (query.Visit is null ? 0 : 1);

    /// <summary>Nearest first when the search has at most <see cref="NearestUpTo"/> narrowing filters, else find them all and sort.</summary>
    public PostGisOrder OrderFor(CaregiverSearchQuery query) => Narrowing(query) <= NearestUpTo ? PostGisOrder.Nearest : PostGisOrder.Sorted;

    public Task<IReadOnlyList<Guid>> SearchAsync(CaregiverSearchQuery query) => SearchAsync(query, OrderFor(query));

    public Task<IReadOnlyList<Guid>> SearchAsync(CaregiverSearchQuery query, PostGisOrder order) =>
        (order == PostGisOrder.Nearest ? _nearest : _sorted).SearchAsync(query, order);

    /// <summary>
    /// Sets <see cref="NearestUpTo"/> from this table, as a user would measure theirs: for 0, 1, 2, … narrowing filters,
    /// times <paramref name="sample"/>'s searches both ways (the fastest of three after a warm-up each, since other work on
    /// the machine only ever adds) and stops at the first count where nearest first takes longer in total. The walk's length
    /// depends on how rare matches are and the sort's cost on how many caregivers lie in the radius, so the answer moves
    /// with the table's size (on 5,000 caregivers nearest first won only without filters, on 20,000 with one).
    /// </summary>
    public async Task CalibrateAsync(IReadOnlyList<CaregiverSearchQuery> sample, TextWriter log)
    {
        var upTo = -1;
        foreach (var group in sample.GroupBy(Narrowing).OrderBy(group => group.Key))
        {
            double nearest = 0, sorted = 0;
            foreach (var query in group)
            {
                nearest += await FastestMsAsync(() => SearchAsync(query, PostGisOrder.Nearest));
                sorted += await FastestMsAsync(() => SearchAsync(query, PostGisOrder.Sorted));
            }

            log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"postgis tuned: {group.Key} narrowing filters, {group.Count()} searches: nearest first {nearest / group.Count():0.000} ms, sorted {sorted / group.Count():0.000} ms on average"));
            if (nearest > sorted)
            {
                break;
            }

            upTo = group.Key;
        }

        NearestUpTo = upTo;
    }

    /// <summary>The fastest of three runs after a warm-up, in milliseconds.</summary>
    public static async Task<double> FastestMsAsync(Func<Task> search, int rounds = 3)
    {
        await search();
        var fastest = double.MaxValue;
        for (var round = 0; round < rounds; round++)
        {
            var started = Stopwatch.GetTimestamp();
            await search();
            fastest = Math.Min(fastest, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return fastest;
    }

    public async ValueTask DisposeAsync()
    {
        await _sorted.DisposeAsync();
        await _nearest.DisposeAsync();
    }
}
