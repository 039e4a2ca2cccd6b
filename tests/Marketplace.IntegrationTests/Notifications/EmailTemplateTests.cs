using Marketplace.Application.Accounts;
using Marketplace.Application.Notifications.Preferences;
using Marketplace.Application.SharedKernel;
using Marketplace.Infrastructure.Notifications;

namespace Marketplace.IntegrationTests.Notifications;

/// <summary>Every email template, written in both languages with every value it may be given.</summary>
public sealed class EmailTemplateTests
{
    private static readonly LiquidEmailTemplates Templates = new();

    private static readonly DateTimeOffset Monday9Wita = new(2026, 12, 7, 9, 0, 0, TimeSpan.FromHours(8));

    public static TheoryData<string> Names => [.. Templates.Templates.Keys.Select(key => key.Template).Distinct().Order()];

    [Fact]
    public void EveryTemplate_IsWrittenInEveryLanguage()
    {
        var byLanguage = AccountLanguages.All.ToDictionary(language => language, language => Templates.Templates.Keys.Where(k => k.Language == language).Select(k => k.Template).Order().ToList());
        Assert.NotEmpty(byLanguage[AccountLanguages.Indonesian]);
        Assert.Equal(byLanguage[AccountLanguages.Indonesian], byLanguage[AccountLanguages.English]);
        Assert.Equal(AccountLanguages.All.Count * byLanguage[AccountLanguages.Indonesian].Count, Templates.Templates.Count);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void ATemplate_IsWrittenInBothLanguages_WithEveryValueItNames_AndNoneLeftOver(string template)
    {
        foreach (var values in new[] { Values(charged: true), Values(charged: false) })
        {
            var indonesian = Templates.Render(template, AccountLanguages.Indonesian, IndonesianTimeZones.Wita, values);
            var english = Templates.Render(template, AccountLanguages.English, IndonesianTimeZones.Wita, values);
            foreach (var written in new[] { indonesian, english })
            {
                Assert.False(string.IsNullOrWhiteSpace(written.Subject));
                Assert.DoesNotContain('\n', written.Subject);
                Assert.DoesNotContain("{", written.Text + written.Subject, StringComparison.Ordinal);
                Assert.DoesNotContain("  ", written.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("false", written.Text, StringComparison.Ordinal);
            }

            Assert.NotEqual(indonesian.Text, english.Text);
            Assert.Contains("<html lang=\"id\">", indonesian.Html, StringComparison.Ordinal);
            Assert.Contains("<html lang=\"en\">", english.Html, StringComparison.Ordinal);

            // A value one language tells the reader, the other tells too.
            foreach (var value in values.Values.Select(value => value is Money money ? money.ToString() : value as string).OfType<string>())
            {
                Assert.Equal(indonesian.Text.Contains(value, StringComparison.Ordinal), english.Text.Contains(value, StringComparison.Ordinal));
            }

            Assert.Equal(indonesian.Text.Contains("WITA", StringComparison.Ordinal), english.Text.Contains("WITA", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Times_AreWrittenInTheReadersZone_AndLanguage_AndAmountsInRupiah()
    {
        var values = Values(charged: true);

        var indonesian = Templates.Render("visits-cancelled-by-family", AccountLanguages.Indonesian, IndonesianTimeZones.Wita, values);
        var english = Templates.Render("visits-cancelled-by-family", AccountLanguages.English, IndonesianTimeZones.Wib, values);

        Assert.Contains("Senin, 7 Desember 2026 09.00 WITA dan Senin, 14 Desember 2026 09.00 WITA", indonesian.Text, StringComparison.Ordinal);
        Assert.Contains("keluarga membayar Rp 60.000", indonesian.Text, StringComparison.Ordinal);
        Assert.Contains("Monday, 7 December 2026 08:00 WIB and Monday, 14 December 2026 08:00 WIB", english.Text, StringComparison.Ordinal);
        Assert.Contains("the family pays Rp 60.000", english.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("HomeCare", "Irmawati akan datang untuk Hj. Sitti Rahmah pada Selasa, 8 Desember 2026 09.00 WITA, selama 2 jam.", "Irmawati comes for Hj. Sitti Rahmah on Tuesday, 8 December 2026 09:00 WITA, for 2 hours.")]
    [InlineData("Daycare", "Hj. Sitti Rahmah dinanti di Irmawati pada Selasa", "Hj. Sitti Rahmah is expected at Irmawati on Tuesday")]
    [InlineData("MobileClinic", "Jadwal Hj. Sitti Rahmah di klinik keliling Irmawati adalah Selasa", "Hj. Sitti Rahmah's slot at the Irmawati mobile clinic is on Tuesday")]
    public void AReminder_SaysWhatKindOfCareIsComing_AndWhen(string kind, string indonesian, string english)
    {
        var values = Values(charged: false);
        values["kind"] = kind;

        Assert.Contains(indonesian, Templates.Render("visit-reminder-family", AccountLanguages.Indonesian, IndonesianTimeZones.Wita, values).Text, StringComparison.Ordinal);
        Assert.Contains(english, Templates.Render("visit-reminder-family", AccountLanguages.English, IndonesianTimeZones.Wita, values).Text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void AnOptionalEmail_CannotBeWrittenWithoutItsUnsubscribeLink_AndATransactionalOneOffersNone(string template)
    {
        var values = Values(charged: false);
        values.Remove("unsubscribe_url");

        foreach (var language in AccountLanguages.All)
        {
            if (OptionalEmails.KindOf(template) is null)
            {
                Assert.DoesNotContain("/email/unsubscribe/", Templates.Render(template, language, IndonesianTimeZones.Wita, values).Text, StringComparison.Ordinal);
            }
            else
            {
                var gap = Assert.Throws<InvalidOperationException>(() => Templates.Render(template, language, IndonesianTimeZones.Wita, values));
                Assert.Contains("unsubscribe_url", gap.Message, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void WhatPeopleTyped_IsTextInTheHtml_AndLinksCanBeFollowed()
    {
        var values = Values(charged: false);
        values["reason"] = "<script>alert(1)</script> & \"the scan\"";
        values["link"] = "https://peduli.test/account/confirm-email?user=1&token=a%2Bb";

        var refused = Templates.Render("verification-refused", AccountLanguages.Indonesian, IndonesianTimeZones.Wita, values);
        var confirm = Templates.Render("account-confirm-address", AccountLanguages.English, IndonesianTimeZones.Wita, values);

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;the scan&quot;", refused.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", refused.Html, StringComparison.Ordinal);
        Assert.Contains("<script>alert(1)</script>", refused.Text, StringComparison.Ordinal);
        Assert.Contains(
            "<a href=\"https://peduli.test/account/confirm-email?user=1&amp;token=a%2Bb\">https://peduli.test/account/confirm-email?user=1&amp;token=a%2Bb</a>",
            confirm.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void AValueATemplateNames_ButNobodyGave_StopsTheEmail_RatherThanLeavingAGap()
    {
        var values = Values(charged: false);
        values.Remove("recipient");

        var gap = Assert.Throws<InvalidOperationException>(() => Templates.Render("booking-requested", AccountLanguages.English, IndonesianTimeZones.Wita, values));
        Assert.Contains("recipient", gap.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => Templates.Render("no-such-email", AccountLanguages.English, IndonesianTimeZones.Wita, values));
    }

    /// <summary>Every value any template may be given, as the senders give them; with or without a charge and a sum still owed.</summary>
    private static Dictionary<string, object?> Values(bool charged) => new()
    {
        ["name"] = "Hasnah Daeng Ngai",
        ["recipient"] = "Hj. Sitti Rahmah",
        ["provider"] = "Irmawati",
        ["applicant"] = "LKS Mawar Makassar",
        ["reason"] = "Foto sertifikat terpotong.",
        ["first"] = Monday9Wita,
        ["respond_by"] = Monday9Wita.AddDays(-2),
        ["visits"] = 2,
        ["price"] = Money.FromRupiah(240_000),
        ["outstanding"] = Money.FromRupiah(60_000),
        ["late_charge"] = charged ? Money.FromRupiah(60_000) : null,
        ["received"] = Money.FromRupiah(180_000),
        ["refunded"] = Money.FromRupiah(120_000),
        ["charge"] = charged ? Money.FromRupiah(60_000) : null,
        ["cancelled"] = new[] { Monday9Wita, Monday9Wita.AddDays(7) },
        ["link"] = "https://peduli.test/account/confirm-email?user=1&token=abc",
        ["link_hours"] = 24,
        ["sign_in"] = "https://peduli.test/account/login",
        ["forgot"] = "https://peduli.test/account/forgot-password",
        ["kind"] = "HomeCare",
        ["start"] = Monday9Wita.AddDays(1),
        ["hours"] = 2,
        ["new_email"] = "n***@contoh.id",
        ["client"] = "203.0.113.7",
        ["failures"] = 5,
        ["wait_minutes"] = 15,
        ["paused_at"] = Monday9Wita,
        ["unsubscribe_url"] = "https://peduli.test/email/unsubscribe/abc",
        ["upheld"] = charged,
        ["suspended"] = charged,
        ["resolution"] = "Kami menemukan kelalaian dan telah menegur pendamping.",
        ["replace_url"] = charged ? "https://peduli.test/bookings/1/visits/2/replacements" : null,
    };
}
