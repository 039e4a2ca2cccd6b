using System.Net.Http.Json;
using Marketplace.Infrastructure.Outbox;
using Marketplace.Infrastructure.Persistence;
using Marketplace.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.IntegrationTests.Security;

/// <summary>
/// The users of the matrix, each with an API client (bearer token) and a page session (cookie and antiforgery
/// token), and what the "A" users own, made through the API as people would. Each resource a row changes for
/// good (a request accepted, a listing paused) is the row's own.
/// </summary>
internal sealed partial class MatrixWorld
{
    private readonly Dictionary<Who, HttpClient> _api = [];
    private readonly Dictionary<Who, HttpClient> _pages = [];
    private readonly Dictionary<Who, string> _tokens = [];
    private readonly Dictionary<Who, string> _emails = [];

    private MatrixWorld(MarketplaceAppFactory app) => App = app;

    public MarketplaceAppFactory App { get; }

    public HttpClient Api(Who who) => _api[who];

    public HttpClient Pages(Who who) => _pages[who];

    /// <summary>The antiforgery token of the user's page session.</summary>
    public string Token(Who who) => _tokens[who];

    public Guid CaregiverA { get; private set; }

    public Guid CareManager { get; private set; }

    public Guid CertificateA { get; private set; }

    public Guid ElderA { get; private set; }

    public Guid ChildA { get; private set; }

    /// <summary>A person of family A with no bookings, to change and withdraw consent for (never removed: family A keeps its people).</summary>
    public Guid SpareA { get; private set; }

    public Guid EnterpriseA { get; private set; }

    /// <summary>Enterprise A's published daycare and clinic, a draft that stays one, a draft to publish, and a listing to pause.</summary>
    public Guid DaycareA { get; private set; }

    public Guid ClinicA { get; private set; }

    public Guid DraftA { get; private set; }

    public Guid PublishableA { get; private set; }

    public Guid PausableA { get; private set; }

    /// <summary>Enterprise A's invitation to caregiver A, still to be answered.</summary>
    public Guid AffiliationA { get; private set; }

    /// <summary>A caregiver and an enterprise waiting for verification, one each for the API and the pages.</summary>
    public Guid[] PendingCaregivers { get; } = new Guid[2];

    public Guid[] PendingEnterprises { get; } = new Guid[2];

    /// <summary>Two failed messages an admin may send again, one for the API and one for the pages.</summary>
    public Guid[] DeadLetters { get; } = new Guid[2];

    /// <summary>The email of an account anyone may sign in as, and of caregiver B (whom an enterprise may invite).</summary>
    public string SignInEmail { get; private set; } = "";

    public string CaregiverBEmail => _emails[Who.CaregiverB];

    public string ProgrammeStaffEmail => _emails[Who.ProgrammeStaff];

    public static async Task<MatrixWorld> MakeAsync(MarketplaceAppFactory app)
    {
        // Signing up and in takes most of the time: independent people are made side by side. The bookings travel
        // in time, so nothing else runs while they are made.
        var world = new MatrixWorld(app);
        await Task.WhenAll(world.MakePeopleAsync(), world.MakeAdminWorkAsync());
        await world.MakeEnterpriseAAsync();
        await world.MakeSponsorProgrammeAsync();
        await world.MakeBookingsAsync();
        await world.MakePayoutBatchAsync();

        // After the payout batch: the commission caregiver A owes on these visits, paid in cash, would leave them owed nothing.
        await world.MakeReviewsAsync();
        await world.MakeComplaintsAsync();
        await world.MakeCareAlertsAsync();
        await world.MakeVisitToReplaceAsync();
        var sessions = await Task.WhenAll(Enum.GetValues<Who>().Select(async who =>
        {
            var session = await world.NewPageSessionAsync(who);
            return (who, session, Token: await session.AntiforgeryTokenAsync("/"));
        }));
        foreach (var (who, session, token) in sessions)
        {
            world._pages[who] = session;
            world._tokens[who] = token;
        }

        return world;
    }

    /// <summary>A page session of its own for <paramref name="who"/>, for a request that ends it.</summary>
    public Task<HttpClient> NewPageSessionAsync(Who who) => who switch
    {
        Who.Anonymous => Task.FromResult(App.NewPageClient()),
        Who.Admin => App.SignInOnPagesAsync(MarketplaceAppFactory.AdminEmail, MarketplaceAppFactory.AdminPassword),
        _ => App.SignInOnPagesAsync(_emails[who], Accounts.Password),
    };

