using Marketplace.Application.Accounts;
using Marketplace.Application.Affiliations;
using Marketplace.Application.Caregivers;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.Enterprises;
using Marketplace.Application.Families;
using Marketplace.Application.SharedKernel;
using Marketplace.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using static Marketplace.Infrastructure.Seeding.DemoSouthSulawesi;

namespace Marketplace.Infrastructure.Seeding;

/// <summary>
/// Demo data for South Sulawesi: enterprises of each kind, caregivers around Makassar, Gowa and Maros,
/// families with care recipients. The same every time (fixed seed), and made only into an empty database.
/// </summary>
public sealed class DemoDataSeeder(MarketplaceDbContext db, AccountSeeder accounts, IDocumentStore documents, TimeProvider clock)
{
    public const string FamilyEmail = "keluarga@peduli.test";
    public const string CaregiverEmail = "pendamping@peduli.test";
    public const string EnterpriseEmail = "usaha@peduli.test";

    /// <summary>A social office's programme officer, who reads the regional reports and nothing else.</summary>
    public const string ProgrammeEmail = "program@peduli.test";

    public async Task<string> SeedAsync(string password, CancellationToken cancellationToken)
    {
        if (await db.Caregivers.AnyAsync(cancellationToken) || await db.Enterprises.AnyAsync(cancellationToken))
        {
            return "skipped, the database already has caregivers or enterprises";
        }

        var now = clock.GetUtcNow();
        var enterprises = await SeedEnterprisesAsync(password, now);
        var caregivers = await SeedCaregiversAsync(password, await DemoCertificate.StoreAsync(documents, now, cancellationToken), now);
        SeedListingsAndAffiliations(enterprises, caregivers, now);
        await SeedFamiliesAsync(password, now);
        await accounts.EnsureUserAsync(ProgrammeEmail, password, "Staf Program Dinas Sosial Sulawesi Selatan", AccountRoles.Programme);
        await db.SaveChangesAsync(cancellationToken);
        return $"{Enterprises.Length} enterprises with 4 listings, {CaregiverNames.Length} caregivers, 3 families, 1 programme officer";
    }

    private async Task<List<Enterprise>> SeedEnterprisesAsync(string password, DateTimeOffset now)
    {
        var enterprises = new List<Enterprise>();
        for (var i = 0; i < Enterprises.Length; i++)
        {
            var demo = Enterprises[i];
            var email = i == 0 ? EnterpriseEmail : $"usaha-{i + 1:00}@demo.peduli.test";
            var owner = await accounts.EnsureUserAsync(email, password, $"Pengelola {demo.Name}", AccountRoles.Enterprise);
            var enterprise = Enterprise.Register(
                owner.Id, new EnterpriseDetails(demo.Name, demo.Kind, demo.RegistrationNumber, AreaCode.Parse(demo.AreaCode), demo.Description), now);

            // The last one waits for a verifier, so the admin's queue has an enterprise in it.
            if (i < Enterprises.Length - 1)
            {
                enterprise.Verify();
            }

            db.Enterprises.Add(enterprise);
            enterprises.Add(enterprise);
        }

        return enterprises;
    }

    private async Task<List<Caregiver>> SeedCaregiversAsync(string password, CertificateDocument scan, DateTimeOffset now)
    {
        var random = new Random(7371);
        var caregivers = new List<Caregiver>();
        for (var i = 0; i < CaregiverNames.Length; i++)
        {
            var name = CaregiverNames[i];
            var town = CaregiverTowns[i];
            var email = i == 0 ? CaregiverEmail : $"pendamping-{i + 1:00}@demo.peduli.test";
            var user = await accounts.EnsureUserAsync(email, password, name, AccountRoles.Caregiver);
            var caregiver = Caregiver.Register(user.Id, name, now);
            var years = 2 + random.Next(12);
            caregiver.UpdateProfile(new CaregiverProfile(
                name,
                $"Pendamping bersertifikat dengan {years} tahun pengalaman di {town.Name}. Sabar, tepat waktu, dan terbiasa bekerja bersama keluarga.",
                SkillSets[i % SkillSets.Length],
                SpokenLanguages(town, random, speaksEnglish: i % 5 == 0),
                Money.FromRupiah(40_000 + (5_000 * random.Next(17))),
                HomeOf(i, GeoPoint.Create(town.Latitude + Jitter(random, town.SpreadDegrees), town.Longitude + Jitter(random, town.SpreadDegrees))),
                5 + (5 * random.Next(4)),
                [.. town.Districts.Take(1 + random.Next(town.Districts.Length))]));
            caregiver.SetAvailability(IndonesianTimeZones.Wita, WorkingWeek(saturday: i % 2 == 0), []);
            var certificate = caregiver.AddCertificate(DemoCertificate.For(i, caregiver.Today(now)), now);
            caregiver.AttachCertificateDocument(certificate.Id, scan);

            // A few stay pending so the admin's verification queue is not empty in the demo.
            if (i % 8 != 7)
            {
                caregiver.Verify(caregiver.Today(now));
            }

            if (i == 4)
            {
                caregiver.GrantCareManager();
            }

            db.Caregivers.Add(caregiver);
            caregivers.Add(caregiver);
        }

        return caregivers;
    }

