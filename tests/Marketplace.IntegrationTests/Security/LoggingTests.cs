using System.Net;
using Marketplace.Infrastructure.Outbox;
using Marketplace.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using static Marketplace.TestSupport.TestBookings;

namespace Marketplace.IntegrationTests.Security;

/// <summary>
/// The logs at information level and above, as configured for production, say what happened without saying to
/// whom: no email address, phone number or name; a refusal is one information line without a stack trace.
/// </summary>
public sealed class LoggingTests(LoggingTests.LoggedApp app) : IClassFixture<LoggingTests.LoggedApp>
{
    [Fact]
    public async Task SigningUp_Booking_AndEmailingBothSides_LogsNoPersonalData()
    {
        var email = $"family-{Guid.NewGuid():N}@contoh.id";
        const string Phone = "+6281234567890";
        var family = app.CreateClient();
        (await family.PostJsonAsync("/api/v1/auth/register", new { email, password = Accounts.Password, role = "family", fullName = "Andi Mappanyukki", phone = Phone }))
            .EnsureSuccessStatusCode();
        var link = await app.ConfirmationLinkAsync(email);
        Assert.Equal(HttpStatusCode.Redirect, (await app.NewPageClient().ConfirmOnPagesAsync(link, Accounts.Password)).StatusCode);
        await family.PostJsonAsync("/api/v1/auth/login", new { email, password = "salah sekali" });
        await family.SignInAsync(email, Accounts.Password);
        var accountId = (await (await family.GetAsync("/api/v1/me")).ReadJsonAsync()).GetProperty("id").GetGuid();
        var recipient = await family.PostJsonAsync("/api/v1/families/me/recipients", RecipientNearGowa());
        var recipientId = (await recipient.ReadJsonAsync()).GetProperty("id").GetGuid();
        var (_, caregiverId) = await app.NewBookableCaregiverAsync();
        await family.BookAsync(caregiverId, recipientId, Next(DayOfWeek.Tuesday, 9));

        await EmailWrittenAsync();

        var told = app.Logs.Entries.Where(entry => entry.Level >= LogLevel.Information).Select(entry => entry.Message + " " + entry.Exception).ToList();
        Assert.NotEmpty(told);
        Assert.Contains(told, line => line.StartsWith("Sign-in by password failed for account", StringComparison.Ordinal));
        Assert.Contains($"Address confirmed for account {accountId} ", told);

        // Once on the confirmation page, once through the API: both are sign-ins by password, logged alike.
        Assert.Equal(2, told.Count(line => line.StartsWith($"Sign-in by password succeeded for account {accountId}", StringComparison.Ordinal)));
        foreach (var personal in new[] { email, Phone, "Andi Mappanyukki", "Sitti Rahmah", "Poros Malino" })
        {
            Assert.DoesNotContain(told, line => line.Contains(personal, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public async Task APageRefusal_IsOneInformationLine_WithoutAStackTrace()
    {
        var page = app.NewPageClient();
        var missing = $"/listings/{Guid.NewGuid()}";

        Assert.Equal(HttpStatusCode.NotFound, (await page.GetAsync(missing)).StatusCode);

        var about = app.Logs.Entries.Where(entry => entry.Message.Contains(missing, StringComparison.Ordinal)).ToList();
        var refusal = Assert.Single(about);
        Assert.Equal(LogLevel.Information, refusal.Level);
        Assert.Null(refusal.Exception);
        Assert.Contains("404", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFormWithANulByte_IsRefused_AndTheRefusalIsLogged()
    {
        var page = app.NewPageClient();

        var response = await page.PostFormAsync("/account/login", "/account/login", new() { ["Email"] = "a\0b@contoh.id", ["Password"] = "x" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(app.Logs.Entries, entry => entry.Level == LogLevel.Information && entry.Message.Contains("Refused /account/login with 400", StringComparison.Ordinal));
    }

    // The background dispatcher may hold the booking's email already; the test pushes too, and waits for the file.
    private Task EmailWrittenAsync()
    {
        var mail = Path.Combine(app.DataPath, "mail");
        return Eventually.TrueAsync(
            async () =>
            {
                await app.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);
                return Directory.Exists(mail) && Directory.EnumerateFiles(mail, "*.eml").Any();
            },
            "no email was written, so the test would see none logged");
    }

    /// <summary>The app with its logs captured after its own filters.</summary>
    public sealed class LoggedApp() : MarketplaceAppFactory(TestDatabase.Sqlite())
    {
        public CapturedLogs Logs { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        }
    }
}
