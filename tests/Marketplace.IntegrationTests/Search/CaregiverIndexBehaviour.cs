using Marketplace.Application.Bookings;
using Marketplace.Application.Caregivers;
using Marketplace.Application.Search;
using Marketplace.Application.SharedKernel;

namespace Marketplace.IntegrationTests.Search;

/// <summary>
/// What every adapter of the caregiver search port must do: answer exactly what a full scan of the same
/// caregivers answers (the same total, the same page in the same order, the same facet counts), analyse
/// Indonesian and English text, and keep the newest version of a caregiver whatever order writes arrive in.
/// Each engine runs it through a subclass.
/// </summary>
public abstract class CaregiverIndexBehaviour : IAsyncLifetime
{
    private static readonly string[] SkillPool = ["elder-care", "dementia-care", "stroke-recovery", "wound-care", "childcare", "autism-support"];
    private static readonly string[] LanguagePool = ["id", "bug", "mak", "tor", "en"];
    private static readonly string[] Zones = [IndonesianTimeZones.Wita, IndonesianTimeZones.Wita, IndonesianTimeZones.Wib, IndonesianTimeZones.Wit];

    private readonly List<CaregiverDocument> _caregivers = Generate(4_000, new Random(7371));
    private ICaregiverSearchIndex _index = null!;

    public async Task InitializeAsync()
    {
        _index = await CreateIndexAsync();
        await _index.ReplaceAllAsync(_caregivers.ToAsyncEnumerable(), version: 1, CancellationToken.None);
    }

    public virtual Task DisposeAsync() => Task.CompletedTask;

    /// <summary>A new, empty index of the engine under test.</summary>
    protected abstract Task<ICaregiverSearchIndex> CreateIndexAsync();

    /// <summary>Waits until every write so far is searchable (Elasticsearch shows writes at its next refresh).</summary>
    protected abstract Task SettleAsync();

    [Fact]
    public async Task TheRebuiltIndex_HoldsEveryCaregiver()
    {
        await SettleAsync();

        Assert.Equal(_caregivers.Count, await _index.CountAsync(CancellationToken.None));
    }

    [Fact]
    public async Task RandomSearches_MatchAFullScan()
    {
        await SettleAsync();
        var random = new Random(42);
        var visitsWithMatches = 0;
        for (var i = 0; i < 200; i++)
        {
            var query = RandomQuery(random);

            var found = await _index.SearchAsync(query, CancellationToken.None);

            var expected = BruteForce(query);
            visitsWithMatches += query.Visit is not null && expected.Total > 0 ? 1 : 0;
            Assert.Equal(expected.Total, found.Total);
            Assert.Equal(expected.Items.Select(h => (h.Id, h.DistanceKm)), found.Items.Select(h => (h.Id, h.DistanceKm)));
            Assert.Equal(expected.Facets.Skills.OrderBy(p => p.Key), found.Facets.Skills.OrderBy(p => p.Key));
            Assert.Equal(expected.Facets.Languages.OrderBy(p => p.Key), found.Facets.Languages.OrderBy(p => p.Key));
        }

        // The searches with a visit must find people, or the schedule test above was never exercised.
        Assert.InRange(visitsWithMatches, 20, 200);
    }

    [Fact]
    public async Task RandomSearches_MatchAFullScan_AfterUpdatesAndDeletes()
    {
        var random = new Random(99);
        var version = 10L;
        foreach (var index in Enumerable.Range(0, 300).Select(_ => random.Next(_caregivers.Count)).Distinct().ToList())
        {
            // Moved, re-priced and with other skills: old and new values must not both be found.
            var moved = Generate(1, random)[0] with { Id = _caregivers[index].Id };
            _caregivers[index] = moved;
            await _index.UpsertAsync(moved, ++version, CancellationToken.None);
        }

        foreach (var index in Enumerable.Range(0, 100).Select(_ => random.Next(_caregivers.Count)).Distinct().OrderDescending().ToList())
        {
            await _index.DeleteAsync(_caregivers[index].Id, ++version, CancellationToken.None);
            _caregivers.RemoveAt(index);
        }

        await SettleAsync();
        for (var i = 0; i < 100; i++)
        {
            var query = RandomQuery(random);

            var found = await _index.SearchAsync(query, CancellationToken.None);

            var expected = BruteForce(query);
            Assert.Equal(expected.Total, found.Total);
            Assert.Equal(expected.Items.Select(h => (h.Id, h.DistanceKm, h.HourlyRateIdr)), found.Items.Select(h => (h.Id, h.DistanceKm, h.HourlyRateIdr)));
            Assert.Equal(expected.Facets.Skills.OrderBy(p => p.Key), found.Facets.Skills.OrderBy(p => p.Key));
        }
    }

