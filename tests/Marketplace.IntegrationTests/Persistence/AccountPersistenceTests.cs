using System.Net;
using Marketplace.Application.Accounts.Register;
using Marketplace.Application.SharedKernel;
using Marketplace.Infrastructure.Persistence;
using Marketplace.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.IntegrationTests.Persistence;

/// <summary>Signing up end to end, through the API and the link in the sign-up email, on each database provider.</summary>
public abstract class AccountPersistenceTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : MarketplaceAppFactory
{
    [Fact]
    public async Task AFamily_SignsUp_ConfirmsByTheEmailedLink_AndOnlyThenSignsIn()
    {
        var client = app.CreateClient();
        var email = $"family-{Guid.NewGuid():N}@contoh.id";

        var accepted = await client.PostJsonAsync("/api/v1/auth/register",
            new { email, password = "sebuah kalimat rahasia", role = "family", fullName = "Andi Rahman", phone = "+62 811 4000 123" });

        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var body = await accepted.ReadJsonAsync();
        Assert.Equal(email, body.GetProperty("email").GetString());
        Assert.Contains(email, body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(email, "sebuah kalimat rahasia")).StatusCode);
        Assert.Equal(0, await CountFamiliesOfAsync(email));

        var link = await app.ConfirmationLinkAsync(email);
        Assert.Equal("localhost", link.Host);
        Assert.DoesNotContain("Andi Rahman", await app.EmailToAsync(email, "confirm-email"), StringComparison.Ordinal);
        var pages = app.NewPageClient();
        var confirmed = await pages.ConfirmOnPagesAsync(link, "sebuah kalimat rahasia");
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal("/account", confirmed.Headers.Location?.OriginalString);
        var tappedAgain = await app.NewPageClient().ConfirmOnPagesAsync(link, "sebuah kalimat rahasia");
        Assert.Equal(HttpStatusCode.Redirect, tappedAgain.StatusCode);

