using System.Text.RegularExpressions;
using Marketplace.Infrastructure.Outbox;
using Marketplace.Infrastructure.Persistence.Providers;
using Marketplace.Infrastructure.Seeding;
using Marketplace.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.IntegrationTests.ScaleOut;

/// <summary>
/// Two instances of the app, each a process of its own with its own data folder, on one PostgreSQL database with the
/// demo data, sharing one documents folder and sending email through one (fake) SendGrid: a deployment behind a load
/// balancer, as docs/operations.md describes. The database is migrated and seeded once, by the <c>migrate</c> command,
/// before either starts; the scheduled jobs keep their production intervals, so each runs once, at start-up.
/// </summary>
public sealed partial class TwoInstances : IAsyncLifetime
{
    private readonly string _root = Directory.CreateTempSubdirectory("peduli-two-instances-").FullName;

    public TestDatabase Database { get; } = TestDatabase.Postgres();

    public FakeSendGrid SendGrid { get; private set; } = null!;

    public AppProcess A { get; private set; } = null!;

    public AppProcess B { get; private set; } = null!;

    public IReadOnlyList<AppProcess> Both => [A, B];

    public async Task InitializeAsync()
    {
        Database.CreateMigrated(_root);
        SendGrid = await FakeSendGrid.StartAsync();
        await AppProcess.RunCommandAsync(SettingsFor("migrate"), "migrate");
        var starting = new[] { AppProcess.StartAsync("A", SettingsFor("a")), AppProcess.StartAsync("B", SettingsFor("b")) };
        try
        {
            var started = await Task.WhenAll(starting);
            (A, B) = (started[0], started[1]);
        }
        catch
        {
            // xUnit does not dispose a fixture that failed to start: the instance that did start must not outlive the test run.
            foreach (var instance in starting.Where(start => start.IsCompletedSuccessfully))
            {
                await instance.Result.DisposeAsync();
            }

            throw;
        }
    }

    public async Task DisposeAsync()
    {
        // Each instance's console stays in artifacts/scale-out for whoever reads a failure.
        var logs = Directory.CreateDirectory(Path.Combine(RepositoryRoot.Path, "artifacts", "scale-out")).FullName;
        foreach (var instance in new[] { A, B }.OfType<AppProcess>())
        {
            await instance.DisposeAsync();
            await File.WriteAllLinesAsync(Path.Combine(logs, $"{Path.GetFileName(_root)}-{instance.Name}.log"), instance.Log);
        }

        await SendGrid.DisposeAsync();
        await Database.DropAsync();
        Directory.Delete(_root, recursive: true);
    }

    /// <summary>A context on the shared database, for what a test sets up or checks below the API.</summary>
    public PostgresMarketplaceDbContext OpenDatabase() =>
        new(new DbContextOptionsBuilder<PostgresMarketplaceDbContext>().UseNpgsql(Database.ConnectionString).Options);

    /// <summary>Puts <paramref name="messages"/> in the outbox, as the saves that make them do, and returns their ids.</summary>
    public async Task<IReadOnlyList<Guid>> EnqueueAsync<T>(IEnumerable<T> messages)
        where T : class
    {
        await using var db = OpenDatabase();
        var rows = messages.Select(message => OutboxMessage.For(message, DateTimeOffset.UtcNow)).ToList();
        db.OutboxMessages.AddRange(rows);
        await db.SaveChangesAsync();
        return [.. rows.Select(row => row.Id)];
    }

    /// <summary>The ids of the emails SendGrid accepted from <paramref name="instance"/>, as its log names them, in order.</summary>
    public static IEnumerable<Guid> EmailsSentBy(AppProcess instance) =>
        instance.Log.Select(line => SentEmail().Match(line)).Where(match => match.Success).Select(match => Guid.Parse(match.Groups[1].Value));

    /// <summary>The account id of the demo caregiver, whom the tests' verification emails go to.</summary>
    public async Task<Guid> DemoCaregiverAccountIdAsync()
    {
        await using var db = OpenDatabase();
        return await db.Users.Where(u => u.Email == DemoCaregiver).Select(u => u.Id).SingleAsync();
    }

    /// <summary>How many of the outbox messages <paramref name="ids"/> are processed.</summary>
    public async Task<int> ProcessedAsync(IReadOnlyCollection<Guid> ids)
    {
        await using var db = OpenDatabase();
        return await db.OutboxMessages.CountAsync(m => ids.Contains(m.Id) && m.ProcessedAt != null);
    }

    /// <summary>The demo account <paramref name="email"/> signed in through the API of <paramref name="instance"/>; its bearer token is in the client.</summary>
    public static async Task<HttpClient> SignInAsync(AppProcess instance, string email)
    {
        var client = instance.Client();
        await client.SignInAsync(email, MarketplaceAppFactory.DemoPassword);
        return client;
    }

    public static string DemoFamily => DemoDataSeeder.FamilyEmail;

    public static string DemoCaregiver => DemoDataSeeder.CaregiverEmail;

    private Dictionary<string, string> SettingsFor(string instance)
    {
        var settings = InstanceSettings.OnPostgres(Database, Path.Combine(_root, instance), Path.Combine(_root, "shared-documents"));
        settings["Email:Sender"] = "SendGrid";
        settings["Email:SendGrid:ApiKey"] = FakeSendGrid.ApiKey;
        settings["Email:SendGrid:Host"] = SendGrid.BaseAddress.AbsoluteUri;

        // Looked for every 100 ms, and a claim lapses after 15 s (60 by default): a killed instance's messages go to the
        // other one soon, while a batch of 20 (Outbox:BatchSize) still finishes well within its lease on a busy machine.
        settings["Outbox:PollInterval"] = "00:00:00.100";
        settings["Outbox:Lease"] = "00:00:15";
        return settings;
    }

    [GeneratedRegex("Email ([0-9a-f-]{36}) accepted by SendGrid")]
    private static partial Regex SentEmail();
}
