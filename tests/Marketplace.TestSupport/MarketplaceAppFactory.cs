using System.Net;
using Marketplace.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Marketplace.TestSupport;

/// <summary>
/// The whole app, as it runs in production, on a throwaway DataPath and database of its own, so test
/// classes can run side by side. The first admin comes from configuration, as in a real deployment.
/// </summary>
public class MarketplaceAppFactory(TestDatabase database, bool demoData = false) : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@peduli.test";
    public const string AdminPassword = "test-admin-passphrase";
    public const string DemoPassword = "test-demo-passphrase";

    public string DataPath { get; } = Directory.CreateTempSubdirectory("peduli-test-").FullName;

    public TestDatabase Database { get; } = database;

    /// <summary>The clock the app's rules read; it keeps real time until a test travels.</summary>
    public TravelClock Clock { get; } = new();

    /// <summary>PBKDF2 rounds of the passwords this app stores: few, unless a test measures how long hashing takes.</summary>
    protected virtual int PasswordRounds => 1_000;

    /// <summary>Serves the app on <paramref name="port"/> of 127.0.0.1 (by default a free one), for a real browser; returns its address.</summary>
    public Uri ServeOnLoopback(int port = 0)
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, port));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        return new Uri(addresses.First());
    }

    /// <summary>The limits of the <c>RateLimits</c> section.</summary>
    public static readonly string[] RateLimitNames = ["SignIn", "FailedSignIn", "Registration", "Search", "UploadsPerClient", "UploadsPerAccount"];

    /// <summary>Runs <paramref name="work"/> with a fresh DI scope, as a request would.</summary>
    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    /// <summary>A client of the app that holds every API answer to the OpenAPI document (<see cref="ConformanceHandler"/>).</summary>
    public new HttpClient CreateClient() => CreateClient(ClientOptions);

    /// <inheritdoc cref="CreateClient()"/>
    public new HttpClient CreateClient(WebApplicationFactoryClientOptions options)
    {
        var handlers = new List<DelegatingHandler>();
        if (options.AllowAutoRedirect)
        {
            handlers.Add(new RedirectHandler(options.MaxAutomaticRedirections));
        }

        if (options.HandleCookies)
        {
            handlers.Add(new CookieContainerHandler());
        }

        handlers.Add(new ConformanceHandler(ConformanceAsync, SiteHosts));
        return CreateDefaultClient(options.BaseAddress, [.. handlers]);
    }

    /// <summary>The checker of answers against the OpenAPI document this app serves, and the operations answered so far.</summary>
    public async Task<OpenApiConformance> ConformanceAsync()
    {
        if (_conformance is null)
        {
            using var client = CreateDefaultClient(ClientOptions.BaseAddress);
            var document = System.Text.Json.Nodes.JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!.AsObject();
            Interlocked.CompareExchange(ref _conformance, new OpenApiConformance(document), null);
        }

        return _conformance;
    }

    private OpenApiConformance? _conformance;

    /// <summary>The hosts the app answers for under test: the test client's, loopback, and its public address's.</summary>
    private HashSet<string> SiteHosts =>
        ["localhost", "127.0.0.1", new Uri(Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>()["PublicUrl"]!).Host];

    /// <summary>API answers are in the language the client asks for; tests read them in English unless they ask otherwise.</summary>
    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("DataPath", DataPath);
        builder.UseSetting("Database:Provider", Database.Provider.ToString());
        builder.UseSetting("Database:MigrateOnStartup", "true");
        if (Database.ConnectionString is not null)
        {
            builder.UseSetting("ConnectionStrings:Marketplace", Database.ConnectionString);
        }

        Database.CreateMigrated(DataPath);

        builder.UseSetting("Seed:AdminEmail", AdminEmail);
        builder.UseSetting("Seed:AdminPassword", AdminPassword);
        builder.UseSetting("Seed:DemoData", demoData ? "true" : "false");
        builder.UseSetting("Seed:DemoPassword", DemoPassword);

        // The outbox looks for work every 100 ms instead of 500 when idle: tests wait for its emails and index updates
        // (Eventually polls every 100 ms), and a deployment's half-second delay would be most of their waiting.
        builder.UseSetting("Outbox:PollInterval", "00:00:00.100");

        // The test client's host and the loopback address browsers are served on; a deployment names its own.
        builder.UseSetting("AllowedHosts", "localhost;127.0.0.1");
        builder.UseSetting("PublicUrl", "http://localhost");

        // Every test request comes from one client address: limits are lifted here, and set low by the tests of them.
        foreach (var limit in RateLimitNames)
        {
            builder.UseSetting($"RateLimits:{limit}:Permits", "1000000");
        }

        // Nobody reads an app's console under test; writing every request's log line to it cost CPU the tests share.
        // Tests of what is logged add their own provider (CapturedLogs).
        builder.ConfigureLogging(logging => logging.ClearProviders());

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);

            // Sign-ins keep real time, so a client signed in before a test travels stays signed in.
            services.PostConfigureAll<BearerTokenOptions>(options => options.TimeProvider = TimeProvider.System);
            services.PostConfigureAll<CookieAuthenticationOptions>(options => options.TimeProvider = TimeProvider.System);

            // The deployed 100,000 PBKDF2 rounds protect stored hashes; the tests make thousands of accounts and need only
            // the same code path. The timing tests of sign-up and sign-in keep the real count (PasswordRounds).
            services.Configure<PasswordHasherOptions>(options => options.IterationCount = PasswordRounds);
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Database.DropAsync();
        await DeleteDataPathAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>
    /// Deletes the app's folder. Once, on a loaded CI machine, deleting it threw an <see cref="IOException"/> (its message
    /// was not kept; most likely a file appearing during the deletion): no test failed, yet the run did. A second try a
    /// moment later is made, and should that fail too the error names what was left, so that whatever still writes after
    /// the app stopped can be found.
    /// </summary>
    private async Task DeleteDataPathAsync()
    {
        try
        {
            Directory.Delete(DataPath, recursive: true);
        }
        catch (IOException) when (Directory.Exists(DataPath))
        {
            await Task.Delay(TimeSpan.FromMilliseconds(500));
            try
            {
                Directory.Delete(DataPath, recursive: true);
            }
            catch (IOException failure) when (Directory.Exists(DataPath))
            {
                var left = Directory.EnumerateFileSystemEntries(DataPath, "*", SearchOption.AllDirectories).Select(entry => Path.GetRelativePath(DataPath, entry));
                throw new IOException($"The test app's folder {DataPath} could not be deleted; still in it: {string.Join(", ", left)}", failure);
            }
        }
    }
}

