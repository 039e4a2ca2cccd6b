using System.Net;
using Marketplace.TestSupport;
using Npgsql;

namespace Marketplace.IntegrationTests.Security;

/// <summary>
/// When the database stops answering (here: the network to PostgreSQL is cut), callers are told to come back
/// shortly, a 503 with <c>Retry-After</c>, not a 500 that reads as our fault.
/// </summary>
public sealed class DatabaseOutageTests(DatabaseOutageTests.RelayedPostgres app) : IClassFixture<DatabaseOutageTests.RelayedPostgres>
{
    [Fact]
    public async Task WithTheDatabaseUnreachable_TheApiAnswers503WithRetryAfter_AndThePagesSayItInWords()
    {
        var family = await app.NewAccountAsync("family");
        var page = await app.OnPagesAsync(family);

        app.Relay.Cut();
        try
        {
            var api = await family.GetAsync("/api/v1/me");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, api.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(30), api.Headers.RetryAfter?.Delta);
            Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
            Assert.Equal("The service is unavailable for now.", (await api.ReadJsonAsync()).GetProperty("title").GetString());

            var html = await page.GetAsync("/account");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, html.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(30), html.Headers.RetryAfter?.Delta);
            Assert.Contains("Layanan sedang tidak tersedia sebentar", await html.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        finally
        {
            app.Relay.Restore();
        }
    }

    /// <summary>The app on its own PostgreSQL database, reached through a relay the test can cut.</summary>
    public sealed class RelayedPostgres : MarketplaceAppFactory
    {
        public RelayedPostgres()
            : this(TestDatabase.Postgres())
        {
        }

        private RelayedPostgres(TestDatabase database)
            : this(database, RelayTo(database))
        {
        }

        private RelayedPostgres(TestDatabase database, TcpRelay relay)
            : base(database.Through(relay.Port)) => Relay = relay;

        public TcpRelay Relay { get; }

        public override async ValueTask DisposeAsync()
        {
            Relay.Restore();
            await base.DisposeAsync();
            await Relay.DisposeAsync();
        }

        private static TcpRelay RelayTo(TestDatabase database)
        {
            var server = new NpgsqlConnectionStringBuilder(database.ConnectionString);
            return new TcpRelay(server.Host!, server.Port);
        }
    }
}
