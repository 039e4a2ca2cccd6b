using Marketplace.Application.Search;
using Npgsql;
using NpgsqlTypes;

namespace Marketplace.Benchmarks;

/// <summary>
/// The same caregivers in PostgreSQL + PostGIS, the baseline the embedded engine is compared with: a
/// geography point with a GiST index, GIN indexes on skills, languages and the words of name and bio
/// ('simple' configuration: PostgreSQL has no Indonesian stemmer). A search is ST_DWithin for the family's
/// radius and the caregiver's own, the same filters, nearest 20 first.
/// </summary>
internal sealed class PostGisCaregivers(NpgsqlDataSource database) : IAsyncDisposable
{
    private const string Search = """
        SELECT id, name, ST_Distance(geog, q.point, false) AS metres
        FROM caregivers, (SELECT ST_SetSRID(ST_MakePoint(@lon, @lat), 4326)::geography AS point) AS q
        WHERE ST_DWithin(geog, q.point, @radius, false)
          AND ST_DWithin(geog, q.point, radius_km * 1000.0, false)
          AND skills @> @skills
          AND languages && @languages
          AND (@max_rate::bigint IS NULL OR rate <= @max_rate)
          AND verified
          AND (@text::text IS NULL OR words @@ plainto_tsquery('simple', @text))
        ORDER BY geog <-> q.point, id
        LIMIT 20
        """;

    public static async Task<PostGisCaregivers> LoadAsync(string connectionString, IEnumerable<CaregiverDocument> caregivers)
    {
        var database = NpgsqlDataSource.Create(connectionString);
        await using (var setup = database.CreateCommand("""
            CREATE EXTENSION IF NOT EXISTS postgis;
            DROP TABLE IF EXISTS caregivers;
            CREATE TABLE caregivers (
                id uuid PRIMARY KEY, name text NOT NULL, bio text NOT NULL, skills text[] NOT NULL, languages text[] NOT NULL,
                rate bigint NOT NULL, verified boolean NOT NULL, radius_km integer NOT NULL, lat double precision NOT NULL, lon double precision NOT NULL,
                geog geography(Point, 4326) GENERATED ALWAYS AS (ST_SetSRID(ST_MakePoint(lon, lat), 4326)::geography) STORED,
                words tsvector GENERATED ALWAYS AS (to_tsvector('simple', name || ' ' || bio)) STORED);
            """))
        {
            await setup.ExecuteNonQueryAsync();
        }

        await using (var connection = await database.OpenConnectionAsync())
        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY caregivers (id, name, bio, skills, languages, rate, verified, radius_km, lat, lon) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var caregiver in caregivers)
            {
                await copy.StartRowAsync();
                await copy.WriteAsync(caregiver.Id, NpgsqlDbType.Uuid);
                await copy.WriteAsync(caregiver.FullName, NpgsqlDbType.Text);
                await copy.WriteAsync(caregiver.Bio, NpgsqlDbType.Text);
                await copy.WriteAsync(caregiver.Skills.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text);
                await copy.WriteAsync(caregiver.Languages.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text);
                await copy.WriteAsync(caregiver.HourlyRateIdr, NpgsqlDbType.Bigint);
                await copy.WriteAsync(caregiver.Verified, NpgsqlDbType.Boolean);
                await copy.WriteAsync(caregiver.ServiceRadiusKm, NpgsqlDbType.Integer);
                await copy.WriteAsync(caregiver.Lat, NpgsqlDbType.Double);
                await copy.WriteAsync(caregiver.Lon, NpgsqlDbType.Double);
            }

            await copy.CompleteAsync();
        }

        await using (var index = database.CreateCommand("""
            CREATE INDEX caregivers_geog ON caregivers USING gist (geog);
            CREATE INDEX caregivers_skills ON caregivers USING gin (skills);
            CREATE INDEX caregivers_languages ON caregivers USING gin (languages);
            CREATE INDEX caregivers_words ON caregivers USING gin (words);
            """))
        {
            index.CommandTimeout = 0;
            await index.ExecuteNonQueryAsync();
        }

        // VACUUM may not share a batch with other statements.
        await using (var vacuum = database.CreateCommand("VACUUM ANALYZE caregivers"))
        {
            vacuum.CommandTimeout = 0;
            await vacuum.ExecuteNonQueryAsync();
        }

        return new PostGisCaregivers(database);
    }

    /// <summary>The nearest 20 that match; returns how many rows came back.</summary>
    public async Task<int> SearchAsync(CaregiverSearchQuery query)
    {
        await using var command = database.CreateCommand(Search);
        command.Parameters.AddWithValue("lat", query.Lat);
        command.Parameters.AddWithValue("lon", query.Lon);
        command.Parameters.AddWithValue("radius", query.RadiusKm * 1000);
        command.Parameters.AddWithValue("skills", query.Skills.ToArray());
        command.Parameters.AddWithValue("languages", query.Languages.ToArray());
        command.Parameters.Add(new NpgsqlParameter("max_rate", NpgsqlDbType.Bigint) { Value = (object?)query.MaxRateIdr ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("text", NpgsqlDbType.Text) { Value = (object?)query.Text ?? DBNull.Value });
        await using var reader = await command.ExecuteReaderAsync();
        var rows = 0;
        while (await reader.ReadAsync())
        {
            rows++;
        }

        return rows;
    }

    public async Task<long> TableBytesAsync()
    {
        await using var command = database.CreateCommand("SELECT pg_total_relation_size('caregivers')");
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public ValueTask DisposeAsync() => database.DisposeAsync();
}
