using System.Net;
using System.Text.RegularExpressions;
using Marketplace.TestSupport;
using static Marketplace.TestSupport.TestBookings;

namespace Marketplace.IntegrationTests.Pages;

/// <summary>
/// How a page tells a person what to fix: each error once, in the summary under the field's label and
/// linked to the field, and beside the field; an id the form sent that names nothing is a field to choose
/// again, not a missing page; a single value sent twice is refused; nothing English leaks into the page.
/// </summary>
public abstract partial class FormErrorTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : MarketplaceAppFactory
{
    [Fact]
    public async Task TheSummary_NamesAndLinksEachField_OnceEach()
    {
        var (_, caregiverId) = await app.NewBookableCaregiverAsync();
        var (family, _) = await app.NewFamilyAsync();
        var pages = await app.OnPagesAsync(family);

        var response = await pages.PostFormAsync($"/bookings/new?caregiverId={caregiverId}", "/bookings/new", new()
        {
            ["CaregiverId"] = caregiverId.ToString(), ["RecipientId"] = string.Empty, ["Date"] = Next(DayOfWeek.Wednesday, 9).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Time"] = "9", ["Hours"] = "2",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var summary = Summary(await response.Content.ReadAsStringAsync());
        Assert.Contains("<a href=\"#RecipientId\">Penerima layanan</a>: Isi bagian ini.", summary, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#Time\">Jam</a>", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("''", summary, StringComparison.Ordinal);
        Assert.All(ListItems().Matches(summary).GroupBy(item => item.Value), item => Assert.Single(item));
    }

    [Fact]
    public async Task ARecipientThatIsNotTheFamilys_IsSaidBesideTheField_NotAMissingPage()
    {
        var (_, caregiverId) = await app.NewBookableCaregiverAsync();
        var (family, _) = await app.NewFamilyAsync();
        var pages = await app.OnPagesAsync(family);

        var response = await pages.PostFormAsync($"/bookings/new?caregiverId={caregiverId}", "/bookings/new", new()
        {
            ["CaregiverId"] = caregiverId.ToString(), ["RecipientId"] = Guid.NewGuid().ToString(),
            ["Date"] = Next(DayOfWeek.Wednesday, 9).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), ["Time"] = "09:00", ["Hours"] = "2",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<a href=\"#RecipientId\">", Summary(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(0, (await (await family.GetAsync("/api/v1/bookings")).ReadJsonAsync()).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task ASlotSentTwice_IsRefused_AndNothingIsBooked()
    {
        var (_, listingId, slotId) = await app.NewClinicSlotAsync(capacityPerSlot: 2);
        var (family, recipientId) = await app.NewFamilyAsync();
        var pages = await app.OnPagesAsync(family);
        var token = await pages.AntiforgeryTokenAsync($"/listings/{listingId}");

        var response = await pages.PostAsync($"/listings/{listingId}/book", new FormUrlEncodedContent(
        [
            new("RecipientId", recipientId.ToString()), new("SlotId", slotId.ToString()), new("SlotId", Guid.NewGuid().ToString()),
            new("__RequestVerificationToken", token),
        ]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("lebih dari sekali", Summary(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(0, (await (await family.GetAsync("/api/v1/bookings")).ReadJsonAsync()).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task ASearchTermTooLong_IsSaidOnTheCareManagersPage()
    {
        var admin = await app.SignInOnPagesAsync(MarketplaceAppFactory.AdminEmail, MarketplaceAppFactory.AdminPassword);

        var response = await admin.GetAsync("/admin/care-managers?name=" + new string('a', 5000));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("100 karakter", Summary(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnstorableCharacter_InAFormWithoutAUseCase_IsExplainedInWords_NotByItsKey()
    {
        var response = await app.NewPageClient().PostFormAsync("/account/login", "/account/login", new() { ["Email"] = "siti@contoh.id", ["Password"] = "ab\u0001cd" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var summary = Summary(await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain("Input.Unstorable", summary, StringComparison.Ordinal);
        Assert.Contains("tidak dapat disimpan", System.Net.WebUtility.HtmlDecode(summary), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/account/login")]
    [InlineData("/account/register")]
    public async Task APage_CarriesNoEnglishValidationTemplate(string page)
    {
        var html = await app.NewPageClient().GetStringAsync(page);

        Assert.DoesNotContain("field is required", html, StringComparison.Ordinal);
    }

    private static string Summary(string html) =>
        SummaryBlock().Match(html) is { Success: true } block ? block.Value : throw new InvalidOperationException("The page has no error summary:\n" + html);

    [GeneratedRegex("<div class=\"form-errors validation-summary-errors\"[^>]*>.*?</div>", RegexOptions.Singleline)]
    private static partial Regex SummaryBlock();

    [GeneratedRegex("<li>.*?</li>", RegexOptions.Singleline)]
    private static partial Regex ListItems();
}

public sealed class FormErrorsOnSqlite(SqliteAppFactory app) : FormErrorTests<SqliteAppFactory>(app);