        await client.SignInAsync(email, "sebuah kalimat rahasia");
        var me = await (await client.GetAsync("/api/v1/me")).ReadJsonAsync();
        Assert.Equal(["family"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.NotEqual(JsonValueKindNull, me.GetProperty("familyId").ValueKind);
        Assert.Equal(JsonValueKindNull, me.GetProperty("caregiverId").ValueKind);
        Assert.Equal(1, await CountFamiliesOfAsync(email));

        var again = await app.NewPageClient().GetAsync(link.PathAndQuery);
        Assert.Contains("data-testid=\"link-state\"", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheLink_WithAnotherPassword_ConfirmsNothing()
    {
        var email = $"family-{Guid.NewGuid():N}@contoh.id";
        (await app.CreateClient().PostJsonAsync("/api/v1/auth/register", new { email, password = Accounts.Password, role = "family", fullName = "Uji" }))
            .EnsureSuccessStatusCode();
        var link = await app.ConfirmationLinkAsync(email);

        var refused = await app.NewPageClient().ConfirmOnPagesAsync(link, "kata sandi orang lain");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Password-error", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(email, Accounts.Password)).StatusCode);
    }

    [Fact]
    public async Task RegisteringACaregiver_StoresAPendingCaregiverProfile_WhenTheAddressIsConfirmed()
    {
        var client = app.CreateClient();
        var email = $"caregiver-{Guid.NewGuid():N}@contoh.id";

        await client.PostJsonAsync("/api/v1/auth/register",
            new { email, password = "pendamping setia", role = "caregiver", fullName = "Sitti Aminah" });
        await app.ConfirmEmailAsync(email, "pendamping setia");
        await client.SignInAsync(email, "pendamping setia");
        var caregiverId = (await (await client.GetAsync("/api/v1/me")).ReadJsonAsync()).GetProperty("caregiverId").GetGuid();

        var stored = await app.InScopeAsync(services =>
            services.GetRequiredService<MarketplaceDbContext>().Caregivers.SingleAsync(c => c.Id == caregiverId));
        Assert.Equal("Sitti Aminah", stored.FullName);
        Assert.Equal(VerificationStatus.Pending, stored.Verification);
    }

    [Fact]
    public async Task RegisteringATakenAddress_AnswersAsANewOneWould_ChangesNothing_AndTellsTheOwnerByEmail()
    {
        var email = $"twice-{Guid.NewGuid():N}@contoh.id";
        var account = new { email, password = "kata sandi panjang", role = "family", fullName = "Sri Wahyuni" };
        var first = await app.CreateClient().PostJsonAsync("/api/v1/auth/register", account);
        await app.ConfirmEmailAsync(email, "kata sandi panjang");
        var familiesBefore = await CountFamiliesOfAsync(email);

        var second = await app.CreateClient().PostJsonAsync("/api/v1/auth/register",
            account with { email = email.ToUpperInvariant(), password = "kata sandi penyusup", fullName = "Penyusup" });

        Assert.Equal(first.StatusCode, second.StatusCode);
        Assert.Equal(
            (await first.Content.ReadAsStringAsync()).Replace(email, "ADDRESS", StringComparison.OrdinalIgnoreCase),
            (await second.Content.ReadAsStringAsync()).Replace(email, "ADDRESS", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(familiesBefore, await CountFamiliesOfAsync(email));
        var normalizedEmail = email.ToUpperInvariant();
        var users = await app.InScopeAsync(services =>
            services.GetRequiredService<MarketplaceDbContext>().Users.CountAsync(u => u.NormalizedEmail == normalizedEmail));
        Assert.Equal(1, users);
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(email, "kata sandi panjang")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(email, "kata sandi penyusup")).StatusCode);
        var notice = await app.EmailToAsync(email, "has an account already");
        Assert.Contains("Sri Wahyuni", notice, StringComparison.Ordinal);
        Assert.DoesNotContain("confirm-email", notice, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignUpsOfOneAddressAtOnce_AreAllAccepted_WhetherItWasNew_Unconfirmed_OrTaken()
    {
        var unconfirmed = $"belum-{Guid.NewGuid():N}@contoh.id";
        var taken = $"sudah-{Guid.NewGuid():N}@contoh.id";
        (await SignUpAsync(unconfirmed, "sandi pertama saya")).EnsureSuccessStatusCode();
        (await SignUpAsync(taken, "sandi pertama saya")).EnsureSuccessStatusCode();
        await app.ConfirmEmailAsync(taken, "sandi pertama saya");

        foreach (var email in new[] { $"baru-{Guid.NewGuid():N}@contoh.id", unconfirmed, taken })
        {
            var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => SignUpAsync(email, $"sandi serentak nomor {i}")));

            Assert.All(answers, answer => Assert.Equal(HttpStatusCode.Accepted, answer.StatusCode));
            var normalized = email.ToUpperInvariant();
            Assert.Equal(1, await app.InScopeAsync(services =>
                services.GetRequiredService<MarketplaceDbContext>().Users.CountAsync(u => u.NormalizedEmail == normalized)));
        }
    }

    [Fact]
    public async Task AnAddressSignedUpOverAndOver_GetsAtMostFiveSignUpEmailsAnHour()
    {
        var email = $"banjir-{Guid.NewGuid():N}@contoh.id";
        var account = new { email, password = "kata sandi panjang", role = "family", fullName = "Sri Wahyuni" };
        (await app.CreateClient().PostJsonAsync("/api/v1/auth/register", account)).EnsureSuccessStatusCode();
        await app.ConfirmEmailAsync(email, "kata sandi panjang");

        for (var attempt = 0; attempt < 7; attempt++)
        {
            Assert.Equal(HttpStatusCode.Accepted, (await app.CreateClient().PostJsonAsync("/api/v1/auth/register", account)).StatusCode);
        }

        await Eventually.TrueAsync(
            () => app.InScopeAsync(services => services.GetRequiredService<MarketplaceDbContext>().OutboxMessages
                .AllAsync(m => m.Type != "sign-up-email" || m.ProcessedAt != null)),
            "the sign-up emails were not all handled");
        Assert.Equal(SignUpEmailLimit.PerHour, app.MailTo(email).Count());
    }

    [Fact]
    public async Task SigningUpAgainBeforeConfirming_ReplacesTheFirstSignUp_AndItsLink()
    {
        var email = $"ulang-{Guid.NewGuid():N}@contoh.id";
        (await app.CreateClient().PostJsonAsync("/api/v1/auth/register", new { email, password = "sandi pertama saya", role = "caregiver", fullName = "Pertama" }))
            .EnsureSuccessStatusCode();
        var firstLink = await app.ConfirmationLinkAsync(email);
        (await app.CreateClient().PostJsonAsync("/api/v1/auth/register", new { email, password = "sandi kedua saya", role = "family", fullName = "Kedua" }))
            .EnsureSuccessStatusCode();
        var secondLink = await app.ConfirmationLinkAsync(email, except: firstLink);

        var firstPage = await (await app.NewPageClient().GetAsync(firstLink.PathAndQuery)).Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"problem\"", firstPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await app.NewPageClient().ConfirmOnPagesAsync(secondLink, "sandi pertama saya")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await app.NewPageClient().ConfirmOnPagesAsync(secondLink, "sandi kedua saya")).StatusCode);

        var client = await app.CreateClient().SignInAsync(email, "sandi kedua saya");
        var me = await (await client.GetAsync("/api/v1/me")).ReadJsonAsync();
        Assert.Equal("Kedua", me.GetProperty("fullName").GetString());
        Assert.Equal(["family"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(JsonValueKindNull, me.GetProperty("caregiverId").ValueKind);
    }

    [Fact]
    public async Task TheModel_HasNoChangesMissingFromItsMigrations()
    {
        var pending = await app.InScopeAsync(services =>
            Task.FromResult(services.GetRequiredService<MarketplaceDbContext>().Database.HasPendingModelChanges()));

        Assert.False(pending, "The model changed without a migration: add one for every provider (see src/Marketplace.Infrastructure/README.md).");
    }

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;

    private Task<HttpResponseMessage> SignUpAsync(string email, string password) =>
        app.CreateClient().PostJsonAsync("/api/v1/auth/register", new { email, password, role = "family", fullName = "Uji Serentak" });

    private Task<HttpResponseMessage> SignInAsync(string email, string password) =>
        app.CreateClient().PostJsonAsync("/api/v1/auth/login", new { email, password });

    private Task<int> CountFamiliesOfAsync(string email) =>
        app.InScopeAsync(services =>
        {
            var db = services.GetRequiredService<MarketplaceDbContext>();
            var normalized = email.ToUpperInvariant();
            return db.Families.CountAsync(f => db.Users.Any(u => u.Id == f.UserId && u.NormalizedEmail == normalized));
        });
}

public sealed class AccountPersistenceOnSqlite(SqliteAppFactory app) : AccountPersistenceTests<SqliteAppFactory>(app);

public sealed class AccountPersistenceOnPostgres(PostgresAppFactory app) : AccountPersistenceTests<PostgresAppFactory>(app);
