using Marketplace.Application.Bookings;
using Marketplace.Application.Caregivers;
using Marketplace.Application.Enterprises;
using Marketplace.Application.Families;
using Marketplace.Application.Listings;
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
        var today = new DateOnly(2026, 11, 2);
        var certificate = caregiver.AddCertificate(
            new CertificateDetails("Pendamping Lansia", "BNSP-PL-0101", "LSP Pekerja Sosial", today.AddYears(-1), today.AddYears(2)), ConsentGiven);
        var scan = new CertificateDocument("abc.pdf", "application/pdf", 4321, ConsentGiven);
        caregiver.AttachCertificateDocument(certificate.Id, scan);
        WeeklySlot[] weekly = [new(DayOfWeek.Monday, new TimeOnly(8, 0), new TimeOnly(12, 30)), new(DayOfWeek.Saturday, new TimeOnly(9, 0), new TimeOnly(11, 0))];
        var timeOff = new TimeOff(ConsentGiven.AddDays(30), ConsentGiven.AddDays(33));
        caregiver.SetAvailability(IndonesianTimeZones.Wita, weekly, [timeOff]);
        caregiver.Verify(today);
        caregiver.GrantCareManager();
        await SaveAsync(caregiver);

        var loaded = await app.InScopeAsync(services =>
            services.GetRequiredService<MarketplaceDbContext>().Caregivers.SingleAsync(c => c.Id == caregiver.Id));

        var storedCertificate = Assert.Single(loaded.Certificates);
        Assert.Equal(today.AddYears(2), storedCertificate.ExpiresOn);
        Assert.Equal(scan, storedCertificate.Document);
        Assert.Equal(weekly, loaded.WeeklyAvailability);
        Assert.Equal([timeOff], loaded.TimeOff);
        Assert.True(loaded.IsCareManager);

        Assert.Equal(profile.Skills, loaded.Skills);
        Assert.Equal(profile.Languages, loaded.Languages);
        Assert.Equal(profile.AreaCodes, loaded.AreaCodes);
        Assert.Equal(Money.FromRupiah(75_000), loaded.HourlyRate);
        Assert.Equal(profile.Home, loaded.Home);
        Assert.Equal(VerificationStatus.Verified, loaded.Verification);
        Assert.Equal(ConsentGiven, loaded.CreatedAt);
    }

    [Fact]
    public async Task ADaycareAndAClinicWithItsStop_ComeBackAsTheyWereSaved()
    {
        var now = new DateTimeOffset(2026, 11, 23, 4, 0, 0, TimeSpan.Zero);
        var enterprise = Enterprise.Register(Guid.NewGuid(),
            new EnterpriseDetails("Rumah Inklusi", EnterpriseKind.SocialStartup, "AHU-1", AreaCode.Parse("73.71.13"), ""), now);
        await SaveAsync(enterprise);
        var daycare = Listing.CreateDaycare(enterprise.Id, new ListingBasics("Penitipan", "", AreaCode.Parse("73.71.13"), 25),
            DaycareDetails.Create("Jl. Perintis", GeoPoint.Create(-5.13, 119.49), [DayOfWeek.Friday, DayOfWeek.Monday], new TimeOnly(7, 30),
                new TimeOnly(16, 0), 12, (2, 10), ["autism"], ["quiet-room"], Money.FromRupiah(85_000)), now);
        var clinic = Listing.CreateMobileClinic(enterprise.Id, new ListingBasics("Klinik", "", AreaCode.Parse("73.09.04"), 0),
            MobileClinicDetails.Create(["wound-care"], Money.FromRupiah(25_000)), now);
        var stop = clinic.AddStop(new StopDetails("Balai Desa", GeoPoint.Create(-4.98, 119.55), new DateOnly(2026, 11, 26),
            new TimeOnly(8, 0), new TimeOnly(10, 0), 30, 4), BookingPolicy.Default, now);
        await SaveAsync(daycare);
        await SaveAsync(clinic);

        var (loadedDaycare, loadedClinic) = await app.InScopeAsync(async services =>
        {
            var listings = services.GetRequiredService<MarketplaceDbContext>().Listings;
            return (await listings.SingleAsync(l => l.Id == daycare.Id), await listings.SingleAsync(l => l.Id == clinic.Id));
        });

        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Friday], loadedDaycare.Daycare!.OpeningDays);
        Assert.Equal(GeoPoint.Create(-5.13, 119.49), loadedDaycare.Daycare.Point);
        Assert.Equal(Money.FromRupiah(85_000), loadedDaycare.Daycare.PricePerDay);
        Assert.Equal(["quiet-room"], loadedDaycare.Daycare.AccessibilityFeatures);
        Assert.Equal(["wound-care"], loadedClinic.MobileClinic!.Services);
        var loadedStop = Assert.Single(loadedClinic.Stops);
        Assert.Equal(stop.Slots.Select(s => (s.Id, s.StartsAt, s.EndsAt)), loadedStop.Slots.OrderBy(s => s.StartsAt).Select(s => (s.Id, s.StartsAt, s.EndsAt)));
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
