namespace Marketplace.TestSupport;

/// <summary>
/// What every instance of one deployment under test is configured with (<see cref="AppProcess"/>): one PostgreSQL
/// database with the admin and the demo accounts, one shared documents folder, a data folder of its own, loopback
/// hosts, and rate limits lifted (all requests of a test or benchmark come from one address).
/// </summary>
public static class InstanceSettings
{
    public static Dictionary<string, string> OnPostgres(TestDatabase database, string dataPath, string sharedDocuments)
    {
        var settings = new Dictionary<string, string>
        {
            ["DataPath"] = dataPath,
            ["Documents:Path"] = sharedDocuments,
            ["Database:Provider"] = "PostgreSql",
            ["ConnectionStrings:Marketplace"] = database.ConnectionString
                ?? throw new ArgumentException("Instances share a PostgreSQL database.", nameof(database)),
            ["Seed:AdminEmail"] = MarketplaceAppFactory.AdminEmail,
            ["Seed:AdminPassword"] = MarketplaceAppFactory.AdminPassword,
            ["Seed:DemoData"] = "true",
            ["Seed:DemoPassword"] = MarketplaceAppFactory.DemoPassword,
            ["AllowedHosts"] = "localhost;127.0.0.1",
            ["PublicUrl"] = "http://localhost",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Warning",
        };
        foreach (var limit in MarketplaceAppFactory.RateLimitNames)
        {
            settings[$"RateLimits:{limit}:Permits"] = "1000000";
        }

        return settings;
    }
}
