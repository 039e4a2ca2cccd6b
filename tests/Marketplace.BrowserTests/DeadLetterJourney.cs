using Marketplace.Application.Common.Outbox;
using Marketplace.Infrastructure.Outbox;
using Marketplace.Infrastructure.Persistence;
using Marketplace.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenQA.Selenium;

namespace Marketplace.BrowserTests;

/// <summary>An admin finds an email that failed for good, reads why, and sends it again once the mail server is back.</summary>
public sealed class DeadLetterJourney(DeadLetterJourney.AppWithADeadLetter app) : IClassFixture<DeadLetterJourney.AppWithADeadLetter>
{
    [Fact]
    public void TheAdmin_SeesAFailedMessageAndWhy_AndSendsItAgain()
    {
        using var browser = new Browser(app.Address);
        browser.SignIn(MarketplaceAppFactory.AdminEmail, MarketplaceAppFactory.AdminPassword);
        browser.Find("a[href='/admin/dead-letters']").Click();
        browser.WaitForPath("/admin/dead-letters");
        var letter = browser.Find("[data-testid=dead-letter]");
        Assert.Contains("server email tidak menjawab", letter.Text, StringComparison.Ordinal);
        browser.Screenshot("dead-letters-phone");
        Assert.Empty(browser.AccessibilityViolations());

        app.MailServerIsBack = true;
        letter.FindElement(By.CssSelector("button")).Click();
        browser.WaitForNotice("akan dikirim ulang");
        browser.WaitUntil(() =>
        {
            browser.Open("/admin/dead-letters");
            return browser.Driver.FindElements(By.CssSelector("[data-testid=empty]")).Count == 1;
        });
        Assert.Empty(browser.AccessibilityViolations());
    }

    [OutboxMessage("test-mail")]
    public sealed record TestMail(string To);

    public sealed class TestMailHandler(AppWithADeadLetter app) : IOutboxHandler<TestMail>
    {
        public Task HandleAsync(TestMail message, Guid messageId, CancellationToken cancellationToken) =>
            app.MailServerIsBack ? Task.CompletedTask : throw new InvalidOperationException("The mail server did not answer (server email tidak menjawab).");
    }

    /// <summary>The demo app with one email that has failed its every attempt.</summary>
    public sealed class AppWithADeadLetter() : MarketplaceAppFactory(TestDatabase.Sqlite(), demoData: true), IAsyncLifetime
    {
        public Uri Address { get; private set; } = null!;

        private volatile bool _mailServerIsBack;

        public bool MailServerIsBack
        {
            get => _mailServerIsBack;
            set => _mailServerIsBack = value;
        }

        public async Task InitializeAsync()
        {
            Address = ServeOnLoopback();
            await InScopeAsync(async services =>
            {
                services.GetRequiredService<IOutbox>().Enqueue(new TestMail("keluarga@peduli.test"));
                return await services.GetRequiredService<MarketplaceDbContext>().SaveChangesAsync();
            });
            var deadline = DateTime.UtcNow.AddSeconds(20);
            while (!await InScopeAsync(services => services.GetRequiredService<MarketplaceDbContext>().OutboxMessages.AnyAsync(m => m.DeadAt != null)))
            {
                Assert.True(DateTime.UtcNow < deadline, "the test email did not become a dead letter within 20 s");
                await Task.Delay(50);
            }
        }

        Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Outbox:MaxAttempts", "2");
            builder.UseSetting("Outbox:MaxBackoff", "00:00:00.100");
            builder.UseSetting("Outbox:PollInterval", "00:00:00.050");
            builder.ConfigureTestServices(services =>
            {
                services.AddSingleton(this);
                services.AddOutboxHandler<TestMail, TestMailHandler>();
            });
        }
    }
}
