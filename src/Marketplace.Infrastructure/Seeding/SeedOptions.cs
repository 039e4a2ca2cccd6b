namespace Marketplace.Infrastructure.Seeding;

/// <summary>The <c>Seed</c> configuration section (environment: <c>Seed__AdminEmail</c>, ...).</summary>
public sealed class SeedOptions
{
    public const string Section = "Seed";

    /// <summary>The first admin of a deployment. No admin is made when either is missing.</summary>
    public string? AdminEmail { get; init; }

    public string? AdminPassword { get; init; }

    /// <summary>Create the South Sulawesi demo data when the database has none (development only).</summary>
    public bool DemoData { get; init; }

    /// <summary>The password of every demo account.</summary>
    public string? DemoPassword { get; init; }
}
