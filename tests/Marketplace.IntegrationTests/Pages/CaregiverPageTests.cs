using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Marketplace.TestSupport;
using static Marketplace.TestSupport.TestBookings;

namespace Marketplace.IntegrationTests.Pages;

/// <summary>
/// A caregiver's public page, <c>/caregivers/{id}</c>, linked from every search result: what a family needs to choose,
/// never what is the caregiver's alone (home, phone, certificate numbers and scans), only for a verified caregiver,
/// and a "Pesan" button that keeps the visit searched for. GET /api/v1/caregivers/{id} agrees with it.
/// </summary>
public abstract partial class CaregiverPageTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : MarketplaceAppFactory
{
    private const string Bio = "Pendamping lansia di Somba Opu sejak 2018.\nSabar, tepat waktu, dan terbiasa merawat penderita stroke.";
    private const string Phone = "+62 812 4455 6677";

    [Fact]
    public async Task AVerifiedCaregiversPage_ShowsAnyoneWhatAFamilyNeedsToChoose()
    {
        var (_, id) = await NewPublicCaregiverAsync();

        var response = await app.NewPageClient().GetAsync($"/caregivers/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("<title>Irmawati, pendamping · Peduli</title>", html, StringComparison.Ordinal);
        Assert.Contains($"src=\"/api/v1/caregivers/{id}/photo\" alt=\"Foto Irmawati\"", html, StringComparison.Ordinal);
        Assert.Contains(Bio, html, StringComparison.Ordinal);
        Assert.Contains("Rp 60.000 per jam", html, StringComparison.Ordinal);
        Assert.Contains("Somba Opu, Kabupaten Gowa", html, StringComparison.Ordinal);
        Assert.Contains("Sertifikat Kompetensi Pendamping Lansia", html, StringComparison.Ordinal);
        Assert.Contains($"Diterbitkan oleh LSP Pekerja Sosial · berlaku sampai {ValidUntil()}", html, StringComparison.Ordinal);
        Assert.Contains("Belum ada ulasan untuk Irmawati.", html, StringComparison.Ordinal);
        Assert.Equal($"/bookings/new?caregiverId={id}", BookLink(html));
    }

    [Fact]
    public async Task ThePage_NeverShowsTheHome_ThePhone_OrACertificatesNumberOrScan()
    {
        var (caregiver, id) = await NewPublicCaregiverAsync();
        var certificate = (await (await caregiver.GetAsync("/api/v1/caregivers/me/certificates")).ReadJsonAsync())[0].GetProperty("id").GetGuid();

        var html = await (await app.NewPageClient().GetAsync($"/caregivers/{id}")).Content.ReadAsStringAsync();

        foreach (var secret in new[] { "-5.203", "119.458", "812 4455", "8124455", "BNSP-PL-7371-0001", "/document", certificate.ToString() })
        {
            Assert.DoesNotContain(secret, html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AnUnverifiedCaregiversPage_IsAFriendlyNotFound_ExceptToThemAndToAdmins()
    {
        var (caregiverApi, id) = await app.NewVerifiableCaregiverAsync();
        var (familyApi, _) = await app.NewFamilyAsync();

        var anonymous = await app.NewPageClient().GetAsync($"/caregivers/{id}");
        var family = await (await app.OnPagesAsync(familyApi)).GetAsync($"/caregivers/{id}");
        var own = await (await app.OnPagesAsync(caregiverApi)).GetStringAsync($"/caregivers/{id}");
        var admin = await app.SignInOnPagesAsync(MarketplaceAppFactory.AdminEmail, MarketplaceAppFactory.AdminPassword);

        Assert.Equal(HttpStatusCode.NotFound, anonymous.StatusCode);
        var notFound = WebUtility.HtmlDecode(await anonymous.Content.ReadAsStringAsync());
        Assert.Contains("<title>Profil tidak ditemukan · Peduli</title>", notFound, StringComparison.Ordinal);
        Assert.Contains("href=\"/search\"", notFound, StringComparison.Ordinal);
        Assert.DoesNotContain("Irmawati", notFound, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, family.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync($"/api/v1/caregivers/{id}")).StatusCode);
        Assert.Contains("data-testid=\"not-public\"", own, StringComparison.Ordinal);
        Assert.Null(BookLink(own));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/caregivers/{id}")).StatusCode);
    }

    [Fact]
    public async Task ARejectedCaregiversPage_AndAnUnknownOne_AreNotFound()
    {
        var (_, id) = await NewPublicCaregiverAsync();
        (await (await app.AdminAsync()).PostJsonAsync($"/api/v1/admin/caregivers/{id}/verification", new { decision = "rejected", reason = "Sertifikat palsu." }))
            .EnsureSuccessStatusCode();
        var visitor = app.NewPageClient();

        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/caregivers/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/caregivers/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/api/v1/caregivers/{id}/photo")).StatusCode);
    }

    [Fact]
    public async Task ThePesanButton_KeepsTheVisitSearchedFor_AndDropsWhatNoVisitCouldHave()
    {
        var (_, id) = await NewPublicCaregiverAsync();
        var visitor = app.NewPageClient();
        var day = Day(Next(DayOfWeek.Thursday, 10));

        var kept = await visitor.GetStringAsync($"/caregivers/{id}?date={day}&time=10:00&hours=3");
        var dropped = await visitor.GetAsync($"/caregivers/{id}?date=9999-12-31&time=abc&hours=99");

        Assert.Equal($"/bookings/new?caregiverId={id}&date={day}&time=10%3A00&hours=3", BookLink(kept));
        Assert.Contains("data-testid=\"searched-visit\"", kept, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, dropped.StatusCode);
        Assert.Equal($"/bookings/new?caregiverId={id}", BookLink(await dropped.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task OnlyAFamilyOrSomeoneNotSignedIn_IsOfferedPesan()
    {
        var (_, id) = await NewPublicCaregiverAsync();
        var (otherCaregiver, _) = await app.NewVerifiedCaregiverAsync();
        var (familyApi, _) = await app.NewFamilyAsync();

        Assert.NotNull(BookLink(await (await app.OnPagesAsync(familyApi)).GetStringAsync($"/caregivers/{id}")));
        Assert.Null(BookLink(await (await app.OnPagesAsync(otherCaregiver)).GetStringAsync($"/caregivers/{id}")));
    }

    [Fact]
    public async Task EverySearchResult_LinksToTheProfileWithTheVisit_AndShowsThePhotoAndABioLine()
    {
        var (_, id) = await NewPublicCaregiverAsync();
        var day = Day(Next(DayOfWeek.Thursday, 10));
        var search = $"/search?Place=-5.1990%2C119.4500&RadiusKm=10&VisitDate={day}&VisitTime=10%3A00&VisitHours=3";

        var card = await Eventually.FoundAsync(async () => Card(await app.NewPageClient().GetStringAsync(search), id), "the caregiver was not found by the search");

        Assert.Contains($"href=\"/caregivers/{id}?date={day}&amp;time=10%3A00&amp;hours=3\"", card, StringComparison.Ordinal);
        Assert.Contains($"src=\"/api/v1/caregivers/{id}/photo\"", card, StringComparison.Ordinal);
        Assert.Contains(">Pendamping lansia di Somba Opu sejak 2018.</p>", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheApi_GivesTheVerifiedCertificatesAsThePageDoes_WithoutNumbersOrScans()
    {
        var (caregiver, id) = await NewPublicCaregiverAsync();
        var added = await caregiver.PostJsonAsync("/api/v1/caregivers/me/certificates", new
        {
            title = "Perawat Demensia", number = "BNSP-PD-0002", issuer = "LSP Kesehatan",
            issuedOn = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-1), expiresOn = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(1),
        });
        added.EnsureSuccessStatusCode();

        var profile = await (await app.CreateClient().GetAsync($"/api/v1/caregivers/{id}")).ReadJsonAsync();

        // The certificate added after the verifier's decision has not been seen by one: it is not among them.
        var certificate = Assert.Single(profile.GetProperty("verifiedCertificates").EnumerateArray());
        Assert.Equal(["title", "issuer", "validUntil"], certificate.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Sertifikat Kompetensi Pendamping Lansia", certificate.GetProperty("title").GetString());
        Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow).AddYears(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            certificate.GetProperty("validUntil").GetString());
        Assert.DoesNotContain("Perawat Demensia", await (await app.NewPageClient().GetAsync($"/caregivers/{id}")).Content.ReadAsStringAsync(),
            StringComparison.Ordinal);
    }

    /// <summary>A verified caregiver signed up with a phone, with a bio, a photo, a working week and one documented certificate seen by the verifier.</summary>
    private async Task<(HttpClient Client, Guid Id)> NewPublicCaregiverAsync()
    {
        var email = $"caregiver-{Guid.NewGuid():N}@contoh.id";
        (await app.CreateClient().PostJsonAsync("/api/v1/auth/register", new { email, password = Accounts.Password, role = "caregiver", fullName = "Irmawati", phone = Phone }))
            .EnsureSuccessStatusCode();
        await app.ConfirmEmailAsync(email);
        var caregiver = await app.CreateClient().SignInAsync(email, Accounts.Password);
        var profile = JsonSerializer.SerializeToElement(TestCaregivers.CompleteProfile, JsonSerializerOptions.Web);
        var withBio = profile.EnumerateObject().ToDictionary(p => p.Name, p => (object)p.Value);
        withBio["bio"] = Bio;
        var saved = await caregiver.PutAsJsonAsync("/api/v1/caregivers/me", withBio);
        saved.EnsureSuccessStatusCode();
        var id = (await saved.ReadJsonAsync()).GetProperty("id").GetGuid();
        await caregiver.AddDocumentedCertificateAsync();
        (await caregiver.PutFileAsync("/api/v1/caregivers/me/photo", TestCaregivers.PngBytes, "foto.png")).EnsureSuccessStatusCode();
        (await caregiver.PutAsJsonAsync("/api/v1/caregivers/me/availability", new
        {
            timeZone = "Asia/Makassar",
            weekly = Enum.GetNames<DayOfWeek>().Select(day => new { day = day.ToLowerInvariant(), start = "07:00", end = "19:00" }),
            timeOff = Array.Empty<object>(),
        })).EnsureSuccessStatusCode();
        (await (await app.AdminAsync()).PostJsonAsync($"/api/v1/admin/caregivers/{id}/verification", new { decision = "verified" })).EnsureSuccessStatusCode();
        return (caregiver, id);
    }

    private static string ValidUntil() =>
        DateOnly.FromDateTime(DateTime.UtcNow).AddYears(2).ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("id-ID"));

    private static string Day(DateTimeOffset start) => DateOnly.FromDateTime(start.DateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? BookLink(string html) =>
        BookButton().Match(html) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;

    /// <summary>The result card of <paramref name="caregiverId"/> on a search page, or null when it is not there.</summary>
    private static string? Card(string html, Guid caregiverId) =>
        Cards().Matches(html).Select(m => m.Value).FirstOrDefault(card => card.Contains($"/caregivers/{caregiverId}", StringComparison.Ordinal));

    [GeneratedRegex("<a class=\"button\" href=\"([^\"]+)\" data-testid=\"book\">")]
    private static partial Regex BookButton();

    [GeneratedRegex("<li class=\"card\" data-testid=\"hit\">.*?</li>", RegexOptions.Singleline)]
    private static partial Regex Cards();
}

public sealed class CaregiverPageOnSqlite(SqliteAppFactory app) : CaregiverPageTests<SqliteAppFactory>(app);

public sealed class CaregiverPageOnPostgres(PostgresAppFactory app) : CaregiverPageTests<PostgresAppFactory>(app);
