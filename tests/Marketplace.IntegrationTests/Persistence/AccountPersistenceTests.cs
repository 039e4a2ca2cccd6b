using System.Net;
using Marketplace.Application.SharedKernel;
using Marketplace.Infrastructure.Persistence;
using Marketplace.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.IntegrationTests.Persistence;

/// <summary>Registration end to end through the API, run against each database provider.</summary>
public abstract class AccountPersistenceTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : MarketplaceAppFactory
{
    [Fact]
    public async Task RegisteringAFamily_StoresTheAccountAndItsFamilyProfile()
    {
        var client = app.CreateClient();
        var email = $"family-{Guid.NewGuid():N}@contoh.id";

        var created = await client.PostJsonAsync("/api/v1/auth/register",
            new { email, password = "sebuah kalimat rahasia", role = "family", fullName = "Andi Rahman", phone = "+62 811 4000 123" });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("/api/v1/me", created.Headers.Location?.OriginalString);
        var body = await created.ReadJsonAsync();
        Assert.Equal(email, body.GetProperty("email").GetString());

        await client.SignInAsync(email, "sebuah kalimat rahasia");
        var me = await (await client.GetAsync("/api/v1/me")).ReadJsonAsync();
        Assert.Equal(body.GetProperty("id").GetGuid(), me.GetProperty("id").GetGuid());
        Assert.Equal(["family"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.NotEqual(JsonValueKindNull, me.GetProperty("familyId").ValueKind);
        Assert.Equal(JsonValueKindNull, me.GetProperty("caregiverId").ValueKind);
    }

    [Fact]
    public async Task RegisteringACaregiver_StoresAPendingCaregiverProfile()
    {
        var client = app.CreateClient();
        var email = $"caregiver-{Guid.NewGuid():N}@contoh.id";

        await client.PostJsonAsync("/api/v1/auth/register",
            new { email, password = "pendamping setia", role = "caregiver", fullName = "Sitti Aminah" });
        await client.SignInAsync(email, "pendamping setia");
        var caregiverId = (await (await client.GetAsync("/api/v1/me")).ReadJsonAsync()).GetProperty("caregiverId").GetGuid();

        var stored = await app.InScopeAsync(services =>
            services.GetRequiredService<MarketplaceDbContext>().Caregivers.SingleAsync(c => c.Id == caregiverId));
        Assert.Equal("Sitti Aminah", stored.FullName);
        Assert.Equal(VerificationStatus.Pending, stored.Verification);
    }

    [Fact]
    public async Task RegisteringATakenEmail_IsRefusedWithConflictAndWritesNothing()
    {
        var client = app.CreateClient();
        var email = $"twice-{Guid.NewGuid():N}@contoh.id";
        var account = new { email, password = "kata sandi panjang", role = "family", fullName = "Sri Wahyuni" };
        await client.PostJsonAsync("/api/v1/auth/register", account);
        var familiesBefore = await CountFamiliesAsync();

        var second = await client.PostJsonAsync("/api/v1/auth/register", account with { email = email.ToUpperInvariant() });

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType?.MediaType);
        Assert.Equal(familiesBefore, await CountFamiliesAsync());
        var normalizedEmail = email.ToUpperInvariant();
        var users = await app.InScopeAsync(services =>
            services.GetRequiredService<MarketplaceDbContext>().Users.CountAsync(u => u.NormalizedEmail == normalizedEmail));
        Assert.Equal(1, users);
    }

    [Fact]
    public async Task TheModel_HasNoChangesMissingFromItsMigrations()
    {
        var pending = await app.InScopeAsync(services =>
            Task.FromResult(services.GetRequiredService<MarketplaceDbContext>().Database.HasPendingModelChanges()));

        Assert.False(pending, "The model changed without a migration: add one for every provider (see src/Marketplace.Infrastructure/README.md).");
    }

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;

    private Task<int> CountFamiliesAsync() =>
        app.InScopeAsync(services => services.GetRequiredService<MarketplaceDbContext>().Families.CountAsync());
}

public sealed class AccountPersistenceOnSqlite(SqliteAppFactory app) : AccountPersistenceTests<SqliteAppFactory>(app);

public sealed class AccountPersistenceOnPostgres(PostgresAppFactory app) : AccountPersistenceTests<PostgresAppFactory>(app);