    /// <summary>The first enterprise works with five Makassar caregivers; three enterprises have a published service each.</summary>
    private void SeedListingsAndAffiliations(List<Enterprise> enterprises, List<Caregiver> caregivers, DateTimeOffset now)
    {
        var homeCare = DemoListings.HomeCare(enterprises[0].Id, "Pendampingan Lansia di Rumah, Makassar", "73.71.10", now);
        var daycare = DemoListings.Daycare(enterprises[2].Id, now);
        var clinic = DemoListings.MobileClinic(enterprises[3].Id, now);
        foreach (var (listing, owner) in new[] { (homeCare, enterprises[0]), (daycare, enterprises[2]), (clinic, enterprises[3]) })
        {
            listing.Publish(owner);
        }

        db.Listings.AddRange(homeCare, daycare, clinic, DemoListings.HomeCare(enterprises[1].Id, "Pendampingan Lansia dan Disabilitas, Gowa", "73.06.08", now));
        foreach (var caregiver in caregivers.Take(5))
        {
            var affiliation = Affiliation.Invite(enterprises[0].Id, caregiver.Id, now);
            affiliation.Accept(caregiver, now);
            db.Affiliations.Add(affiliation);
        }
    }

    // The caregiver people sign in as in the demo lives in Tamalate, near the demo family's mother, so
    // the demo can be booked end to end.
    private static GeoPoint HomeOf(int index, GeoPoint spread) => index == 0 ? GeoPoint.Create(-5.1745, 119.4160) : spread;

    private static WeeklySlot[] WorkingWeek(bool saturday)
    {
        DayOfWeek[] weekdays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];
        var week = weekdays.Select(day => new WeeklySlot(day, new TimeOnly(8, 0), new TimeOnly(16, 0)));
        return saturday ? [.. week, new WeeklySlot(DayOfWeek.Saturday, new TimeOnly(8, 0), new TimeOnly(12, 0))] : [.. week];
    }

    private async Task SeedFamiliesAsync(string password, DateTimeOffset now)
    {
        var consent = new Consent(now, Consent.CurrentTextVersion);

        var rahman = await AddFamilyAsync(FamilyEmail, password, "Andi Rahman", now);
        rahman.AddRecipient("Hj. Sitti Rahmah", RecipientKind.Elder, 1948, ["mobility", "diabetes", "medication"],
            new RecipientAddress(AreaCode.Parse("73.71.10"), "Jl. Daeng Tata Raya No. 12", GeoPoint.Create(-5.1801, 119.4105)), consent);
        rahman.AddRecipient("Nabila", RecipientKind.Child, 2019, ["autism"],
            new RecipientAddress(AreaCode.Parse("73.71.10"), "Jl. Daeng Tata Raya No. 12", GeoPoint.Create(-5.1801, 119.4105)), consent);

        var wahyuni = await AddFamilyAsync("wahyuni@demo.peduli.test", password, "Sri Wahyuni", now);
        wahyuni.AddRecipient("Bapak Muhammad Said", RecipientKind.Elder, 1944, ["dementia", "wheelchair"],
            new RecipientAddress(AreaCode.Parse("73.06.08"), "Jl. Poros Malino Km 3", GeoPoint.Create(-5.2089, 119.4632)), consent);

        var hamzah = await AddFamilyAsync("hamzah@demo.peduli.test", password, "Hamzah Daeng Ngalle", now);
        hamzah.AddRecipient("Rini", RecipientKind.Disability, 1996, ["cerebral-palsy", "wheelchair"],
            new RecipientAddress(AreaCode.Parse("73.09.04"), "Jl. Jenderal Sudirman No. 40, Maros", GeoPoint.Create(-5.0055, 119.5722)), consent);
    }

    private async Task<Family> AddFamilyAsync(string email, string password, string fullName, DateTimeOffset now)
    {
        var user = await accounts.EnsureUserAsync(email, password, fullName, AccountRoles.Family);
        var family = Family.Register(user.Id, now);
        db.Families.Add(family);
        return family;
    }

    private static string[] SpokenLanguages(Town town, Random random, bool speaksEnglish)
    {
        var local = town.LocalLanguages[random.Next(town.LocalLanguages.Length)];
        return speaksEnglish ? ["id", local, "en"] : ["id", local];
    }

    private static double Jitter(Random random, double spread) => Math.Round((random.NextDouble() * 2 - 1) * spread, 5);
}
