using Marketplace.Application.Search;
using Npgsql;
using NpgsqlTypes;

namespace Marketplace.Benchmarks;

/// <summary>
/// The same caregivers in PostgreSQL + PostGIS, the baseline the embedded engine is compared with: a
/// geography point with a GiST index, GIN indexes on skills, languages and the words Lucene searches (name,
/// bio and the skills' names, <see cref="CaregiverDocument.SearchableText"/>; 'simple' configuration:
/// PostgreSQL has no Indonesian stemmer), the weekly windows and busy times of <see cref="PostGisSchedule"/>,
/// then VACUUM ANALYZE. Searches are <see cref="PostGisSearch"/>'s.
/// </summary>
internal static class PostGisCaregivers
{
    public static async Task LoadAsync(NpgsqlDataSource database, IEnumerable<CaregiverDocument> caregivers)
    {
        await using (var setup = database.CreateCommand("""
            CREATE EXTENSION IF NOT EXISTS postgis;
            DROP TABLE IF EXISTS caregivers;
            CREATE TABLE caregivers (
                id uuid PRIMARY KEY, name text NOT NULL, searchable text NOT NULL, skills text[] NOT NULL, languages text[] NOT NULL,
                rate bigint NOT NULL, verified boolean NOT NULL, radius_km integer NOT NULL, lat double precision NOT NULL, lon double precision NOT NULL,
                weekly int4range[] NOT NULL, busy tstzmultirange NOT NULL,
                geog geography(Point, 4326) GENERATED ALWAYS AS (ST_SetSRID(ST_MakePoint(lon, lat), 4326)::geography) STORED,
                words tsvector GENERATED ALWAYS AS (to_tsvector('simple', searchable)) STORED);
            """))
        {
            await setup.ExecuteNonQueryAsync();
        }

        await using (var connection = await database.OpenConnectionAsync())
        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY caregivers (id, name, searchable, skills, languages, rate, verified, radius_km, lat, lon, weekly, busy) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var caregiver in caregivers)
            {
                await copy.StartRowAsync();
                await copy.WriteAsync(caregiver.Id, NpgsqlDbType.Uuid);
                await copy.WriteAsync(caregiver.FullName, NpgsqlDbType.Text);
                await copy.WriteAsync(caregiver.SearchableText(), NpgsqlDbType.Text);
                await copy.WriteAsync(caregiver.Skills.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text);
                await copy.WriteAsync(caregiver.Languages.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text);
                await copy.WriteAsync(caregiver.HourlyRateIdr, NpgsqlDbType.Bigint);
                await copy.WriteAsync(caregiver.Verified, NpgsqlDbType.Boolean);
                await copy.WriteAsync(caregiver.ServiceRadiusKm, NpgsqlDbType.Integer);
                await copy.WriteAsync(caregiver.Lat, NpgsqlDbType.Double);
                await copy.WriteAsync(caregiver.Lon, NpgsqlDbType.Double);
                await copy.WriteAsync(PostGisSchedule.Windows(caregiver.TimeZone, caregiver.Weekly), NpgsqlDbType.Array | NpgsqlDbType.IntegerRange);
                await copy.WriteAsync(PostGisSchedule.Busy(caregiver.TimeOff, caregiver.Booked), NpgsqlDbType.TimestampTzMultirange);
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
    }

    public static async Task<long> TableBytesAsync(NpgsqlDataSource database)
    {
        await using var command = database.CreateCommand("SELECT pg_total_relation_size('caregivers')");
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