    private async Task MakePeopleAsync()
    {
        var admin = App.AdminAsync();
        var caregiverA = App.NewBookableCaregiverAsync();
        var caregiverB = App.NewBookableCaregiverAsync();
        var careManager = App.NewVerifiedCaregiverAsync();
        var familyA = App.NewFamilyAsync();
        var familyB = App.NewFamilyAsync();
        var enterpriseA = App.NewEnterpriseAsync(verified: true);
        var enterpriseB = App.NewEnterpriseAsync(verified: true);
        var programmeStaff = App.NewProgrammeStaffAsync();
        SignInEmail = $"masuk-{Guid.NewGuid():N}@contoh.id";
        var signIn = App.CreateClient().PostJsonAsync("/api/v1/auth/register", new { email = SignInEmail, password = Accounts.Password, role = "family", fullName = "Uji" });
        await Task.WhenAll(admin, caregiverA, caregiverB, careManager, familyA, familyB, enterpriseA, enterpriseB, programmeStaff, signIn);

        (await signIn).EnsureSuccessStatusCode();
        await App.ConfirmEmailAsync(SignInEmail);
        _api[Who.Anonymous] = App.CreateClient();
        _api[Who.Admin] = await admin;
        (_api[Who.CaregiverA], CaregiverA) = await caregiverA;
        (_api[Who.CaregiverB], _) = await caregiverB;
        (_api[Who.CareManager], CareManager) = await careManager;
        (_api[Who.FamilyA], ElderA) = await familyA;
        (_api[Who.FamilyB], _) = await familyB;
        (_api[Who.EnterpriseA], EnterpriseA) = await enterpriseA;
        (_api[Who.EnterpriseB], _) = await enterpriseB;
        _api[Who.ProgrammeStaff] = await App.CreateClient().SignInAsync(await programmeStaff, Accounts.Password);

        (await _api[Who.CaregiverA].PutFileAsync("/api/v1/caregivers/me/photo", TestCaregivers.PngBytes, "foto.png")).EnsureSuccessStatusCode();
        CertificateA = (await (await _api[Who.CaregiverA].GetAsync("/api/v1/caregivers/me/certificates")).ReadJsonAsync())[0].GetProperty("id").GetGuid();
        (await _api[Who.Admin].PutAsJsonAsync($"/api/v1/admin/caregivers/{CareManager}/care-manager", new { granted = true })).EnsureSuccessStatusCode();
        ChildA = (await (await _api[Who.FamilyA].PostJsonAsync("/api/v1/families/me/recipients", TestListings.Child())).ReadJsonAsync()).GetProperty("id").GetGuid();
        SpareA = (await (await _api[Who.FamilyA].PostJsonAsync("/api/v1/families/me/recipients", TestListings.Child())).ReadJsonAsync()).GetProperty("id").GetGuid();
        (await _api[Who.FamilyA].PutAsJsonAsync("/api/v1/families/me/care-manager", new { caregiverId = CareManager })).EnsureSuccessStatusCode();
        foreach (var (who, client) in _api.Where(c => c.Key is not (Who.Anonymous or Who.Admin)))
        {
            _emails[who] = (await (await client.GetAsync("/api/v1/me")).ReadJsonAsync()).GetProperty("email").GetString()!;
        }
    }

    private async Task MakeAdminWorkAsync()
    {
        var caregivers = Task.WhenAll(PendingCaregivers.Select(_ => App.NewVerifiableCaregiverAsync()));
        var enterprises = Task.WhenAll(PendingEnterprises.Select(_ => App.NewEnterpriseAsync()));
        for (var i = 0; i < DeadLetters.Length; i++)
        {
            DeadLetters[i] = await App.InScopeAsync(async services =>
            {
                // A message that failed for good; sent again, it takes a caregiver nobody has out of the search index.
                var message = OutboxMessage.For(new Application.Search.CaregiverChanged(Guid.NewGuid()), App.Clock.GetUtcNow());
                message.DeadAt = message.OccurredAt;
                message.LastError = "uji";
                var db = services.GetRequiredService<MarketplaceDbContext>();
                db.OutboxMessages.Add(message);
                await db.SaveChangesAsync();
                return message.Id;
            });
        }

        (await caregivers).Select(c => c.Id).ToArray().CopyTo(PendingCaregivers, 0);
        (await enterprises).Select(e => e.Id).ToArray().CopyTo(PendingEnterprises, 0);
    }
}
