using Marketplace.Application.Listings;
using Marketplace.Application.Search.Services;

namespace Marketplace.IntegrationTests.Search;

/// <summary>
/// What every adapter of the services search port must do: find daycares by needs and opening day and
/// clinic stops by date, nearest first; replace a listing's documents as a whole; and ignore a replacement
/// older than the one it holds. Each engine runs it through a subclass.
/// </summary>
public abstract class ServiceIndexBehaviour : IAsyncLifetime
{
    private const double Lat = -5.1322;
    private const double Lon = 119.4894;
    private static readonly DateOnly Monday = new(2026, 12, 7);

    private readonly Guid _near = Guid.NewGuid();
    private readonly Guid _far = Guid.NewGuid();
    private readonly Guid _clinic = Guid.NewGuid();
    private IServiceSearchIndex _index = null!;

    public async Task InitializeAsync()
    {
        _index = await CreateIndexAsync();
        await _index.ReplaceAllAsync(new[] { Daycare(_near, 0.005, ["autism"]), Daycare(_far, 0.02, ["autism", "wheelchair"]) }.ToAsyncEnumerable(), 1, CancellationToken.None);
    }

    public virtual Task DisposeAsync() => Task.CompletedTask;

    protected abstract Task<IServiceSearchIndex> CreateIndexAsync();

    protected abstract Task SettleAsync();

    [Fact]
    public async Task Daycares_AreFoundByNeedsAndOpeningDay_NearestFirst()
    {
        await SettleAsync();

        Assert.Equal([_near, _far], await ListingsAsync(DaycareSearch(["autism"], Monday)));
        Assert.Equal([_far], await ListingsAsync(DaycareSearch(["autism", "wheelchair"], Monday)));
        Assert.Empty(await ListingsAsync(DaycareSearch([], Monday.AddDays(6))));
        Assert.Equal([_near], await ListingsAsync(DaycareSearch([], Monday) with { RadiusKm = 1 }));
    }

    [Fact]
    public async Task ClinicStops_AreFoundOnTheirDate_AndNotOnceOver()
    {
        await _index.ReplaceListingAsync(_clinic, [Stop(Monday), Stop(Monday.AddDays(7))], 2, CancellationToken.None);
        await SettleAsync();

        var onMonday = await _index.SearchAsync(ClinicSearch(Monday), CancellationToken.None);
        Assert.Equal([Monday], onMonday.Items.Select(hit => hit.Date));
        Assert.Equal(2, (await _index.SearchAsync(ClinicSearch(null), CancellationToken.None)).Total);
        Assert.Equal(1, (await _index.SearchAsync(ClinicSearch(null) with { NotBefore = Monday.AddDays(1) }, CancellationToken.None)).Total);
    }

    [Fact]
    public async Task AReplacement_DropsStopsThatAreGone_AndAnEmptyOneRemovesTheListing()
    {
        await _index.ReplaceListingAsync(_clinic, [Stop(Monday), Stop(Monday.AddDays(7))], 2, CancellationToken.None);
        await _index.ReplaceListingAsync(_clinic, [Stop(Monday.AddDays(7))], 3, CancellationToken.None);
        await SettleAsync();
        Assert.Equal(1, (await _index.SearchAsync(ClinicSearch(null), CancellationToken.None)).Total);

        await _index.ReplaceListingAsync(_near, [], 4, CancellationToken.None);
        await SettleAsync();
        Assert.Equal([_far], await ListingsAsync(DaycareSearch([], Monday)));
    }

    [Fact]
    public async Task AnOlderReplacement_ArrivingLate_IsIgnored()
    {
        await _index.ReplaceListingAsync(_near, [Daycare(_near, 0.005, ["autism", "wheelchair"])], 20, CancellationToken.None);

        await _index.ReplaceListingAsync(_near, [Daycare(_near, 0.005, ["autism"])], 10, CancellationToken.None);
        await SettleAsync();

        Assert.Equal([_near, _far], await ListingsAsync(DaycareSearch(["wheelchair"], Monday)));
    }

    private static ServiceDocument Daycare(Guid id, double north, IReadOnlyList<string> needs) =>
        new(id, id, ListingKind.Daycare, "Rumah Ceria", "Jl. Perintis", Lat + north, Lon, needs, [DayOfWeek.Monday, DayOfWeek.Tuesday], null, 120_000);

    private ServiceDocument Stop(DateOnly date) =>
        new(Guid.NewGuid(), _clinic, ListingKind.MobileClinic, "Klinik Keliling", "Balai Desa", Lat, Lon + 0.01, [], [], date, 25_000);

    private static ServiceSearchQuery DaycareSearch(IReadOnlyList<string> needs, DateOnly date) =>
        new(ListingKind.Daycare, Lat, Lon, 5, needs, date, Page: 1, PageSize: 20);

    private static ServiceSearchQuery ClinicSearch(DateOnly? date) =>
        new(ListingKind.MobileClinic, Lat, Lon, 5, [], date, Page: 1, PageSize: 20);

    private async Task<List<Guid>> ListingsAsync(ServiceSearchQuery query) =>
        [.. (await _index.SearchAsync(query, CancellationToken.None)).Items.Select(hit => hit.ListingId)];
}
