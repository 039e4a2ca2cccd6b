using System.Net;
using System.Text;
using Marketplace.TestSupport;
using static Marketplace.IntegrationTests.Api.ProblemAssertions;

namespace Marketplace.IntegrationTests.Api;

/// <summary>Bad input to registration gets 400 problem details naming the fields at fault, never a 500.</summary>
public sealed class RegistrationInputTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    private static readonly string LongText = new('a', 300);

    public static TheoryData<string, string[]> BadBodies => new()
    {
        { "{}", ["email", "password", "role", "fullName"] },
        { """{"email":"","password":"","role":"","fullName":""}""", ["email", "password", "role", "fullName"] },
        { """{"email":"not-an-email","password":"panjang sekali","role":"family","fullName":"Siti"}""", ["email"] },
        { $$"""{"email":"{{LongText}}@contoh.id","password":"panjang sekali","role":"family","fullName":"Siti"}""", ["email"] },
        { $$"""{"email":"siti@contoh.id","password":"{{LongText}}","role":"family","fullName":"Siti"}""", ["password"] },
        { $$"""{"email":"siti@contoh.id","password":"panjang sekali","role":"family","fullName":"{{LongText}}"}""", ["fullName"] },
        { """{"email":"siti@contoh.id","password":"pendek","role":"family","fullName":"Siti"}""", ["password"] },
        { """{"email":"siti@contoh.id","password":"panjang sekali","role":"admin","fullName":"Siti"}""", ["role"] },
        { """{"email":"siti@contoh.id","password":"panjang sekali","role":"family","fullName":"Siti","phone":"call me"}""", ["phone"] },
        { """{"email":5,"password":"panjang sekali","role":"family","fullName":"Siti"}""", ["email"] },
        { """{"email":"siti@contoh.id","password":["a"],"role":"family","fullName":"Siti"}""", ["password"] },
        // Addresses the account store's upper-case comparison would take for another (a long s, a dotless i), and a
        // domain with a trailing dot, which many mail servers read as the same mailbox.
        { """{"email":"\u017Fiti@contoh.id","password":"panjang sekali","role":"family","fullName":"Siti"}""", ["email"] },
        { """{"email":"s\u0131ti@contoh.id","password":"panjang sekali","role":"family","fullName":"Siti"}""", ["email"] },
        { """{"email":"keluarga@peduli.test.","password":"panjang sekali","role":"family","fullName":"Siti"}""", ["email"] },
        { """{"email":"siti@contoh..id","password":"panjang sekali","role":"family","fullName":"Siti"}""", ["email"] },
        { """{"email":"siti@contoh.id","password":"panjang sekali","role":"family","fullName":"Budi\n\nPENTING: buka https://contoh.test"}""", ["fullName"] },
        { """{"email":"siti@contoh.id",""", ["$"] },
        { "[]", ["$"] },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Register_WithBadInput_AnswersBadRequestNamingTheFields(string body, string[] fields)
    {
        var response = await PostRawAsync("/api/v1/auth/register", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.ReadJsonAsync()).GetProperty("errors");
        Assert.All(fields, field => Assert.True(HasError(errors, field), $"no error for '{field}' in {errors}"));
    }

    [Fact]
    public async Task Register_WithAnEmptyBody_AnswersBadRequest()
    {
        var response = await PostRawAsync("/api/v1/auth/register", string.Empty);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Register_WithALongPassphrase_IsAccepted()
    {
        var passphrase = string.Join(' ', Enumerable.Repeat("nenek suka kopi toraja", 5));

        var response = await app.CreateClient().PostJsonAsync("/api/v1/auth/register",
            new { email = $"panjang-{Guid.NewGuid():N}@contoh.id", password = passphrase, role = "caregiver", fullName = "Hartini" });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Fact]
    public async Task Register_ValidationMessages_FollowTheRequestedLanguage()
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.Clear();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("id");

        var response = await PostRawAsync("/api/v1/auth/register", """{"email":"siti@contoh.id","password":"panjang sekali","role":"family","fullName":""}""", client);

        var message = (await response.ReadJsonAsync()).GetProperty("errors").GetProperty("fullName")[0].GetString();
        Assert.Contains("Nama lengkap", message, StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> PostRawAsync(string path, string body, HttpClient? client = null) =>
        await (client ?? app.CreateClient()).PostAsync(path, new StringContent(body, Encoding.UTF8, "application/json"));
}
