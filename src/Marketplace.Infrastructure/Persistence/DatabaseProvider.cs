namespace Marketplace.Infrastructure.Persistence;

public enum DatabaseProvider
{
    /// <summary>The embedded default: one file under DataPath, nothing to install.</summary>
    Sqlite,
    PostgreSql,
    SqlServer,
}
