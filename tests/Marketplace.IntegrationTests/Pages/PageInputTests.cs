using System.Net;
using Marketplace.TestSupport;

namespace Marketplace.IntegrationTests.Pages;

/// <summary>
/// The failing page inputs of issue #11: a form answers 400 with the field's message (never a 500, never a
/// silent misreading) and stores nothing; an empty list entry in a query means nothing chosen.
/// </summary>
public abstract class PageInputTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : MarketplaceAppFactory
{
    [Theory]
    [InlineData("12000.0", 12_000)]
    [InlineData("Rp 150.000", 150_000)]
    [InlineData("150.000,00", 150_000)]
    public async Task ARateWithADecimalPointOrIndonesianGrouping_IsSavedAsMeant(string typed, long saved)
    {
        var (api, pages, id) = await NewCaregiverAsync();

        var response = await pages.PostFormAsync("/caregiver/profile", "/caregiver/profile", Profile(typed));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(saved, (await (await api.GetAsync($"/api/v1/caregivers/{id}")).ReadJsonAsync()).GetProperty("hourlyRateIdr").GetInt64());
    }

    [Theory]
    [InlineData("150,000", "two amounts")]
    [InlineData("12000,5", "whole number")]
    public async Task ARateThatCouldMeanTwoAmounts_IsRefusedWithItsReason_AndNothingIsSaved(string typed, string reason)
    {
        var (api, pages, id) = await NewCaregiverAsync();
        pages.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");

        var response = await pages.PostFormAsync("/caregiver/profile", "/caregiver/profile", Profile(typed));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, (await (await api.GetAsync($"/api/v1/caregivers/{id}")).ReadJsonAsync()).GetProperty("hourlyRateIdr").GetInt64());
    }

    [Fact]
    public async Task AControlCharacterInAFormField_IsRefusedBesideTheField_AndNothingIsStored()
    {
        var (family, _) = await app.NewFamilyAsync();
        var pages = await app.OnPagesAsync(family);

        var response = await pages.PostFormAsync("/family/recipients", "/family/recipients", new()
        {
            ["Name"] = "Ibu\u0001Rahmah", ["Kind"] = "Elder", ["BirthYear"] = "1950", ["AreaCode"] = "73.71.10", ["Line"] = "Jl. A",
            ["Lat"] = "-5.18", ["Lon"] = "119.41", ["Consent"] = "true",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-valmsg-for=\"Name\" data-valmsg-replace=\"true\">Teks memuat karakter", html, StringComparison.Ordinal);
        Assert.Single((await (await family.GetAsync("/api/v1/families/me/recipients")).ReadJsonAsync()).EnumerateArray());
    }

    [Fact]
    public async Task ANulInAFormField_GetsTheFriendlyPageWith400_AndNothingIsStored()
    {
        var (family, _) = await app.NewFamilyAsync();
        var pages = await app.OnPagesAsync(family);

        // The framework refuses to read a form holding a NUL at all, so no field can be named; the page says so in words.
        var response = await pages.PostFormAsync("/family/recipients", "/family/recipients", new()
        {
            ["Name"] = "Ibu\0Rahmah", ["Kind"] = "Elder", ["BirthYear"] = "1950", ["AreaCode"] = "73.71.10", ["Line"] = "Jl. A",
            ["Lat"] = "-5.18", ["Lon"] = "119.41", ["Consent"] = "true",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Kode 400", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Single((await (await family.GetAsync("/api/v1/families/me/recipients")).ReadJsonAsync()).EnumerateArray());
    }

    [Theory]
    [InlineData("/search?Place=-5.1477,119.4327&Skills=&Languages=")]
    [InlineData("/search?Place=-5.1477,119.4327&Skills=%20&Skills=elder-care")]
    [InlineData("/search/services?Place=-5.1477,119.4327&Needs=")]
    public async Task AnEmptyListEntryInASearch_MeansNothingChosen(string search)
    {
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync(search)).StatusCode);
    }

    [Theory]
    [InlineData("RememberMe", "yes")]
    [InlineData("Email", "admin@peduli.test\0")]
    [InlineData("Password", "salah\0sekali")]
    public async Task ASignInFormWithAnUnreadableField_IsShownAgainWith400(string field, string value)
    {
        var fields = new Dictionary<string, string> { ["Email"] = MarketplaceAppFactory.AdminEmail, ["Password"] = "salah sekali", [field] = value };

        var response = await app.NewPageClient().PostFormAsync("/account/login", "/account/login", fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("/bookings\r\nSet-Cookie: x=1")]
    [InlineData("//evil.example/")]
    [InlineData("https://evil.example/")]
    public async Task AReturnAddressThatIsNotASafePathOfTheSite_SendsHomeInstead(string returnUrl)
    {
        var response = await app.NewPageClient().PostFormAsync("/account/login", "/account/login", new()
        {
            ["Email"] = MarketplaceAppFactory.AdminEmail, ["Password"] = MarketplaceAppFactory.AdminPassword, ["ReturnUrl"] = returnUrl,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account", response.Headers.Location?.OriginalString);
    }

    private async Task<(HttpClient Api, HttpClient Pages, Guid Id)> NewCaregiverAsync()
    {
        var api = await app.NewAccountAsync("caregiver");
        var id = (await (await api.GetAsync("/api/v1/me")).ReadJsonAsync()).GetProperty("caregiverId").GetGuid();
        return (api, await app.OnPagesAsync(api), id);
    }

    private static Dictionary<string, string> Profile(string rate) => new()
    {
        ["FullName"] = "Irmawati", ["Skills"] = "elder-care", ["Languages"] = "id", ["HourlyRateIdr"] = rate,
        ["HomeLat"] = "-5.2030", ["HomeLon"] = "119.4580", ["ServiceRadiusKm"] = "8", ["AreaCodes"] = "73.06.08",
    };
}

public sealed class PageInputOnSqlite(SqliteAppFactory app) : PageInputTests<SqliteAppFactory>(app);

public sealed class PageInputOnPostgres(PostgresAppFactory app) : PageInputTests<PostgresAppFactory>(app);
