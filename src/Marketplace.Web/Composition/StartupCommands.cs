using Marketplace.Infrastructure;
using Marketplace.Infrastructure.Persistence;
using Marketplace.Infrastructure.Search;
using Marketplace.Infrastructure.Seeding;

namespace Marketplace.Web.Composition;

/// <summary>
/// What happens before the app serves: the embedded default migrates itself; the other databases are
/// migrated by the explicit <c>migrate</c> command (or <c>Database:MigrateOnStartup</c>).
/// </summary>
internal static class StartupCommands
{
    /// <summary>Runs a command given on the command line; true when one ran and the process should exit.</summary>
    public static async Task<bool> RunCommandAsync(this WebApplication app, string[] args)
    {
        var command = CommandOf(args);
        await using var scope = app.Services.CreateAsyncScope();
        var initializer = scope.ServiceProvider.GetRequiredService<DatabaseInitializer>();
        switch (command)
        {
            case "migrate":
                await initializer.InitializeAsync(migrate: true, CancellationToken.None);
                return true;
            case "seed-demo":
                await initializer.InitializeAsync(migrate: true, CancellationToken.None);
                await initializer.SeedDemoDataAsync(CancellationToken.None);
                return true;
            case "rebuild-search":
                await scope.ServiceProvider.GetRequiredService<SearchIndexBuilder>().RebuildAsync(CancellationToken.None);
                return true;
            case null:
                var migrate = DependencyInjection.ProviderOf(app.Configuration) == DatabaseProvider.Sqlite
                    || app.Configuration.GetValue<bool>("Database:MigrateOnStartup");
                await initializer.InitializeAsync(migrate, CancellationToken.None);
                await scope.ServiceProvider.GetRequiredService<SearchIndexBuilder>().EnsureBuiltAsync(CancellationToken.None);
                return false;
            default:
                throw new InvalidOperationException($"Unknown command '{command}'. Commands: migrate, seed-demo, rebuild-search.");
        }
    }

    /// <summary>The first positional argument: not an option (<c>--urls</c>), not an option's value, not a <c>key=value</c> setting.</summary>
    private static string? CommandOf(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i].StartsWith('-'))
            {
                i += args[i].Contains('=', StringComparison.Ordinal) ? 0 : 1;
            }
            else if (!args[i].Contains('=', StringComparison.Ordinal))
            {
                return args[i];
            }
        }

        return null;
    }
}
