using System.Globalization;
using Marketplace.Benchmarks;
using Marketplace.Infrastructure.Persistence;
using Marketplace.TestSupport;

// Usage: bookings [sqlite|postgres] [existing bookings] [requests] [concurrency]
//        payments [sqlite|postgres] [existing paid bookings] [paid bookings] [concurrency] [one caregiver's bookings]
//        report [sqlite|postgres] [bookings] [requests]
//        search-http [caregivers] [seconds] [connections] [wrk threads]
//        search-engine [caregivers]
//        search-engine-plans [caregivers]   (which PostGIS order wins per filter mix, for TunedPostGis.CalibrateAsync)
//        scale-out [bookings per run] [search seconds] [concurrency]   (one app process, then two, on PostgreSQL)
// PostgreSQL needs PEDULI_TEST_POSTGRES (benchmarks/run-bookings.sh starts a throwaway server).
// Test projects learn the web project's folder from a build step; an executable names it itself.
Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_MARKETPLACE_WEB", Path.Combine(RepositoryRoot.Path, "src", "Marketplace.Web"));
switch (args.FirstOrDefault())
{
    case "bookings":
    {
        var provider = args.ElementAtOrDefault(1) == "postgres" ? DatabaseProvider.PostgreSql : DatabaseProvider.Sqlite;
        var options = new BookingBenchmarkOptions(Existing: Number(2, 100_000), Requests: Number(3, 2_000), Concurrency: Number(4, 8));
        await using var app = new MarketplaceAppFactory(TestDatabase.For(provider));
        var result = await new BookingBenchmark(app, options, Console.Error).RunAsync();
        Console.WriteLine(result.ToMarkdownRow(provider));
        return 0;
    }

    case "payments":
    {
        var provider = args.ElementAtOrDefault(1) == "postgres" ? DatabaseProvider.PostgreSql : DatabaseProvider.Sqlite;
        var options = new PaymentBenchmarkOptions(Existing: Number(2, 100_000), Requests: Number(3, 2_000), Concurrency: Number(4, 8), CaregiverBookings: Number(5, 5_000));
        await using var app = new MarketplaceAppFactory(TestDatabase.For(provider));
        var result = await new PaymentBenchmark(app, options, Console.Error).RunAsync();
        Console.WriteLine(result.ToMarkdownRows(provider));
        return 0;
    }

    case "report":
    {
        var provider = args.ElementAtOrDefault(1) == "postgres" ? DatabaseProvider.PostgreSql : DatabaseProvider.Sqlite;
        await using var app = new MarketplaceAppFactory(TestDatabase.For(provider));
        Console.WriteLine(await new ReportBenchmark(app, Number(2, 1_000_000), Number(3, 50), Console.Error).RunAsync());
        return 0;
    }

    case "search-http":
    {
        // Search reads only the index, so the embedded database is enough.
        await using var app = new MarketplaceAppFactory(TestDatabase.Sqlite());
        Console.WriteLine(await new SearchHttpBenchmark(app, Number(1, 100_000), Number(2, 30), Number(3, 16), Number(4, 2), Console.Error).RunAsync());
        return 0;
    }

    case "scale-out":
        Console.WriteLine(await new ScaleOutBenchmark(new ScaleOutBenchmarkOptions(Number(1, 1_000), Number(2, 20), Number(3, 16)), Console.Error).RunAsync());
        return 0;

    case "search-engine":
        Console.WriteLine(await new SearchEngineBenchmark(Number(1, 100_000), Console.Error).RunAsync());
        return 0;

    case "search-engine-plans":
        Console.WriteLine(await new PostGisPlans(Number(1, 20_000), Console.Error).RunAsync());
        return 0;

    default:
        Console.Error.WriteLine(
            "usage: bookings [sqlite|postgres] [existing] [requests] [concurrency] | payments [sqlite|postgres] [existing] [requests] [concurrency] [caregiver's bookings]"
            + " | report [sqlite|postgres] [bookings] [requests]"
            + " | search-http [caregivers] [seconds] [connections] [wrk threads] | search-engine [caregivers] | search-engine-plans [caregivers]"
            + " | scale-out [bookings] [search seconds] [concurrency]");
        return 2;
}

int Number(int index, int fallback) =>
    int.TryParse(args.ElementAtOrDefault(index), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
