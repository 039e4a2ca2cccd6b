using System.Globalization;
using System.Net.Http.Json;
using Marketplace.TestSupport;
using static Marketplace.TestSupport.TestBookings;

namespace Marketplace.IntegrationTests.Hostile;

/// <summary>What a form field holds, which decides the hostile values it is sent.</summary>
internal enum FieldKind
{
    Text,
    Number,
    Date,
    Time,
    Id,
    YesNo,
    Choice,
}

/// <summary>
/// Every form of the pages, filled in validly by someone entitled to send it; <see cref="Optional"/> fields may
/// be left blank. A form with no fields (a button) has <see cref="Fields"/> null: it is sent for an unknown id.
/// </summary>
internal sealed record PageForm(
    string Template, HttpClient As, string FormPage, Func<string> Action, Dictionary<string, (FieldKind Kind, string Value)>? Fields = null,
    string[]? Optional = null, bool IsSearch = false);

/// <summary>The people and things the page forms act on, made through the API and signed in on the pages.</summary>
internal static class PageWorld
{

    public static async Task<IReadOnlyList<PageForm>> MakeAsync(MarketplaceAppFactory app)
    {
        var admin = await app.SignInOnPagesAsync(MarketplaceAppFactory.AdminEmail, MarketplaceAppFactory.AdminPassword);
        var signInEmail = (await (await (await app.NewAccountAsync("family")).GetAsync("/api/v1/me")).ReadJsonAsync()).GetProperty("email").GetString()!;
        var anonymous = app.NewPageClient();
        var unconfirmedEmail = $"konfirmasi-{Guid.NewGuid():N}@contoh.id";
        (await app.CreateClient().PostJsonAsync("/api/v1/auth/register", new { email = unconfirmedEmail, password = Accounts.Password, role = "family", fullName = "Uji" }))
            .EnsureSuccessStatusCode();
        var (unconfirmedId, confirmationToken) = await app.ConfirmationTokenAsync(unconfirmedEmail);
        var (caregiverApi, caregiverId) = await app.NewBookableCaregiverAsync();
        var caregiver = await app.OnPagesAsync(caregiverApi);
        var (pendingApi, pendingId) = await app.NewVerifiableCaregiverAsync();
        var pending = await app.OnPagesAsync(pendingApi);
        var certificateId = (await (await pendingApi.GetAsync("/api/v1/caregivers/me/certificates")).ReadJsonAsync())[0].GetProperty("id").GetGuid();
        var (familyApi, elderId) = await app.NewFamilyAsync();
        var childId = (await (await familyApi.PostJsonAsync("/api/v1/families/me/recipients", TestListings.Child())).ReadJsonAsync()).GetProperty("id").GetGuid();
        var family = await app.OnPagesAsync(familyApi);
        var (ownerApi, daycareId) = await app.NewDaycareAsync(placesPerDay: 10);
        var owner = await app.OnPagesAsync(ownerApi);
        var (clinicOwnerApi, clinicId, slotId) = await app.NewClinicSlotAsync(capacityPerSlot: 50);
        var clinicOwner = await app.OnPagesAsync(clinicOwnerApi);
        var (_, pendingEnterpriseId) = await app.NewEnterpriseAsync();
        var unregistered = await app.OnPagesAsync(await app.NewAccountAsync("enterprise"));
        var (careManagerApi, careManagerId) = await app.NewCareManagerAsync();
        var careManager = await app.OnPagesAsync(careManagerApi);
        var bookingId = await familyApi.BookAsync(caregiverId, elderId, Next(DayOfWeek.Sunday, 8), hours: 1);
        (await caregiverApi.PostAsync($"/api/v1/bookings/{bookingId}/accept", null)).EnsureSuccessStatusCode();
        await familyApi.ConfirmOfflineAsync(bookingId);
        var visitId = (await (await familyApi.GetAsync($"/api/v1/bookings/{bookingId}")).ReadJsonAsync()).GetProperty("visits")[0].GetProperty("id").GetGuid();
        var toCancel = await familyApi.BookAsync(caregiverId, elderId, Next(DayOfWeek.Sunday, 15), hours: 1);
        var series = await (await familyApi.RequestHomeCareAsync(caregiverId, elderId, Next(DayOfWeek.Sunday, 17), hours: 1, new { days = Array.Empty<string>(), weeks = 2 }))
            .ReadJsonAsync();
        var (seriesId, seriesVisitId) = (series.GetProperty("id").GetGuid(), series.GetProperty("visits")[0].GetProperty("id").GetGuid());
        var complaintId = (await (await familyApi.PostJsonAsync($"/api/v1/bookings/{seriesId}/complaint", new { category = "missedCare", description = "Tidak datang." }))
            .ReadJsonAsync()).GetProperty("id").GetGuid();
        var programmeId = (await (await (await app.AdminAsync()).PostJsonAsync("/api/v1/admin/sponsor-programmes", Security.MatrixWorld.Programme("Bantuan Lansia Gowa")))
            .ReadJsonAsync()).GetProperty("id").GetGuid();

        static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var (careLogDay, alertId) = await TestCareManagers.RaiseFallAlertAsync(familyApi, careManagerApi, careManagerId, elderId);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var monday = DateOnly.FromDateTime(Next(DayOfWeek.Monday, 9).DateTime);
        var unknown = Guid.NewGuid();
        (FieldKind, string) Text(string value) => (FieldKind.Text, value);
        Dictionary<string, (FieldKind Kind, string Value)> Programme() => new()
        {
            ["Name"] = Text("Bantuan Lansia Gowa"), ["Funder"] = Text("Dinas Sosial Kabupaten Gowa"), ["BudgetIdr"] = (FieldKind.Number, "10.000.000"),
            ["SharePercent"] = (FieldKind.Number, "50"), ["CapPerBookingIdr"] = (FieldKind.Number, "200.000"), ["Kinds"] = (FieldKind.Choice, "HomeCare"),
            ["AreaCodes"] = (FieldKind.Choice, "73.06"), ["ValidFrom"] = (FieldKind.Date, Day(today)), ["ValidUntil"] = (FieldKind.Date, Day(today.AddYears(1))),
        };

        return
        [
            new("account/login", anonymous, "/account/login", () => "/account/login", new()
            {
                ["Email"] = Text(signInEmail), ["Password"] = Text(Accounts.Password), ["RememberMe"] = (FieldKind.YesNo, "true"),
                ["ReturnUrl"] = Text("/bookings"),
            }, Optional: ["RememberMe", "ReturnUrl"]),
            new("account/register", anonymous, "/account/register", () => "/account/register", new()
            {
                ["FullName"] = Text("Uji Coba"), ["Email"] = Text("sudah-ada@contoh.id"), ["Phone"] = Text("+62 811 4000 123"),
                ["Password"] = Text(Accounts.Password), ["Role"] = (FieldKind.Choice, "family"),
            }, Optional: ["Phone"]),
            new("account/confirm-email", anonymous, $"/account/confirm-email?user={unconfirmedId}&token={Uri.EscapeDataString(confirmationToken)}", () => "/account/confirm-email", new()
            {
                ["User"] = (FieldKind.Id, unconfirmedId.ToString()), ["Token"] = Text(confirmationToken), ["Password"] = Text(Accounts.Password),
            }),
            new("account/forgot-password", anonymous, "/account/forgot-password", () => "/account/forgot-password", new() { ["Email"] = Text("tidak-ada@contoh.id") }),
            new("account/reset-password", anonymous, "/account/reset-password?email=tidak-ada%40contoh.id&token=bukan-token", () => "/account/reset-password", new()
            {
                ["Email"] = Text("tidak-ada@contoh.id"), ["Token"] = Text("bukan-token"), ["NewPassword"] = Text("kata sandi yang baru sekali"),
            }),
            new("account/email", family, "/account/email", () => "/account/email", new()
            {
                ["NewEmail"] = Text("baru@contoh.id"), ["Password"] = Text(Accounts.Password),
            }),
            new("account/change-email", anonymous, "/account/login", () => "/account/change-email", new()
            {
                ["User"] = (FieldKind.Id, unknown.ToString()), ["Email"] = Text("baru@contoh.id"), ["Token"] = Text("bukan-token"),
            }),
            new("account/logout", anonymous, "/account/login", () => "/account/logout"),
            new("culture", anonymous, "/", () => "/culture", new() { ["culture"] = Text("en"), ["returnUrl"] = Text("/search") },
                Optional: ["returnUrl"]),
            new("caregiver/profile", caregiver, "/caregiver/profile", () => "/caregiver/profile", new()
            {
                ["FullName"] = Text("Irmawati"), ["Bio"] = Text("Sabar dan ramah."), ["Skills"] = (FieldKind.Choice, "elder-care"), ["Languages"] = (FieldKind.Choice, "id"),
                ["HourlyRateIdr"] = (FieldKind.Number, "60.000"), ["HomeLat"] = (FieldKind.Number, "-5.2030"), ["HomeLon"] = (FieldKind.Number, "119.4580"),
                ["ServiceRadiusKm"] = (FieldKind.Number, "8"), ["AreaCodes"] = (FieldKind.Choice, "73.06.08"),
            }, Optional: ["Bio"]),
            new("caregiver/profile/photo", caregiver, "/caregiver/profile", () => "/caregiver/profile/photo"),
            new("caregiver/availability", caregiver, "/caregiver/availability", () => "/caregiver/availability", new()
            {
                ["TimeZone"] = (FieldKind.Choice, "Asia/Makassar"), ["Weekly[0].Day"] = (FieldKind.Choice, "Monday"), ["Weekly[0].Start"] = (FieldKind.Time, "07:00"),
                ["Weekly[0].End"] = (FieldKind.Time, "19:00"), ["TimeOff[0].From"] = (FieldKind.Date, Day(today.AddDays(40))),
                ["TimeOff[0].To"] = (FieldKind.Date, Day(today.AddDays(41))),
            }, Optional: ["TimeOff[0].From", "TimeOff[0].To", "Weekly[0].Day", "Weekly[0].Start", "Weekly[0].End"]),
            new("caregiver/certificates", pending, "/caregiver/certificates", () => "/caregiver/certificates", new()
            {
                ["Title"] = Text("Sertifikat Kompetensi"), ["Number"] = Text("BNSP-1"), ["Issuer"] = Text("LSP"),
                ["IssuedOn"] = (FieldKind.Date, Day(today.AddYears(-1))), ["ExpiresOn"] = (FieldKind.Date, Day(today.AddYears(2))),
            }),
            new("caregiver/certificates/{id:guid}/document", pending, "/caregiver/certificates", () => $"/caregiver/certificates/{certificateId}/document"),
            new("caregiver/affiliations/{id:guid}/{answer:regex(^(accept|decline|end)$)}", caregiver, "/caregiver/affiliations",
                () => $"/caregiver/affiliations/{unknown}/accept"),
            // Before the family changes its care manager below.
            new("recipients/{id:guid}/care-plan/edit", careManager, $"/recipients/{elderId}/care-plan/edit", () => $"/recipients/{elderId}/care-plan/edit", new()
            {
                ["Goals"] = Text("Berjalan ke pagar depan"), ["Tasks"] = (FieldKind.Choice, "mobility-exercise"),
                ["Times[mobility-exercise]"] = (FieldKind.Number, "3"), ["Details[mobility-exercise]"] = Text("Dengan walker."),
                ["SystolicAtLeast"] = (FieldKind.Number, "150"), ["DiastolicAtLeast"] = (FieldKind.Number, "95"), ["SystolicAtMost"] = (FieldKind.Number, "90"),
                ["Falls"] = (FieldKind.YesNo, "true"), ["MissedVisits"] = (FieldKind.YesNo, "true"), ["Complaints"] = (FieldKind.YesNo, "true"),
            }, Optional: ["Goals", "Tasks", "Details[mobility-exercise]", "SystolicAtLeast", "DiastolicAtLeast", "SystolicAtMost", "Falls", "MissedVisits", "Complaints"]),
            new("recipients/{id:guid}/care-log", family, $"/recipients/{elderId}/care-plan", () => $"/recipients/{elderId}/care-log", new()
            {
                ["Day"] = (FieldKind.Date, careLogDay), ["Tasks"] = (FieldKind.Choice, "companionship"), ["Notes"] = Text("Menemani makan."),
                ["SystolicMmHg"] = (FieldKind.Number, "130"), ["DiastolicMmHg"] = (FieldKind.Number, "85"), ["Fell"] = (FieldKind.YesNo, "false"),
            }, Optional: ["Tasks", "Notes", "SystolicMmHg", "DiastolicMmHg", "Fell"]),
            new("care-manager/alerts/{id:guid}", careManager, $"/care-manager/alerts/{alertId}", () => $"/care-manager/alerts/{alertId}",
                new() { ["ActionTaken"] = Text("Menelepon keluarga.") }),
            new("family/recipients", family, "/family/recipients", () => "/family/recipients", new()
            {
                ["Name"] = Text("Ibu Rahmah"), ["Kind"] = (FieldKind.Choice, "Elder"), ["BirthYear"] = (FieldKind.Number, "1950"), ["Needs"] = (FieldKind.Choice, "mobility"),
                ["AreaCode"] = (FieldKind.Choice, "73.71.10"), ["Line"] = Text("Jl. Daeng Tata"), ["Lat"] = (FieldKind.Number, "-5.18"),
                ["Lon"] = (FieldKind.Number, "119.41"), ["Consent"] = (FieldKind.YesNo, "true"),
            }, Optional: ["Needs"]),
            new("family/recipients/{id:guid}", family, $"/family/recipients/{elderId}", () => $"/family/recipients/{elderId}", new()
            {
                ["Name"] = Text("Ibu Rahmah"), ["Kind"] = (FieldKind.Choice, "Elder"), ["BirthYear"] = (FieldKind.Number, "1950"), ["Needs"] = (FieldKind.Choice, "mobility"),
                ["AreaCode"] = (FieldKind.Choice, "73.71.10"), ["Line"] = Text("Jl. Daeng Tata"), ["Lat"] = (FieldKind.Number, "-5.18"),
                ["Lon"] = (FieldKind.Number, "119.41"),
            }, Optional: ["Needs"]),
            new("family/recipients/{id:guid}/withdraw-consent", family, $"/family/recipients/{elderId}", () => $"/family/recipients/{unknown}/withdraw-consent"),
            new("family/recipients/{id:guid}/remove", family, $"/family/recipients/{elderId}", () => $"/family/recipients/{unknown}/remove"),
            new("family/recipients/care-manager", family, "/family/recipients", () => "/family/recipients/care-manager",
                new() { ["caregiverId"] = (FieldKind.Id, careManagerId.ToString()) }, Optional: ["caregiverId"]),
            new("family/preferred-caregivers", family, "/family/preferred-caregivers", () => "/family/preferred-caregivers", new()
            {
                ["CaregiverId"] = (FieldKind.Id, caregiverId.ToString()), ["RecipientId"] = (FieldKind.Id, elderId.ToString()),
                ["ReturnUrl"] = Text($"/caregivers/{caregiverId}"),
            }, Optional: ["ReturnUrl"]),
            new("family/preferred-caregivers/{caregiverId:guid}/remove", family, "/family/preferred-caregivers", () => $"/family/preferred-caregivers/{caregiverId}/remove", new()
            {
                ["RecipientId"] = (FieldKind.Id, elderId.ToString()), ["ReturnUrl"] = Text("/family/preferred-caregivers"),
            }, Optional: ["RecipientId", "ReturnUrl"]),
            new("enterprise", unregistered, "/enterprise", () => "/enterprise", new()
            {
                ["Name"] = Text("LKS Sahabat"), ["Kind"] = (FieldKind.Choice, "Lks"), ["RegistrationNumber"] = Text("AHU-1"),
                ["AreaCode"] = (FieldKind.Choice, "73.71.13"), ["Description"] = Text("Pendampingan."),
            }, Optional: ["Description"]),
            new("enterprise/details", owner, "/enterprise", () => "/enterprise/details", new()
            {
                ["Name"] = Text("Rumah Inklusi Makassar"), ["Kind"] = (FieldKind.Choice, "SocialStartup"), ["RegistrationNumber"] = Text("AHU-0031457.AH.01.04"),
                ["AreaCode"] = (FieldKind.Choice, "73.71.13"), ["Description"] = Text("Penitipan."),
            }, Optional: ["Description"]),
            new("enterprise/invitations", owner, "/enterprise", () => "/enterprise/invitations",
                new() { ["caregiverEmail"] = Text($"tidak-ada-{unknown:N}@contoh.id") }),
            new("enterprise/affiliations/{id:guid}/end", owner, "/enterprise", () => $"/enterprise/affiliations/{unknown}/end"),
            new("enterprise/listings/new", owner, "/enterprise/listings/new?kind=Daycare", () => "/enterprise/listings/new", new()
            {
                ["Kind"] = (FieldKind.Choice, "Daycare"), ["Title"] = Text("Penitipan Inklusif"), ["Description"] = Text("Untuk anak."),
                ["AreaCode"] = (FieldKind.Choice, "73.71.13"), ["LateCancellationPercent"] = (FieldKind.Number, "50"), ["AddressLine"] = Text("Jl. Perintis"),
                ["Lat"] = (FieldKind.Number, "-5.13"), ["Lon"] = (FieldKind.Number, "119.49"), ["OpeningDays"] = (FieldKind.Choice, "Monday"),
                ["Opens"] = (FieldKind.Time, "07:30"), ["Closes"] = (FieldKind.Time, "16:00"), ["PlacesPerDay"] = (FieldKind.Number, "5"),
                ["MinAgeYears"] = (FieldKind.Number, "2"), ["MaxAgeYears"] = (FieldKind.Number, "10"), ["SupportedNeeds"] = (FieldKind.Choice, "autism"),
                ["PricePerDayIdr"] = (FieldKind.Number, "85.000"),
            }, Optional: ["Description", "SupportedNeeds"]),
            new("enterprise/listings/{id:guid}/{change:regex(^(publish|pause)$)}", owner, "/enterprise", () => $"/enterprise/listings/{unknown}/pause"),
            new("enterprise/listings/{id:guid}/stops", clinicOwner, $"/enterprise/listings/{clinicId}", () => $"/enterprise/listings/{clinicId}/stops", new()
            {
                ["PlaceName"] = Text("Balai Desa"), ["Lat"] = (FieldKind.Number, "-4.985"), ["Lon"] = (FieldKind.Number, "119.546"),
                ["Date"] = (FieldKind.Date, Day(today.AddDays(9))), ["Start"] = (FieldKind.Time, "08:00"), ["End"] = (FieldKind.Time, "10:00"),
                ["SlotMinutes"] = (FieldKind.Number, "30"), ["CapacityPerSlot"] = (FieldKind.Number, "4"),
            }),
            new("listings/{id:guid}/book", family, $"/listings/{daycareId}", () => $"/listings/{daycareId}/book", new()
            {
                ["RecipientId"] = (FieldKind.Id, childId.ToString()), ["Dates"] = (FieldKind.Date, Day(monday)),
            }),
            new("listings/{id:guid}/book", family, $"/listings/{clinicId}", () => $"/listings/{clinicId}/book", new()
            {
                ["RecipientId"] = (FieldKind.Id, elderId.ToString()), ["SlotId"] = (FieldKind.Id, slotId.ToString()),
            }),
            new("bookings/new", family, $"/bookings/new?caregiverId={caregiverId}", () => "/bookings/new", new()
            {
                ["CaregiverId"] = (FieldKind.Id, caregiverId.ToString()), ["RecipientId"] = (FieldKind.Id, elderId.ToString()), ["Date"] = (FieldKind.Date, Day(monday)),
                ["Time"] = (FieldKind.Time, "09:00"), ["Hours"] = (FieldKind.Number, "2"), ["Repeats"] = (FieldKind.YesNo, "true"),
                ["RepeatDays"] = (FieldKind.Choice, "Tuesday"), ["Weeks"] = (FieldKind.Number, "2"),
            }, Optional: ["Repeats", "RepeatDays", "Weeks"]),
            new("bookings/new", family, $"/bookings/new?caregiverId={caregiverId}", () => "/bookings/new", new()
            {
                ["PriceOnly"] = (FieldKind.YesNo, "true"), ["CaregiverId"] = (FieldKind.Id, caregiverId.ToString()), ["RecipientId"] = (FieldKind.Id, elderId.ToString()),
                ["Date"] = (FieldKind.Date, Day(monday)), ["Time"] = (FieldKind.Time, "09:00"), ["Hours"] = (FieldKind.Number, "2"),
                ["Repeats"] = (FieldKind.YesNo, "true"), ["RepeatDays"] = (FieldKind.Choice, "Tuesday"), ["Weeks"] = (FieldKind.Number, "2"),
            }, Optional: ["PriceOnly", "RecipientId", "Date", "Time", "Hours", "Repeats", "RepeatDays", "Weeks"]),
            new("bookings/{id:guid}/accept", caregiver, $"/bookings/{bookingId}", () => $"/bookings/{unknown}/accept"),
            new("bookings/{id:guid}/review", family, $"/bookings/{bookingId}/review", () => $"/bookings/{bookingId}/review",
                new() { ["Rating"] = (FieldKind.Number, "5"), ["Text"] = Text("Sabar.") }, Optional: ["Text"]),
            new("bookings/{id:guid}/review/reply", caregiver, $"/bookings/{bookingId}/review", () => $"/bookings/{bookingId}/review/reply",
                new() { ["Reply"] = Text("Terima kasih.") }),
            new("bookings/{id:guid}/review/hide", admin, $"/bookings/{bookingId}/review", () => $"/bookings/{bookingId}/review/hide",
                new() { ["Reason"] = Text("Kasar.") }),
            new("bookings/{id:guid}/complaint", family, $"/bookings/{toCancel}/complaint", () => $"/bookings/{toCancel}/complaint",
                new() { ["Category"] = (FieldKind.Choice, "Other"), ["Description"] = Text("Uji.") }),
            new("admin/complaints/{id:guid}/investigate", admin, "/admin/complaints", () => $"/admin/complaints/{unknown}/investigate"),
            new("admin/complaints/{id:guid}/resolve", admin, $"/admin/complaints/{complaintId}", () => $"/admin/complaints/{complaintId}/resolve", new()
            {
                ["Outcome"] = (FieldKind.Choice, "NotUpheld"), ["Resolution"] = Text("Uji."), ["SuspendProvider"] = (FieldKind.YesNo, "false"),
                ["SuspensionReason"] = Text("Uji."),
            }, Optional: ["SuspendProvider", "SuspensionReason"]),
            new("admin/complaints/{id:guid}/reinstate", admin, "/admin/complaints", () => $"/admin/complaints/{unknown}/reinstate"),
            new("bookings/{id:guid}/decline", caregiver, $"/bookings/{bookingId}", () => $"/bookings/{unknown}/decline"),
            new("bookings/{id:guid}/cancel", family, $"/bookings/{toCancel}", () => $"/bookings/{toCancel}/cancel", new()
            {
                ["chargeIdr"] = (FieldKind.Number, "0"),
            }),
            new("bookings/{id:guid}/visits/{visitId:guid}/cancel", family, $"/bookings/{seriesId}",
                () => $"/bookings/{seriesId}/visits/{seriesVisitId}/cancel", new()
            {
                ["chargeIdr"] = (FieldKind.Number, "0"),
            }),
            new("bookings/{id:guid}/visits/{visitId:guid}/move (preview)", family, $"/bookings/{bookingId}", () => $"/bookings/{bookingId}/visits/{visitId}/move", new()
            {
                ["date"] = (FieldKind.Date, Day(DateOnly.FromDateTime(Next(DayOfWeek.Sunday, 12).DateTime))), ["time"] = (FieldKind.Time, "12:00"),
            }, IsSearch: true),
            new("bookings/{id:guid}/check-in", caregiver, $"/bookings/{bookingId}", () => $"/bookings/{unknown}/check-in"),
            new("bookings/{id:guid}/visits/{visitId:guid}/move", family, $"/bookings/{bookingId}", () => $"/bookings/{bookingId}/visits/{visitId}/move", new()
            {
                ["date"] = (FieldKind.Date, Day(DateOnly.FromDateTime(Next(DayOfWeek.Sunday, 12).DateTime))), ["time"] = (FieldKind.Time, "12:00"),
            }),
            new("bookings/{id:guid}/visits/{visitId:guid}/no-show", caregiver, $"/bookings/{bookingId}", () => $"/bookings/{bookingId}/visits/{unknown}/no-show"),
            new("bookings/{id:guid}/check-out", caregiver, $"/bookings/{bookingId}", () => $"/bookings/{bookingId}/check-out", new()
            {
                ["Tasks"] = (FieldKind.Choice, "companionship"), ["Notes"] = Text("Makan bersama."), ["Systolic"] = (FieldKind.Number, "130"),
                ["Diastolic"] = (FieldKind.Number, "85"), ["Pulse"] = (FieldKind.Number, "80"), ["Temperature"] = (FieldKind.Number, "36,6"),
                ["BloodSugar"] = (FieldKind.Number, "110"),
            }, Optional: ["Tasks", "Notes", "Systolic", "Diastolic", "Pulse", "Temperature", "BloodSugar"]),
            new("bookings/{id:guid}/pay", family, $"/bookings/{bookingId}", () => $"/bookings/{unknown}/pay"),
            new("bookings/{id:guid}/payment-received", caregiver, $"/bookings/{bookingId}", () => $"/bookings/{bookingId}/payment-received", new()
            {
                ["AmountIdr"] = (FieldKind.Number, "1.000"), ["OutstandingIdr"] = (FieldKind.Number, "1"),
            }),
            new("bookings/{id:guid}/refund", admin, "/admin/verification", () => $"/bookings/{bookingId}/refund", new()
            {
                ["AmountIdr"] = (FieldKind.Number, "1.000"),
            }),
            new("admin/verification/caregivers/{id:guid}", admin, "/admin/verification", () => $"/admin/verification/caregivers/{pendingId}",
                new() { ["decision"] = (FieldKind.Choice, "rejected"), ["reason"] = Text("Sertifikat tidak terbaca.") }),
            new("admin/verification/enterprises/{id:guid}", admin, "/admin/verification", () => $"/admin/verification/enterprises/{pendingEnterpriseId}",
                new() { ["decision"] = (FieldKind.Choice, "rejected"), ["reason"] = Text("Nomor tidak cocok.") }),
            new("admin/care-managers/{id:guid}", admin, "/admin/care-managers", () => $"/admin/care-managers/{careManagerId}",
                new() { ["granted"] = (FieldKind.YesNo, "true"), ["name"] = Text("hasna") }, Optional: ["name"]),
            new("admin/dead-letters/{id:guid}/retry", admin, "/admin/dead-letters", () => $"/admin/dead-letters/{unknown}/retry"),
            new("admin/programme-staff", admin, "/admin/programme-staff", () => "/admin/programme-staff", new() { ["Email"] = Text(signInEmail) }),
            new("admin/programme-staff/{userId:guid}/withdraw", admin, "/admin/programme-staff", () => $"/admin/programme-staff/{unknown}/withdraw"),
            new("account/email-delivery/retry", family, "/account", () => "/account/email-delivery/retry", []),
            new("notifications/read", family, "/notifications", () => "/notifications/read", []),
            new("account/email-preferences", family, "/account/email-preferences", () => "/account/email-preferences",
                new() { ["Reminders"] = (FieldKind.YesNo, "true"), ["VisitLogs"] = (FieldKind.YesNo, "true") }, Optional: ["Reminders", "VisitLogs"]),
            new("email/unsubscribe/{token}", anonymous, "/account/login", () => "/email/unsubscribe/bukan-tautan"),
            new("earnings/payout-account", caregiver, "/earnings", () => "/earnings/payout-account", new()
            {
                ["BankName"] = Text("BRI"), ["AccountNumber"] = Text("0123 01 000123 30 1"), ["AccountHolder"] = Text("Sitti Aminah"),
            }),
            new("admin/payouts/run", admin, "/admin/payouts", () => "/admin/payouts/run", []),
            new("admin/payouts/{id:guid}/paid", admin, "/admin/payouts", () => $"/admin/payouts/{unknown}/paid"),
            new("admin/payouts/{id:guid}/cancel", admin, "/admin/payouts", () => $"/admin/payouts/{unknown}/cancel"),
            new("admin/sponsors/new", admin, "/admin/sponsors/new", () => "/admin/sponsors/new", Programme()),
            new("admin/sponsors/{id:guid}", admin, $"/admin/sponsors/{programmeId}", () => $"/admin/sponsors/{programmeId}", Programme()),
            new("admin/sponsors/{id:guid}/eligible", admin, $"/admin/sponsors/{programmeId}", () => $"/admin/sponsors/{programmeId}/eligible", new()
            {
                ["Email"] = Text(signInEmail), ["EvidenceReference"] = Text("DTKS 7306"),
            }),
            new("admin/sponsors/{id:guid}/eligible/{familyId:guid}/withdraw", admin, $"/admin/sponsors/{programmeId}",
                () => $"/admin/sponsors/{programmeId}/eligible/{unknown}/withdraw"),
            new("search", anonymous, "/search", () => "/search", new()
            {
                ["Place"] = (FieldKind.Choice, "-5.1477,119.4327"), ["RadiusKm"] = (FieldKind.Number, "20"), ["Skills"] = (FieldKind.Choice, "elder-care"),
                ["Languages"] = (FieldKind.Choice, "id"), ["MaxRateIdr"] = (FieldKind.Number, "100.000"), ["Q"] = Text("sabar"),
                ["Sort"] = (FieldKind.Choice, "distance"), ["VisitDate"] = (FieldKind.Date, Day(monday)), ["VisitTime"] = (FieldKind.Time, "09:00"),
                ["VisitHours"] = (FieldKind.Number, "2"), ["Page"] = (FieldKind.Number, "1"),
            }, Optional: ["Place", "RadiusKm", "Skills", "Languages", "MaxRateIdr", "Q", "Sort", "VisitDate", "VisitTime", "VisitHours", "Page"], IsSearch: true),
            new("search/services", anonymous, "/search/services", () => "/search/services", new()
            {
                ["Kind"] = (FieldKind.Choice, "Daycare"), ["Place"] = (FieldKind.Choice, "-5.1477,119.4327"), ["RadiusKm"] = (FieldKind.Number, "25"),
                ["Needs"] = (FieldKind.Choice, "autism"), ["Date"] = (FieldKind.Date, Day(monday)),
            }, Optional: ["Place", "Kind", "RadiusKm", "Needs", "Date"], IsSearch: true),
        ];
    }
}
