using Marketplace.TestSupport;
using static Marketplace.TestSupport.TestBookings;

namespace Marketplace.IntegrationTests.OpenApi;

/// <summary>
/// A client generated from the served document works as a partner's would: openapi-typescript generates TypeScript
/// types from it, <c>tsc --strict</c> compiles <c>tests/openapi/journey.mts</c> against them, and node runs that journey
/// (sign in, refresh, search, book, accept, cancel, sign out) against the app over HTTP.
/// </summary>
public sealed class GeneratedClientJourneyTests(GeneratedClientJourneyTests.LoopbackApp app) : IClassFixture<GeneratedClientJourneyTests.LoopbackApp>
{
    /// <summary>The app served over HTTP on loopback, where node can reach it.</summary>
    public sealed class LoopbackApp() : MarketplaceAppFactory(TestDatabase.Sqlite()), IAsyncLifetime
    {
        public Uri Address { get; private set; } = null!;

        public Task InitializeAsync()
        {
            Address = ServeOnLoopback();
            return Task.CompletedTask;
        }

        Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();
    }

    [Fact]
    public async Task AGeneratedTypeScriptClient_Compiles_AndBooksAndCancels()
    {
        var (family, _) = await app.NewFamilyAsync();
        var (caregiver, caregiverId) = await app.NewBookableCaregiverAsync();
        await Eventually.TrueAsync(async () => (await app.CreateClient().GetStringAsync("/api/v1/search/caregivers?lat=-5.1477&lon=119.4327&radiusKm=25&pageSize=100"))
            .Contains(caregiverId.ToString(), StringComparison.Ordinal), "the caregiver is found by search");
        var generated = Path.Combine(OpenApiTools.Folder, "generated");
        Directory.CreateDirectory(generated);
        await File.WriteAllTextAsync(Path.Combine(generated, "openapi.json"), await app.CreateClient().GetStringAsync("/openapi/v1.json"));

        var types = await OpenApiTools.RunAsync("openapi-typescript", OpenApiTools.Folder, "generated/openapi.json", "--output", "generated/peduli.d.ts");
        Assert.True(types.ExitCode == 0, types.ToString());
        var compiled = await OpenApiTools.RunAsync("tsc", OpenApiTools.Folder, "--project", "tsconfig.json");
        Assert.True(compiled.ExitCode == 0, compiled.ToString());

        var journey = await OpenApiTools.RunProcessAsync("node", OpenApiTools.Folder, [Path.Combine("generated", "out", "journey.mjs")], new Dictionary<string, string>
        {
            ["PEDULI_URL"] = app.Address.ToString().TrimEnd('/'),
            ["FAMILY_EMAIL"] = await family.EmailOfAsync(),
            ["CAREGIVER_EMAIL"] = await caregiver.EmailOfAsync(),
            ["CAREGIVER_ID"] = caregiverId.ToString(),
            ["PASSWORD"] = Accounts.Password,
            ["VISIT_START"] = Iso(Next(DayOfWeek.Thursday, 9)),
        });
        Assert.True(journey.ExitCode == 0, journey.ToString());
        Assert.Contains("journey done", journey.Output, StringComparison.Ordinal);
    }
}
