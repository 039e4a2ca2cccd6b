using System.Net;
using Marketplace.TestSupport;

namespace Marketplace.IntegrationTests.Notifications;

/// <summary>An account's emails are written in the language it chose: at sign-up, or later with the site's language switch.</summary>
public abstract class EmailLanguageTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : MarketplaceAppFactory
{
    [Fact]
    public async Task ASignUpMadeInEnglish_GetsItsEmailInEnglish_AndOneChoosingBahasaIndonesia_InBahasaIndonesia()
    {
        var english = $"english-{Guid.NewGuid():N}@contoh.id";
        var indonesian = $"indonesia-{Guid.NewGuid():N}@contoh.id";
        var client = app.CreateClient(); // Accept-Language: en

        Assert.Equal(HttpStatusCode.Accepted, (await client.PostJsonAsync("/api/v1/auth/register",
            new { email = english, password = Accounts.Password, role = "family", fullName = "Jane Doe" })).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await client.PostJsonAsync("/api/v1/auth/register",
            new { email = indonesian, password = Accounts.Password, role = "family", fullName = "Andi Rahman", language = "id" })).StatusCode);

        var inEnglish = await app.EmailToAsync(english, "confirm-email");
        var inIndonesian = await app.EmailToAsync(indonesian, "confirm-email");
        Assert.Contains("Open this link within 24 hours", inEnglish, StringComparison.Ordinal);
        Assert.DoesNotContain("Buka tautan", inEnglish, StringComparison.Ordinal);
        Assert.Contains("Buka tautan ini dalam 24 jam", inIndonesian, StringComparison.Ordinal);
        Assert.DoesNotContain("Open this link", inIndonesian, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALanguageNoEmailIsWrittenIn_IsRefused_NamingTheField()
    {
        var refused = await app.CreateClient().PostJsonAsync("/api/v1/auth/register",
            new { email = $"fr-{Guid.NewGuid():N}@contoh.id", password = Accounts.Password, role = "family", fullName = "Jean Dupont", language = "fr" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True((await refused.ReadJsonAsync()).GetProperty("errors").TryGetProperty("language", out _));
    }

    [Fact]
    public async Task SwitchingTheSiteToEnglish_WhileSignedIn_WritesTheNextEmailsInEnglish()
    {
        var (caregiver, id) = await app.NewVerifiableCaregiverAsync();
        var email = (await (await caregiver.GetAsync("/api/v1/me")).ReadJsonAsync()).GetProperty("email").GetString()!;
        var pages = await app.SignInOnPagesAsync(email, Accounts.Password);
        Assert.Equal(HttpStatusCode.Redirect, (await pages.PostFormAsync("/account", "/culture", new() { ["culture"] = "en", ["returnUrl"] = "/account" })).StatusCode);

        (await (await app.AdminAsync()).PostJsonAsync($"/api/v1/admin/caregivers/{id}/verification", new { decision = "verified" })).EnsureSuccessStatusCode();

        var told = await app.EmailToAsync(email, "has been verified");
        Assert.StartsWith("Hello Uji Coba,", told, StringComparison.Ordinal);
        Assert.DoesNotContain("sudah diverifikasi", told, StringComparison.Ordinal);
    }
}

public sealed class EmailLanguageOnSqlite(SqliteAppFactory app) : EmailLanguageTests<SqliteAppFactory>(app);

public sealed class EmailLanguageOnPostgres(PostgresAppFactory app) : EmailLanguageTests<PostgresAppFactory>(app);
