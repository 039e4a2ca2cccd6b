using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Marketplace.Application.Search;
using Marketplace.Application.SharedKernel;
using Marketplace.Infrastructure.Outbox;
using Marketplace.Infrastructure.Persistence.Providers;
using Marketplace.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.IntegrationTests.Search;

/// <summary>
/// The embedded index commits on a schedule, so a process killed with <c>kill -9</c> loses the writes made
/// since its last commit although the outbox recorded them as delivered. The next start must deliver them
/// again: no change the database kept may be missing from search.
/// </summary>
public sealed class SearchIndexCrashTests : IAsyncLifetime
{
    private const string Makassar = "/api/v1/search/caregivers?lat=-5.14&lon=119.42&radiusKm=50&verifiedOnly=false&pageSize=50";

    private readonly string _root = Directory.CreateTempSubdirectory("peduli-index-crash-").FullName;
    private readonly TestDatabase _database = TestDatabase.Postgres();
    private readonly List<AppProcess> _instances = [];

    public Task InitializeAsync()
    {
        _database.CreateMigrated(_root);
        return AppProcess.RunCommandAsync(Settings("migrate"), "migrate");
    }

    public async Task DisposeAsync()
    {
        var logs = Directory.CreateDirectory(Path.Combine(RepositoryRoot.Path, "artifacts", "index-crash")).FullName;
        foreach (var instance in _instances)
        {
            await instance.DisposeAsync();
            await File.WriteAllLinesAsync(Path.Combine(logs, $"{Path.GetFileName(_root)}-{instance.Name}.log"), instance.Log);
        }

        await _database.DropAsync();
        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public async Task WritesTheIndexHadNotCommitted_WhenItsProcessWasKilled_AreSearchableAfterTheRestart()
    {
        var first = await StartAsync("first");
        var before = await RatesAsync(first);
        Assert.NotEmpty(before);

        // New rates, saved as a use case saves them: the row and its outbox message in one transaction.
        var raised = before.ToDictionary(caregiver => caregiver.Key, caregiver => caregiver.Value + 1_000);
        await using (var db = OpenDatabase())
        {
            foreach (var (id, rate) in raised)
            {
                await db.Caregivers.Where(c => c.Id == id).ExecuteUpdateAsync(set => set.SetProperty(c => c.HourlyRate, Money.FromRupiah(rate)));
                db.OutboxMessages.Add(OutboxMessage.For(new CaregiverChanged(id), DateTimeOffset.UtcNow));
            }

            await db.SaveChangesAsync();
        }

        // Searchable at once, but not committed: this instance commits once an hour.
        await Eventually.TrueAsync(async () => Same(raised, await RatesAsync(first)), "the first instance shows the new rates", TimeSpan.FromMinutes(1));
        await first.KillAsync();

        var second = await StartAsync("second");

        await Eventually.TrueAsync(async () => Same(raised, await RatesAsync(second)), "the restarted instance shows the new rates", TimeSpan.FromMinutes(1));
        Assert.NotEmpty(second.LinesWith("are due again"));
    }

    private static bool Same(Dictionary<Guid, long> expected, Dictionary<Guid, long> found) =>
        expected.Count == found.Count && expected.All(caregiver => found.GetValueOrDefault(caregiver.Key) == caregiver.Value);

    private static async Task<Dictionary<Guid, long>> RatesAsync(AppProcess instance)
    {
        using var client = instance.Client();
        var page = await client.GetFromJsonAsync<JsonElement>(Makassar);
        return page.GetProperty("items").EnumerateArray().ToDictionary(
            hit => hit.GetProperty("id").GetGuid(), hit => hit.GetProperty("hourlyRateIdr").GetInt64());
    }

    private async Task<AppProcess> StartAsync(string name)
    {
        var instance = await AppProcess.StartAsync(name, Settings("app"));
        _instances.Add(instance);
        return instance;
    }

    private Dictionary<string, string> Settings(string dataFolder)
    {
        var settings = InstanceSettings.OnPostgres(_database, Path.Combine(_root, dataFolder), Path.Combine(_root, "documents"));
        settings["Search:CommitEvery"] = TimeSpan.FromHours(1).ToString("c", CultureInfo.InvariantCulture);
        settings["Outbox:PollInterval"] = "00:00:00.100";
        return settings;
    }

    private PostgresMarketplaceDbContext OpenDatabase() =>
        new(new DbContextOptionsBuilder<PostgresMarketplaceDbContext>().UseNpgsql(_database.ConnectionString).Options);
}
