using System.Net;
using Marketplace.Infrastructure.Persistence;
using Marketplace.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Marketplace.IntegrationTests.Api.ProblemAssertions;

namespace Marketplace.IntegrationTests.Families;

/// <summary>Care recipients: consent, who may see them, and the access log, on each database provider.</summary>
public abstract class RecipientTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : MarketplaceAppFactory
{
    private static readonly object Recipient = new
    {
        name = "Hj. Sitti Rahmah",
        kind = "elder",
        birthYear = 1948,
        needs = new[] { "mobility", "diabetes" },
        address = new { areaCode = "73.71.10", line = "Jl. Daeng Tata Raya No. 12", lat = -5.1801, lon = 119.4105 },
        consent = true,
    };

    [Fact]
    public async Task AFamily_AddsARecipient_WithItsConsentRecorded()
    {
        var family = await app.NewAccountAsync("family");
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);

        var added = await family.PostJsonAsync("/api/v1/families/me/recipients", Recipient);

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var recipient = await added.ReadJsonAsync();
        Assert.Equal("elder", recipient.GetProperty("kind").GetString());
        Assert.Equal("2026-11", recipient.GetProperty("consentTextVersion").GetString());
        Assert.True(recipient.GetProperty("consentAcceptedAt").GetDateTimeOffset() >= before);
        Assert.Equal(HttpStatusCode.OK, (await family.GetAsync(added.Headers.Location)).StatusCode);
        Assert.Single((await (await family.GetAsync("/api/v1/families/me/recipients")).ReadJsonAsync()).EnumerateArray());
    }

    [Fact]
    public async Task WithoutConsent_NothingIsStored()
    {
        var family = await app.NewAccountAsync("family");
        var body = System.Text.Json.JsonSerializer.Serialize(Recipient).Replace("\"consent\":true", "\"consent\":false", StringComparison.Ordinal);

        var response = await family.PostAsync("/api/v1/families/me/recipients", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        await HasError(response, "consent");
        Assert.Empty((await (await family.GetAsync("/api/v1/families/me/recipients")).ReadJsonAsync()).EnumerateArray());
    }

    [Theory]
    [InlineData("\"birthYear\":1848", "birthYear")]
    [InlineData("\"needs\":[\"flying\"]", "needs[0]")]
    [InlineData("\"kind\":\"pet\"", "kind")]
    [InlineData("\"address\":{\"areaCode\":\"73.71\",\"line\":\"Jl. A\",\"lat\":-5.18,\"lon\":119.41}", "address.areaCode")]
    [InlineData("\"address\":{\"areaCode\":\"73.71.10\",\"line\":\"Jl. A\",\"lat\":48.85,\"lon\":2.35}", "address.lat")]
    public async Task ABadRecipient_IsRefusedNamingTheField(string change, string field)
    {
        var family = await app.NewAccountAsync("family");
        var body = JsonBodies.With(Recipient, change);

        var response = await family.PostAsync("/api/v1/families/me/recipients", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        await HasError(response, field);
    }

    [Fact]
    public async Task ABirthYear_IsJudgedByTheYearItIsNow_NotTheYearTheAppStarted()
    {
        var family = await app.NewAccountAsync("family");
        var nextYear = app.Clock.GetUtcNow().Year + 1;
        var baby = JsonBodies.With(Recipient, $"\"kind\":\"child\",\"birthYear\":{nextYear},\"needs\":[]");

        var thisYear = await family.PostAsync("/api/v1/families/me/recipients", new StringContent(baby, System.Text.Encoding.UTF8, "application/json"));
        await HasError(thisYear, "birthYear");

        using (app.Clock.TravelTo(new DateTimeOffset(nextYear, 3, 1, 0, 0, 0, TimeSpan.Zero)))
        {
            var later = await family.PostAsync("/api/v1/families/me/recipients", new StringContent(baby, System.Text.Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.Created, later.StatusCode);
        }
    }

    [Fact]
    public async Task AnotherFamily_ACaregiverAndAnAdmin_CannotReadTheRecipient()
    {
        var family = await app.NewAccountAsync("family");
        var added = await family.PostJsonAsync("/api/v1/families/me/recipients", Recipient);
        var path = added.Headers.Location!;

        Assert.Equal(HttpStatusCode.NotFound, (await (await app.NewAccountAsync("family")).GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.NewAccountAsync("caregiver")).GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.AdminAsync()).GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.NewAccountAsync("caregiver")).PostJsonAsync("/api/v1/families/me/recipients", Recipient)).StatusCode);
    }

    [Fact]
    public async Task EveryView_IsWrittenToTheAccessLog()
    {
        var family = await app.NewAccountAsync("family");
        var id = (await (await family.PostJsonAsync("/api/v1/families/me/recipients", Recipient)).ReadJsonAsync()).GetProperty("id").GetGuid();

        await family.GetAsync($"/api/v1/recipients/{id}");
        await family.GetAsync("/api/v1/families/me/recipients");
        await (await app.NewAccountAsync("family")).GetAsync($"/api/v1/recipients/{id}");

        var logged = await app.InScopeAsync(services =>
            services.GetRequiredService<MarketplaceDbContext>().RecipientAccessLog.CountAsync(a => a.RecipientId == id));
        Assert.Equal(2, logged);
    }
}

public sealed class RecipientsOnSqlite(SqliteAppFactory app) : RecipientTests<SqliteAppFactory>(app);

public sealed class RecipientsOnPostgres(PostgresAppFactory app) : RecipientTests<PostgresAppFactory>(app);
