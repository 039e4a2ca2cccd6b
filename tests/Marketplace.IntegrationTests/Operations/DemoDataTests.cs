using Marketplace.Application.SharedKernel;
using Marketplace.Infrastructure.Persistence;
using Marketplace.Infrastructure.Seeding;
using Marketplace.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.IntegrationTests.Operations;

public sealed class DemoDataTests(DemoAppFactory app) : IClassFixture<DemoAppFactory>
{
    [Fact]
    public async Task DemoData_HasCaregiversAroundMakassarGowaAndMaros()
    {
        var caregivers = await app.InScopeAsync(services => services.GetRequiredService<MarketplaceDbContext>().Caregivers.ToListAsync());

        Assert.Equal(24, caregivers.Count);
        Assert.All(caregivers, c => Assert.True(c.Home is not null && c.HourlyRate > Money.Zero && c.Skills.Count > 0));
        var regencies = caregivers.SelectMany(c => c.AreaCodes).Select(code => code[..5]).ToHashSet();
        Assert.Equal(["73.06", "73.09", "73.71"], regencies.Order());
        Assert.Contains(caregivers, c => c.Verification == VerificationStatus.Pending);
    }

    [Fact]
    public async Task DemoData_HasEnterprisesOfEachKindAndFamiliesWithRecipients()
    {
        var (kinds, recipients) = await app.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<MarketplaceDbContext>();
            var kinds = await db.Enterprises.Select(e => e.Kind).Distinct().CountAsync();
            var recipients = await db.Families.SelectMany(f => f.Recipients).CountAsync();
            return (kinds, recipients);
        });

        Assert.Equal(3, kinds);
        Assert.True(recipients >= 3);
    }

    [Fact]
    public async Task TheDemoFamily_CanSignInAndOwnsAFamilyProfile()
    {
        var client = await app.CreateClient().SignInAsync(DemoDataSeeder.FamilyEmail, MarketplaceAppFactory.DemoPassword);

        var me = await (await client.GetAsync("/api/v1/me")).ReadJsonAsync();

        Assert.Equal(System.Text.Json.JsonValueKind.String, me.GetProperty("familyId").ValueKind);
    }

    [Fact]
    public async Task SeedingAgain_ChangesNothing()
    {
        var outcome = await app.InScopeAsync(services =>
            services.GetRequiredService<DemoDataSeeder>().SeedAsync(MarketplaceAppFactory.DemoPassword, CancellationToken.None));

        Assert.StartsWith("skipped", outcome, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheHomePage_SaysHowManyCaregiversAreVerified()
    {
        var html = await app.CreateClient().GetStringAsync("/");

        Assert.Contains("21 pendamping terverifikasi", html, StringComparison.Ordinal);
        Assert.Contains("Rp ", html, StringComparison.Ordinal);
    }
}
