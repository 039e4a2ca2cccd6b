using Marketplace.Application.Search;
using Npgsql;
using NpgsqlTypes;

namespace Marketplace.Benchmarks;

/// <summary>How a PostGIS search is ordered, which decides the plans PostgreSQL can choose from.</summary>
internal enum PostGisOrder
{
    /// <summary>
    /// As shipped: <c>ORDER BY geog &lt;-&gt; point, id</c>. The second key keeps the GiST index from handing rows out in
    /// order, so every match in the radius is found (ST_DWithin's box and the GIN indexes, ANDed as bitmaps), then sorted.
    /// </summary>
    Sorted,

    /// <summary>
    /// <c>ORDER BY geog &lt;-&gt; point LIMIT 20</c> on a session with <c>enable_sort=off</c>: one GiST index scan bounded by
    /// ST_DWithin's box hands rows out nearest first (KNN) and the search stops at the 20th that passes the filters. Sorting
    /// is turned off because PostgreSQL estimates ST_DWithin on geography at a few rows (2 of 20,000 for 10 km around
    /// Makassar, whose bounding box alone holds 11,910) and, left alone, prefers finding them all and sorting.
    /// </summary>
    Nearest,
}

/// <summary>
/// Caregiver searches on <see cref="PostGisCaregivers"/>' table, with the filters the Lucene engine applies: ST_DWithin for
/// the family's radius and the caregiver's own, all the skills, any of the languages, the price cap, verified, the words
/// (<c>plainto_tsquery('simple', …)</c>), and for a visit, one weekly window holding it and no busy time touching it
/// (<see cref="PostGisSchedule"/>); the page of 20 nearest. Returns the page's caregivers.
/// </summary>
internal sealed class PostGisSearch(NpgsqlDataSource database) : IAsyncDisposable
{
    public const int PageSize = 20;

    private const string Select = """
        SELECT id
        FROM caregivers, (SELECT ST_SetSRID(ST_MakePoint(@lon, @lat), 4326)::geography AS point) AS q
        WHERE ST_DWithin(geog, q.point, @radius, false)
          AND ST_DWithin(geog, q.point, radius_km * 1000.0, false)
          AND skills @> @skills
          AND languages && @languages
          AND (@max_rate::bigint IS NULL OR rate <= @max_rate)
          AND verified
          AND (@text::text IS NULL OR words @@ plainto_tsquery('simple', @text))
          AND (@visit_week::int4range IS NULL OR @visit_week <@ ANY (weekly))
          AND (@visit::tstzrange IS NULL OR NOT busy && @visit)
        """;

    private static readonly string SortedSql = $"{Select}\nORDER BY geog <-> q.point, id\nLIMIT {PageSize}";
    private static readonly string NearestSql = $"{Select}\nORDER BY geog <-> q.point\nLIMIT {PageSize}";

    /// <summary>Sessions with the server's settings and <paramref name="options"/> (<c>-c name=value</c> each).</summary>
    public static PostGisSearch Connect(string connectionString, string? options = null) =>
        new(NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString) { Options = options }.ConnectionString));

    public async Task<IReadOnlyList<Guid>> SearchAsync(CaregiverSearchQuery query, PostGisOrder order)
    {
        await using var command = database.CreateCommand(order == PostGisOrder.Nearest ? NearestSql : SortedSql);
        command.Parameters.AddWithValue("lat", query.Lat);
        command.Parameters.AddWithValue("lon", query.Lon);
        command.Parameters.AddWithValue("radius", query.RadiusKm * 1000);
        command.Parameters.AddWithValue("skills", query.Skills.ToArray());
        command.Parameters.AddWithValue("languages", query.Languages.ToArray());
        command.Parameters.Add(new NpgsqlParameter("max_rate", NpgsqlDbType.Bigint) { Value = (object?)query.MaxRateIdr ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("text", NpgsqlDbType.Text) { Value = (object?)query.Text ?? DBNull.Value });
        var visit = query.Visit;
        command.Parameters.Add(new NpgsqlParameter("visit_week", NpgsqlDbType.IntegerRange)
        {
            Value = visit is { } week ? PostGisSchedule.Visit(week.Start, week.Duration) : (object)DBNull.Value,
        });
        command.Parameters.Add(new NpgsqlParameter("visit", NpgsqlDbType.TimestampTzRange)
        {
            Value = visit is { } time ? PostGisSchedule.Instants(time.Start, time.Start + time.Duration) : (object)DBNull.Value,
        });
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new List<Guid>(PageSize);
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetGuid(0));
        }

        return ids;
    }

    public ValueTask DisposeAsync() => database.DisposeAsync();
}