/// <summary>The app on SQLite, the embedded default.</summary>
public sealed class SqliteAppFactory() : MarketplaceAppFactory(TestDatabase.Sqlite());

/// <summary>The app on a real PostgreSQL server.</summary>
public sealed class PostgresAppFactory() : MarketplaceAppFactory(TestDatabase.Postgres());

/// <summary>The app on SQLite hashing passwords as deployed, for the tests that compare how long sign-ups and sign-ins take.</summary>
public sealed class DeployedHashingAppFactory() : MarketplaceAppFactory(TestDatabase.Sqlite())
{
    protected override int PasswordRounds => new PasswordHasherOptions().IterationCount;
}

/// <summary>The app on SQLite with the South Sulawesi demo data.</summary>
public sealed class DemoAppFactory() : MarketplaceAppFactory(TestDatabase.Sqlite(), demoData: true);


/// <summary>
/// The app taking cards through Stripe, with Stripe played by a <see cref="FakeStripe"/> on 127.0.0.1 that sends its
/// webhooks back to this app; with <paramref name="connect"/>, charges go to providers' connected accounts (Stripe Connect).
/// </summary>
public class StripeAppFactory(TestDatabase database, bool demoData = false, bool connect = false) : MarketplaceAppFactory(database, demoData)
{
    private HttpClient? _webhookClient;

    public FakeStripe Stripe { get; } = FakeStripe.StartAsync().GetAwaiter().GetResult();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Payments:Processor", "Stripe");
        builder.UseSetting("Payments:Stripe:SecretKey", FakeStripe.SecretKey);
        builder.UseSetting("Payments:Stripe:WebhookSecret", FakeStripe.WebhookSecret);
        builder.UseSetting("Payments:Stripe:ApiBase", Stripe.BaseAddress.AbsoluteUri);
        builder.UseSetting("Payments:Stripe:CheckoutOrigin", Stripe.BaseAddress.AbsoluteUri);
        builder.UseSetting("Payments:Stripe:Connect", connect ? "true" : "false");
        Stripe.App = () => _webhookClient ??= CreateClient();
    }

    public override async ValueTask DisposeAsync()
    {
        await Stripe.DisposeAsync();
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

/// <summary>Cards through the fake Stripe, on SQLite.</summary>
public sealed class SqliteStripeAppFactory() : StripeAppFactory(TestDatabase.Sqlite());

/// <summary>Cards through the fake Stripe, on PostgreSQL.</summary>
public sealed class PostgresStripeAppFactory() : StripeAppFactory(TestDatabase.Postgres());

/// <summary>Cards through the fake Stripe with Stripe Connect, on SQLite.</summary>
public sealed class SqliteConnectAppFactory() : StripeAppFactory(TestDatabase.Sqlite(), connect: true);

/// <summary>Cards through the fake Stripe with Stripe Connect, on PostgreSQL.</summary>
public sealed class PostgresConnectAppFactory() : StripeAppFactory(TestDatabase.Postgres(), connect: true);
