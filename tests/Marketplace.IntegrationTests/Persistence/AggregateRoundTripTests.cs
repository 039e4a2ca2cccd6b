using Marketplace.Application.Caregivers;
using Marketplace.Application.Families;
using Marketplace.Application.SharedKernel;
using Marketplace.Infrastructure.Persistence;
using Marketplace.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.IntegrationTests.Persistence;

/// <summary>Every value object and collection of the aggregates survives a save and a fresh load, on each provider.</summary>
public abstract class AggregateRoundTripTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : MarketplaceAppFactory
{
    private static readonly DateTimeOffset ConsentGiven = new(2026, 11, 2, 1, 30, 15, TimeSpan.Zero);

    [Fact]
    public async Task AFamilyWithARecipient_ComesBackAsItWasSaved()
    {
        var family = Family.Register(Guid.NewGuid(), ConsentGiven);
        var address = new RecipientAddress(AreaCode.Parse("73.71.10"), "Jl. Daeng Tata Raya No. 12", GeoPoint.Create(-5.1801, 119.4105));
        var recipient = family.AddRecipient("Hj. Sitti Rahmah", RecipientKind.Elder, 1948, ["mobility", "diabetes"], address,
            new Consent(ConsentGiven, Consent.CurrentTextVersion));
        await SaveAsync(family);

        var loaded = await app.InScopeAsync(services => services.GetRequiredService<MarketplaceDbContext>()
            .Families.Include(f => f.Recipients).SingleAsync(f => f.Id == family.Id));

        var stored = Assert.Single(loaded.Recipients);
        Assert.Equal(recipient.Id, stored.Id);
        Assert.Equal(RecipientKind.Elder, stored.Kind);
        Assert.Equal(["mobility", "diabetes"], stored.Needs);
        Assert.Equal(address, stored.Address);
        Assert.Equal(ConsentGiven, stored.Consent.AcceptedAt);
        Assert.Equal(Consent.CurrentTextVersion, stored.Consent.TextVersion);
    }

    [Fact]
    public async Task ACaregiverProfile_ComesBackAsItWasSaved()
    {
        var caregiver = Caregiver.Register(Guid.NewGuid(), "Andi Nurhaliza", ConsentGiven);
        var profile = new CaregiverProfile("Andi Nurhaliza", "Perawat lansia berpengalaman.", ["elder-care", "dementia-care"], ["id", "bug"],
            Money.FromRupiah(75_000), GeoPoint.Create(-5.1477, 119.4327), 10, ["73.71.10", "73.71.13"]);
        caregiver.UpdateProfile(profile);
        caregiver.Verify();
        await SaveAsync(caregiver);

        var loaded = await app.InScopeAsync(services =>
            services.GetRequiredService<MarketplaceDbContext>().Caregivers.SingleAsync(c => c.Id == caregiver.Id));

        Assert.Equal(profile.Skills, loaded.Skills);
        Assert.Equal(profile.Languages, loaded.Languages);
        Assert.Equal(profile.AreaCodes, loaded.AreaCodes);
        Assert.Equal(Money.FromRupiah(75_000), loaded.HourlyRate);
        Assert.Equal(profile.Home, loaded.Home);
        Assert.Equal(VerificationStatus.Verified, loaded.Verification);
        Assert.Equal(ConsentGiven, loaded.CreatedAt);
    }

    private Task<int> SaveAsync(object aggregate) => app.InScopeAsync(services =>
    {
        var db = services.GetRequiredService<MarketplaceDbContext>();
        db.Add(aggregate);
        return db.SaveChangesAsync();
    });
}

public sealed class AggregateRoundTripOnSqlite(SqliteAppFactory app) : AggregateRoundTripTests<SqliteAppFactory>(app);

public sealed class AggregateRoundTripOnPostgres(PostgresAppFactory app) : AggregateRoundTripTests<PostgresAppFactory>(app);
