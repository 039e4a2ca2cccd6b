using Marketplace.IntegrationTests.Hostile;
using Marketplace.TestSupport;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.IntegrationTests.Security;

/// <summary>
/// Who may call what (OWASP ASVS 5.0 V8): every endpoint of the API and every page and form, as each of nine
/// users (<see cref="Who"/>), answers as its row in <see cref="ApiMatrixRows"/> or <see cref="PageMatrixRows"/>
/// says, and a write refused to someone changes nothing in the database. An endpoint the app serves without a
/// row, or a row for one it no longer serves, fails the test: a new endpoint is added to the matrix with it.
/// </summary>
public abstract class AuthorizationMatrixTests<TFactory>(MatrixApp<TFactory> fixture) : IClassFixture<MatrixApp<TFactory>>
    where TFactory : MarketplaceAppFactory, new()
{
    private static IEnumerable<MatrixRow> Rows => ApiMatrixRows.Rows().Concat(PageMatrixRows.Rows());

    [Fact]
    public async Task EveryEndpointAndPage_AnswersEachUser_AsTheMatrixSays_AndARefusedWriteChangesNothing()
    {
        var failures = new List<string>();
        var database = new RefusalGuard(fixture.App);
        foreach (var row in Rows)
        {
            if (row.RunsAtOnce)
            {
                // At most nine at once: one address signs in nine times at once at most (SignInThrottle queues eight behind one).
                foreach (var users in Enum.GetValues<Who>().Chunk(9))
                {
                    failures.AddRange((await Task.WhenAll(users.Select(who => CellAsync(row, who)))).OfType<string>());
                }

                database.Forget(row.IsWrite);
                continue;
            }

            foreach (var who in Enum.GetValues<Who>())
            {
                var guarded = row.For(who).IsRefusal;
                await database.BeforeAsync(guarded);
                if (await CellAsync(row, who) is { } differs)
                {
                    failures.Add(differs);
                }

                if (!await database.AfterAsync(guarded))
                {
                    failures.Add($"{row.Method} {row.Url(fixture.World)} as {who}: refused, yet the database changed");
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} cells of the matrix differ:\n" + string.Join("\n", failures));

        // Every answer was held to the OpenAPI document as it came (ConformanceHandler); here, every operation it lists was called.
        var conformance = await fixture.App.ConformanceAsync();
        Assert.Empty(conformance.Operations.Except(conformance.Answered.Keys).Order());
    }

    [Fact]
    public void EveryEndpointAndPageOfTheApp_HasARowInTheMatrix()
    {
        var served = fixture.App.Services.GetServices<EndpointDataSource>().SelectMany(source => source.Endpoints).OfType<RouteEndpoint>()
            .SelectMany(endpoint => (endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"])
                .Select(method => $"{method} {endpoint.RoutePattern.RawText!.TrimStart('/')}"))
            .ToHashSet();
        var listed = Rows.Select(row => $"{row.Method} {row.Template}").ToHashSet();

        Assert.True(served.SetEquals(listed), "Served without a row:\n" + string.Join("\n", served.Except(listed).Order())
            + "\nA row, not served:\n" + string.Join("\n", listed.Except(served).Order()));
    }

    [Fact]
    public async Task EveryPageForm_SentWithoutItsAntiforgeryToken_IsRefusedWith400_AndChangesNothing()
    {
        var world = fixture.World;
        var failures = new List<string>();
        var database = new RefusalGuard(fixture.App);
        foreach (var row in PageMatrixRows.Rows().Where(row => row.IsWrite))
        {
            var url = row.Url(world);
            foreach (var who in Enum.GetValues<Who>().Where(who => !row.For(who).IsRefusal))
            {
                await database.BeforeAsync(guarded: true);

                // Refused, a sign-out ends nothing: the shared session serves.
                var (client, _) = await SessionAsync(row, who, ownSession: false);
                using var response = await MatrixRequests.SendAsync(row, url, client, world, token: null);
                var page = await response.Content.ReadAsStringAsync();

                // The error page, not the form shown again with its errors: the token was missed, not a field.
                if ((int)response.StatusCode != 400 || !page.Contains("id=\"error-title\"", StringComparison.Ordinal))
                {
                    failures.Add($"POST {url} as {who} without a token: {(int)response.StatusCode}, not the 400 error page");
                }

                if (!await database.AfterAsync(guarded: true))
                {
                    failures.Add($"POST {url} as {who} without a token changed the database");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>Sends the row's request as <paramref name="who"/>; a line saying how the answer differs from the matrix, or null.</summary>
    private async Task<string?> CellAsync(MatrixRow row, Who who)
    {
        var url = row.Url(fixture.World);
        var (client, token) = await SessionAsync(row, who, ownSession: row.EndsTheSession);
        using var response = await MatrixRequests.SendAsync(row, url, client, fixture.World, token);
        var answer = MatrixRequests.Answer(response);
        return answer == row.For(who) ? null : $"{row.Method} {url} as {who}: {answer}, expected {row.For(who)}";
    }

    /// <summary>The user's client for the row, and the antiforgery token of a page session (one of its own if <paramref name="ownSession"/>).</summary>
    private async Task<(HttpClient Client, string? Token)> SessionAsync(MatrixRow row, Who who, bool ownSession)
    {
        var world = fixture.World;
        if (!row.OnPages)
        {
            return (world.Api(who), null);
        }

        if (!ownSession)
        {
            return (world.Pages(who), world.Token(who));
        }

        var session = await world.NewPageSessionAsync(who);
        return (session, await session.AntiforgeryTokenAsync("/"));
    }

    /// <summary>
    /// Takes the database's fingerprint around refused writes. The fingerprint after one refusal stands for the
    /// state before the next, until a write that may change something is sent.
    /// </summary>
    private sealed class RefusalGuard(MarketplaceAppFactory app)
    {
        private string? _known;

        public async Task BeforeAsync(bool guarded)
        {
            if (guarded)
            {
                _known ??= await DatabaseFingerprint.TakeAsync(app);
            }
        }

        /// <summary>False when a guarded request changed the database; an unguarded one may have, so the state is taken again.</summary>
        public async Task<bool> AfterAsync(bool guarded)
        {
            if (!guarded)
            {
                _known = null;
                return true;
            }

            var after = await DatabaseFingerprint.TakeAsync(app);
            var unchanged = after == _known;
            _known = after;
            return unchanged;
        }

        /// <summary>After writes sent at once, the state is taken again before the next refusal.</summary>
        public void Forget(bool wrote) => _known = wrote ? null : _known;
    }
}

/// <summary>The app of one database provider with the matrix's users and resources, made once for the test class.</summary>
public sealed class MatrixApp<TFactory> : IAsyncLifetime
    where TFactory : MarketplaceAppFactory, new()
{
    public TFactory App { get; } = new();

    internal MatrixWorld World { get; private set; } = null!;

    public async Task InitializeAsync() => World = await MatrixWorld.MakeAsync(App);

    public async Task DisposeAsync() => await App.DisposeAsync();
}

/// <summary>
/// On the embedded default only: who may call what is decided by the app before any query runs, so the answer does not
/// depend on the database. Every read by those entitled runs on both databases in ReadsAfterChangesTests.
/// </summary>
public sealed class AuthorizationMatrixOnSqlite(MatrixApp<SqliteAppFactory> fixture) : AuthorizationMatrixTests<SqliteAppFactory>(fixture);