    [Fact]
    public async Task ARebuildThatFailsHalfway_LeavesTheIndexAsItWas_EvenAfterLaterWrites()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => _index.ReplaceAllAsync(Failing(_caregivers.Take(10)), version: 5, CancellationToken.None));
        var nurse = Caregiver("Pendamping lansia.");
        await _index.UpsertAsync(nurse, version: 6, CancellationToken.None);
        await SettleAsync();

        Assert.Equal(_caregivers.Count + 1, await _index.CountAsync(CancellationToken.None));
        Assert.NotNull(await FindAsync(nurse.Id));
    }

    [Theory]
    [InlineData("merawat")]
    [InlineData("perawatan")]
    [InlineData("perawat")]
    [InlineData("keperawatan")]
    public async Task FormsOfRawat_FindEachOther(string word)
    {
        var nurse = Caregiver("Perawat lansia yang sabar.");
        await _index.UpsertAsync(nurse, version: 2, CancellationToken.None);
        await SettleAsync();

        var found = await _index.SearchAsync(Query(text: word) with { RadiusKm = 1 }, CancellationToken.None);

        Assert.Contains(found.Items, h => h.Id == nurse.Id);
    }

    [Fact]
    public async Task AnEnglishWord_FindsAnEnglishBio()
    {
        var nurse = Caregiver("Patient and caring, experienced with dementia.");
        await _index.UpsertAsync(nurse, version: 2, CancellationToken.None);
        await SettleAsync();

        var found = await _index.SearchAsync(Query(text: "care") with { RadiusKm = 1 }, CancellationToken.None);

        Assert.Contains(found.Items, h => h.Id == nurse.Id);
    }

    [Theory]
    [InlineData("demensia")]
    [InlineData("dementia")]
    [InlineData("pasca stroke")]
    [InlineData("\"pasca stroke\"")]
    [InlineData("stroke recovery")]
    [InlineData("lansia")]
    public async Task ASkillsName_FindsCaregiversWithThatSkill_InEitherLanguage_WhateverTheirBioSays(string words)
    {
        var trained = Caregiver("Sabar dan tepat waktu.") with { Skills = ["dementia-care", "stroke-recovery", "elder-care"] };
        var untrained = Caregiver("Sabar dan tepat waktu.") with { Skills = ["childcare"] };
        await _index.UpsertAsync(trained, version: 2, CancellationToken.None);
        await _index.UpsertAsync(untrained, version: 2, CancellationToken.None);
        await SettleAsync();

        var found = await _index.SearchAsync(Query(text: words) with { RadiusKm = 1 }, CancellationToken.None);

        Assert.Contains(found.Items, h => h.Id == trained.Id);
        Assert.DoesNotContain(found.Items, h => h.Id == untrained.Id);
    }

    [Fact]
    public async Task AnUpdate_ReplacesTheDocument_AndADeleteRemovesIt()
    {
        var nurse = Caregiver("Pendamping lansia.");
        await _index.UpsertAsync(nurse, version: 2, CancellationToken.None);
        await _index.UpsertAsync(nurse with { HourlyRateIdr = 999_000 }, version: 3, CancellationToken.None);
        await SettleAsync();

        Assert.Equal(999_000, (await FindAsync(nurse.Id))?.HourlyRateIdr);

        await _index.DeleteAsync(nurse.Id, version: 4, CancellationToken.None);
        await SettleAsync();
        Assert.Null(await FindAsync(nurse.Id));
    }

    [Fact]
    public async Task AnOlderWrite_ArrivingLate_LeavesTheNewerDocument()
    {
        var nurse = Caregiver("Pendamping lansia.");
        await _index.UpsertAsync(nurse with { HourlyRateIdr = 80_000 }, version: 20, CancellationToken.None);

        await _index.UpsertAsync(nurse with { HourlyRateIdr = 50_000 }, version: 10, CancellationToken.None);
        await _index.DeleteAsync(nurse.Id, version: 15, CancellationToken.None);
        await SettleAsync();

        Assert.Equal(80_000, (await FindAsync(nurse.Id))?.HourlyRateIdr);
    }

    [Fact]
    public async Task AnOlderWrite_ArrivingAfterADelete_DoesNotBringTheCaregiverBack()
    {
        var nurse = Caregiver("Pendamping lansia.");
        await _index.UpsertAsync(nurse, version: 10, CancellationToken.None);
        await _index.DeleteAsync(nurse.Id, version: 30, CancellationToken.None);

        await _index.UpsertAsync(nurse, version: 20, CancellationToken.None);
        await SettleAsync();

        Assert.Null(await FindAsync(nurse.Id));
    }

    private static async IAsyncEnumerable<CaregiverDocument> Failing(IEnumerable<CaregiverDocument> first)
    {
        foreach (var caregiver in first)
        {
            await Task.Yield();
            yield return caregiver;
        }

        throw new InvalidOperationException("The database went away in the middle of the rebuild.");
    }

    private async Task<CaregiverHit?> FindAsync(Guid id) =>
        (await _index.SearchAsync(Query() with { RadiusKm = 1 }, CancellationToken.None)).Items.SingleOrDefault(h => h.Id == id);

    /// <summary>A caregiver at a spot no generated caregiver is near.</summary>
    private static CaregiverDocument Caregiver(string bio) =>
        new(Guid.NewGuid(), "Uji Coba", bio, ["elder-care"], ["id"], 60_000, -3.5, 120.0, 10, true, null, 0, IndonesianTimeZones.Wita, [], [], []);

    private static CaregiverSearchQuery Query(string? text = null) =>
        new(-3.5, 120.0, 10, [], [], null, true, text, SearchSort.Distance, 1, 20);

    private CaregiverSearchResult BruteForce(CaregiverSearchQuery query)
    {
        var matches = _caregivers
            .Select(c => (Caregiver: c, Km: Math.Round(Distance.Km(query.Lat, query.Lon, c.Lat, c.Lon), 3), Exact: Distance.Km(query.Lat, query.Lon, c.Lat, c.Lon)))
            .Where(m => m.Exact <= query.RadiusKm && m.Exact <= m.Caregiver.ServiceRadiusKm
                && query.Skills.All(m.Caregiver.Skills.Contains)
                && (query.Languages.Count == 0 || query.Languages.Any(m.Caregiver.Languages.Contains))
                && (query.MaxRateIdr is null || m.Caregiver.HourlyRateIdr <= query.MaxRateIdr)
                && (!query.VerifiedOnly || m.Caregiver.Verified)
                && (query.Visit is not { } visit || m.Caregiver.IsAvailable(visit.Start, visit.Duration)))
            .ToList();
        var ordered = (query.Sort switch
            {
                SearchSort.Price => matches.OrderBy(m => m.Caregiver.HourlyRateIdr).ThenBy(m => m.Exact),
                SearchSort.Rating => matches.OrderByDescending(m => m.Caregiver.RatingRank ?? -1).ThenBy(m => m.Exact),
                _ => matches.OrderBy(m => m.Exact),
            })
            .ThenBy(m => m.Caregiver.Id);
        var page = ordered.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .Select(m => new CaregiverHit(m.Caregiver.Id, m.Caregiver.FullName, m.Km, m.Caregiver.Skills, m.Caregiver.Languages,
                m.Caregiver.HourlyRateIdr, m.Caregiver.Rating, m.Caregiver.ReviewCount, m.Caregiver.Verified))
            .ToList();
        var facets = new SearchFacets(
            matches.SelectMany(m => m.Caregiver.Skills).GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count()),
            matches.SelectMany(m => m.Caregiver.Languages).GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count()));
        return new CaregiverSearchResult(matches.Count, page, facets, query.Page, query.PageSize);
    }

    private static CaregiverSearchQuery RandomQuery(Random random)
    {
        var hasVisit = random.Next(3) == 0;
        var visitStart = hasVisit ? VisitStart(random) : (DateTimeOffset?)null;
        return RandomFilters(random) with { AvailableAt = visitStart, Hours = hasVisit ? 1 + random.Next(4) : null };
    }

    /// <summary>
    /// Mostly a whole or half hour between 06:00 and 18:30 WITA in the two weeks after 1 December 2026; one
    /// in five at any second of the day, so some visits cross midnight in one zone or another and some end
    /// at a caregiver's local midnight.
    /// </summary>
    private static DateTimeOffset VisitStart(Random random) => random.Next(5) == 0
        ? new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.FromHours(8)).AddDays(random.Next(14)).AddSeconds(random.Next(24 * 3600))
        : new DateTimeOffset(2026, 12, 1, 6, 0, 0, TimeSpan.FromHours(8)).AddDays(random.Next(14)).AddMinutes(30 * random.Next(26));

    private static CaregiverSearchQuery RandomFilters(Random random) => new(
        -5.15 + ((random.NextDouble() - 0.5) * 0.4),
        119.45 + ((random.NextDouble() - 0.5) * 0.4),
        1 + random.Next(25),
        [.. SkillPool.OrderBy(_ => random.Next()).Take(random.Next(3))],
        [.. LanguagePool.OrderBy(_ => random.Next()).Take(random.Next(2))],
        random.Next(3) == 0 ? 40_000 + (5_000 * random.Next(15)) : null,
        random.Next(4) != 0,
        null,
        random.Next(4) switch { 0 => SearchSort.Price, 1 => SearchSort.Rating, _ => SearchSort.Distance },
        1 + random.Next(3),
        1 + random.Next(30));

    /// <summary>Caregivers around Makassar, denser in the centre.</summary>
    private static List<CaregiverDocument> Generate(int count, Random random) =>
        [.. Enumerable.Range(0, count).Select(i =>
        {
            // A quarter over the region, a quarter crowded into a square of 4.4 km as a city's centre is (the embedded
            // engine then looks at its grid cell part by part), the rest around Makassar. Those over the region and in
            // the crowd travel 25 km or more, so that the crowd's cell can lie wholly inside a search's reach and all of
            // theirs (and is then read part by part when the page is sorted by distance); the rest 5 to 25 km.
            var place = random.Next(4);
            var (lat, lon, spread) = place switch { 0 => (-5.15, 119.45, 0.3), 1 => (-5.025, 119.475, 0.02), _ => (-5.15, 119.45, 0.06) };
            var rated = random.Next(3) != 0;
            return new CaregiverDocument(
                new Guid(i, 0, 0, new byte[8]),
                $"Pendamping {i}",
                "Pendamping lansia bersertifikat.",
                [.. SkillPool.OrderBy(_ => random.Next()).Take(1 + random.Next(3))],
                [.. LanguagePool.OrderBy(_ => random.Next()).Take(1 + random.Next(2))],
                RandomRate(random),
                lat + ((random.NextDouble() - 0.5) * spread * 2),
                lon + ((random.NextDouble() - 0.5) * spread * 2),
                place < 2 ? 25 + random.Next(26) : 5 + random.Next(21),
                random.Next(5) != 0,
                rated ? 3 + (random.Next(21) / 10.0) : null,
                rated ? 1 + random.Next(40) : 0,
                Zones[random.Next(Zones.Length)],
                Week(random),
                random.Next(6) == 0 ? [new TimeOff(new DateTimeOffset(2026, 12, 3 + random.Next(7), 0, 0, 0, TimeSpan.FromHours(8)), new DateTimeOffset(2026, 12, 12, 0, 0, 0, TimeSpan.FromHours(8)))] : [],
                [.. Enumerable.Range(0, random.Next(4)).Select(_ => VisitStart(random)).Select(start => new TimeWindow(start, start.AddMinutes(30 + random.Next(180))))]);
        })];

    /// <summary>
    /// Half at whole Rp 5.000 steps (as the searches' caps are), half at odd Rp 100s between them, so that a segment
    /// holds more rates than the search's price sets have bands, and a cap falls on a band or between two.
    /// </summary>
    private static long RandomRate(Random random) => 40_000 + (5_000 * random.Next(17)) + (random.Next(2) == 0 ? 100 * random.Next(1, 50) : 0);

    /// <summary>
    /// Weekdays from 07:00 or 08:00 to 15:00 or 16:00 (for some, split at noon into two windows that touch,
    /// which a visit across noon does not fit), Saturday mornings for some, and for some a Sunday evening
    /// at odd minutes running to the end of the day.
    /// </summary>
    private static WeeklySlot[] Week(Random random)
    {
        var start = new TimeOnly(7 + random.Next(2), 0);
        var end = new TimeOnly(15 + random.Next(2), 0);
        var split = random.Next(3) == 0;
        var week = new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }
            .Where(_ => random.Next(5) != 0)
            .SelectMany(day => split ? [new WeeklySlot(day, start, new TimeOnly(12, 0)), new WeeklySlot(day, new TimeOnly(12, 0), end)] : new[] { new WeeklySlot(day, start, end) });
        var saturday = random.Next(2) == 0 ? [new WeeklySlot(DayOfWeek.Saturday, new TimeOnly(8, 0), new TimeOnly(12, 0))] : Array.Empty<WeeklySlot>();
        var sunday = random.Next(4) == 0 ? [new WeeklySlot(DayOfWeek.Sunday, new TimeOnly(17, 7 + random.Next(40)), TimeOnly.MaxValue)] : Array.Empty<WeeklySlot>();
        return [.. week, .. saturday, .. sunday];
    }
}
