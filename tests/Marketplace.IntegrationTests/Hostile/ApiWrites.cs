using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Marketplace.TestSupport;
using static Marketplace.TestSupport.TestBookings;

namespace Marketplace.IntegrationTests.Hostile;

/// <summary>
/// Every write of the API with a valid request made by someone entitled to it: the starting point of the
/// hostile variants. <see cref="Optional"/> and <see cref="Nullable"/> are the contract's (API.md), written
/// here by hand so the test does not take the app's word for what is required. <see cref="Billions"/> are amounts in
/// Rupiah that may sensibly pass 2^31 (a programme's budget of Rp 2,2 billion), which other numbers may not.
/// </summary>
internal sealed record ApiWrite(
    string Method, string Template, HttpClient As, Func<string> Url, Func<JsonObject>? Body = null, string[]? Optional = null, string[]? Nullable = null,
    string[]? Billions = null)
{
    public bool MayPassInt32(string path) => (Billions ?? []).Contains(path);

    public bool MayBeMissing(string path) => (Optional ?? []).Any(optional => path == optional || path.StartsWith(optional + ".", StringComparison.Ordinal));

    public bool MayBeNull(string path) => MayBeMissing(path) || (Nullable ?? []).Contains(path);
}

/// <summary>The people and things the writes act on, made through the API.</summary>
internal sealed class ApiWorld
{
    private static readonly string[] Tuesday = ["tuesday"];
    private static readonly string[] Monday = ["monday"];
    private static readonly string[] Companionship = ["companionship"];
    private static readonly string[] Autism = ["autism"];
    private static readonly string[] QuietRoom = ["quiet-room"];
    private static readonly string[] WoundCare = ["wound-care"];
    private static readonly string[] ProgrammeAmounts = ["budgetIdr", "capPerBookingIdr"];

    private ApiWorld()
    {
    }

    public required IReadOnlyList<ApiWrite> Writes { get; init; }


    public static async Task<ApiWorld> MakeAsync(MarketplaceAppFactory app)
    {
        var anonymous = app.CreateClient();
        var admin = await app.AdminAsync();
        var (caregiver, caregiverId) = await app.NewBookableCaregiverAsync();
        var (careManager, careManagerId) = await app.NewCareManagerAsync();
        var (pendingCaregiver, pendingId) = await app.NewVerifiableCaregiverAsync();
        var (family, elderId) = await app.NewFamilyAsync();
        var childId = (await (await family.PostJsonAsync("/api/v1/families/me/recipients", TestListings.Child())).ReadJsonAsync()).GetProperty("id").GetGuid();
        var (owner, daycareId) = await app.NewDaycareAsync(placesPerDay: 10);
        var enterpriseId = (await (await owner.GetAsync("/api/v1/me")).ReadJsonAsync()).GetProperty("enterpriseId").GetGuid();
        var (clinicOwner, clinicId, slotId) = await app.NewClinicSlotAsync(capacityPerSlot: 50);
        var (_, pendingEnterpriseId) = await app.NewEnterpriseAsync();
        var unregistered = await app.NewAccountAsync("enterprise");
        var signInEmail = $"masuk-{Guid.NewGuid():N}@contoh.id";
        (await anonymous.PostJsonAsync("/api/v1/auth/register", new { email = signInEmail, password = Accounts.Password, role = "family", fullName = "Uji" }))
            .EnsureSuccessStatusCode();
        await app.ConfirmEmailAsync(signInEmail);

        var bookingId = await family.BookAsync(caregiverId, elderId, Next(DayOfWeek.Sunday, 8), hours: 1);
        (await caregiver.PostAsync($"/api/v1/bookings/{bookingId}/accept", null)).EnsureSuccessStatusCode();
        await family.ConfirmOfflineAsync(bookingId);
        var visitId = (await (await family.GetAsync($"/api/v1/bookings/{bookingId}")).ReadJsonAsync()).GetProperty("visits")[0].GetProperty("id").GetGuid();
        var series = await (await family.RequestHomeCareAsync(caregiverId, elderId, Next(DayOfWeek.Sunday, 15), hours: 1, new { days = Array.Empty<string>(), weeks = 2 }))
            .ReadJsonAsync();
        var (seriesId, seriesVisitId) = (series.GetProperty("id").GetGuid(), series.GetProperty("visits")[0].GetProperty("id").GetGuid());
        var certificateId = (await (await pendingCaregiver.GetAsync("/api/v1/caregivers/me/certificates")).ReadJsonAsync())[0].GetProperty("id").GetGuid();
        var monday = DateOnly.FromDateTime(Next(DayOfWeek.Monday, 9).DateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var programme = Security.MatrixWorld.Programme("Bantuan Lansia Gowa");
        var programmeId = (await (await admin.PostJsonAsync("/api/v1/admin/sponsor-programmes", programme)).ReadJsonAsync()).GetProperty("id").GetGuid();
        var familyEmail = (await (await family.GetAsync("/api/v1/me")).ReadJsonAsync()).GetProperty("email").GetString();
        var (careLogDay, alertId) = await TestCareManagers.RaiseFallAlertAsync(family, careManager, careManagerId, elderId);

        JsonObject Json(object body) => JsonSerializer.SerializeToNode(body, JsonSerializerOptions.Web)!.AsObject();

        return new ApiWorld
        {
            Writes =
            [
                new("POST", "api/v1/auth/register", anonymous, () => "/api/v1/auth/register",
                    () => Json(new { email = $"uji-{Guid.NewGuid():N}@contoh.id", password = Accounts.Password, role = "family", fullName = "Uji Coba", phone = "+62 811 4000 123" }),
                    Optional: ["phone"]),
                new("POST", "api/v1/auth/login", anonymous, () => "/api/v1/auth/login", () => Json(new { email = signInEmail, password = Accounts.Password })),
                new("POST", "api/v1/auth/refresh", anonymous, () => "/api/v1/auth/refresh", () => Json(new { refreshToken = "bukan-token" })),
                new("POST", "api/v1/auth/logout", family, () => "/api/v1/auth/logout"),
                new("POST", "api/v1/auth/password-reset", anonymous, () => "/api/v1/auth/password-reset", () => Json(new { email = signInEmail })),
                new("POST", "api/v1/auth/password-reset/confirm", anonymous, () => "/api/v1/auth/password-reset/confirm",
                    () => Json(new { email = signInEmail, token = "bukan-token", newPassword = "kata sandi yang baru sekali" })),
                new("POST", "api/v1/accounts/me/email", family, () => "/api/v1/accounts/me/email",
                    () => Json(new { newEmail = $"baru-{Guid.NewGuid():N}@contoh.id", password = Accounts.Password })),
                new("POST", "api/v1/auth/email-change/confirm", anonymous, () => "/api/v1/auth/email-change/confirm",
                    () => Json(new { userId = Guid.NewGuid(), newEmail = "baru@contoh.id", token = "bukan-token" })),
                new("PUT", "api/v1/caregivers/me", caregiver, () => "/api/v1/caregivers/me",
                    () => JsonNode.Parse(JsonBodies.With(TestCaregivers.CompleteProfile, "\"bio\":\"Ramah dan sabar.\""))!.AsObject(), Optional: ["bio"]),
                new("PUT", "api/v1/caregivers/me/availability", caregiver, () => "/api/v1/caregivers/me/availability",
                    () => Json(new
                    {
                        timeZone = "Asia/Makassar",
                        weekly = Enum.GetNames<DayOfWeek>().Select(day => new { day = day.ToLowerInvariant(), start = "07:00", end = "19:00" }),
                        timeOff = new[] { new { from = Iso(Next(DayOfWeek.Saturday, 0)), to = Iso(Next(DayOfWeek.Saturday, 0).AddDays(1)) } },
                        bookedVisits = "keep",
                    }),
                    Optional: ["bookedVisits"]),
                new("POST", "api/v1/caregivers/me/certificates", pendingCaregiver, () => "/api/v1/caregivers/me/certificates",
                    () => Json(new { title = "Sertifikat Kompetensi", number = "BNSP-1", issuer = "LSP", issuedOn = today.AddYears(-1), expiresOn = today.AddYears(2) })),
                new("PUT", "api/v1/caregivers/me/photo", caregiver, () => "/api/v1/caregivers/me/photo"),
                new("PUT", "api/v1/caregivers/me/certificates/{id:guid}/document", pendingCaregiver,
                    () => $"/api/v1/caregivers/me/certificates/{certificateId}/document"),
                new("POST", "api/v1/families/me/recipients", family, () => "/api/v1/families/me/recipients", () => Json(RecipientNearGowa()), Optional: ["needs"]),
                new("PUT", "api/v1/families/me/recipients/{id:guid}", family, () => $"/api/v1/families/me/recipients/{childId}", () => Json(TestListings.Child()),
                    Optional: ["needs", "consent"]),
                new("DELETE", "api/v1/families/me/recipients/{id:guid}/consent", family, () => $"/api/v1/families/me/recipients/{Guid.NewGuid()}/consent"),
                new("DELETE", "api/v1/families/me/recipients/{id:guid}", family, () => $"/api/v1/families/me/recipients/{Guid.NewGuid()}"),
                new("PUT", "api/v1/recipients/{id:guid}/care-plan", careManager, () => $"/api/v1/recipients/{elderId}/care-plan",
                    () => Json(new
                    {
                        goals = TestCareManagers.Goals, tasks = new[] { new { task = "mobility-exercise", timesPerWeek = 3, details = "Dengan walker." } },
                        thresholds = new { systolicAtLeast = 150, diastolicAtLeast = 95, systolicAtMost = 90, falls = true, missedVisits = true, complaints = true },
                    }),
                    Optional: ["thresholds", "tasks[0].details"],
                    Nullable: ["thresholds.systolicAtLeast", "thresholds.diastolicAtLeast", "thresholds.systolicAtMost"]),
                new("POST", "api/v1/recipients/{id:guid}/care-log", family, () => $"/api/v1/recipients/{elderId}/care-log",
                    () => Json(new { day = careLogDay, tasks = Companionship, notes = "Menemani makan.", systolicMmHg = 130, diastolicMmHg = 85, fell = false }),
                    Optional: ["tasks", "notes", "systolicMmHg", "diastolicMmHg", "fell"]),
                new("POST", "api/v1/care-managers/me/alerts/{alertId:guid}/handle", careManager, () => $"/api/v1/care-managers/me/alerts/{alertId}/handle",
                    () => Json(new { action = "Menelepon keluarga." })),
                new("PUT", "api/v1/families/me/care-manager", family, () => "/api/v1/families/me/care-manager",
                    () => Json(new { caregiverId = careManagerId }), Nullable: ["caregiverId"]),
                new("PUT", "api/v1/families/me/preferred-caregivers/{caregiverId:guid}", family, () => $"/api/v1/families/me/preferred-caregivers/{caregiverId}",
                    () => Json(new { recipientId = elderId })),
                new("DELETE", "api/v1/families/me/preferred-caregivers/{caregiverId:guid}", family, () => $"/api/v1/families/me/preferred-caregivers/{caregiverId}"),
                new("POST", "api/v1/bookings", family, () => "/api/v1/bookings",
                    () => Json(new
                    {
                        kind = "homeCare", caregiverId, recipientId = elderId, start = Iso(Next(DayOfWeek.Monday, 9)), hours = 2,
                        repeatWeekly = new { days = Tuesday, weeks = 2 },
                    }),
                    Optional: ["repeatWeekly"]),
                new("POST", "api/v1/bookings", family, () => "/api/v1/bookings",
                    () => Json(new { kind = "daycare", listingId = daycareId, recipientId = childId, dates = new[] { monday } })),
                new("POST", "api/v1/bookings", family, () => "/api/v1/bookings", () => Json(new { kind = "mobileClinic", slotId, recipientId = elderId })),
                new("POST", "api/v1/bookings/{id:guid}/accept", caregiver, () => $"/api/v1/bookings/{bookingId}/accept"),
                new("POST", "api/v1/notifications/read", caregiver, () => "/api/v1/notifications/read"),
                new("PUT", "api/v1/me/email-preferences", family, () => "/api/v1/me/email-preferences", () => Json(new { reminders = true, visitLogs = true })),
                new("POST", "api/v1/bookings/{id:guid}/decline", caregiver, () => $"/api/v1/bookings/{bookingId}/decline"),
                new("POST", "api/v1/bookings/{id:guid}/review", family, () => $"/api/v1/bookings/{bookingId}/review", () => Json(new { rating = 5, text = "Sabar." }),
                    Optional: ["text"], Nullable: ["text"]),
                new("POST", "api/v1/reviews/{id:guid}/reply", caregiver, () => $"/api/v1/reviews/{Guid.NewGuid()}/reply", () => Json(new { text = "Terima kasih." })),
                new("POST", "api/v1/admin/reviews/{id:guid}/hide", admin, () => $"/api/v1/admin/reviews/{Guid.NewGuid()}/hide", () => Json(new { reason = "Kasar." })),
                new("POST", "api/v1/bookings/{id:guid}/complaint", family, () => $"/api/v1/bookings/{bookingId}/complaint", () => Json(new { category = "other", description = "Uji." })),
                new("POST", "api/v1/admin/complaints/{id:guid}/investigate", admin, () => $"/api/v1/admin/complaints/{Guid.NewGuid()}/investigate"),
                new("POST", "api/v1/admin/complaints/{id:guid}/resolve", admin, () => $"/api/v1/admin/complaints/{Guid.NewGuid()}/resolve",
                    () => Json(new { outcome = "upheld", resolution = "Uji.", suspendProvider = true, suspensionReason = "Uji." }),
                    Optional: ["suspendProvider", "suspensionReason"], Nullable: ["suspendProvider", "suspensionReason"]),
                new("POST", "api/v1/admin/caregivers/{id:guid}/reinstate", admin, () => $"/api/v1/admin/caregivers/{Guid.NewGuid()}/reinstate"),
                new("POST", "api/v1/admin/listings/{id:guid}/reinstate", admin, () => $"/api/v1/admin/listings/{Guid.NewGuid()}/reinstate"),
                new("POST", "api/v1/bookings/{id:guid}/cancel", family, () => $"/api/v1/bookings/{Guid.NewGuid()}/cancel"),
                new("POST", "api/v1/bookings/{id:guid}/visits/{visitId:guid}/cancel", family, () => $"/api/v1/bookings/{seriesId}/visits/{seriesVisitId}/cancel",
                    () => Json(new { expectedChargeIdr = 0 }), Optional: ["expectedChargeIdr"], Billions: ["expectedChargeIdr"]),
                new("POST", "api/v1/bookings/{id:guid}/check-in", caregiver, () => $"/api/v1/bookings/{bookingId}/check-in",
                    () => Json(new { visitId }), Optional: ["visitId"]),
                new("POST", "api/v1/bookings/{id:guid}/check-out", caregiver, () => $"/api/v1/bookings/{bookingId}/check-out",
                    () => Json(new
                    {
                        tasks = Companionship, notes = "Makan siang bersama.",
                        vitals = new { systolicMmHg = 130, diastolicMmHg = 85, pulsePerMinute = 80, temperatureCelsius = 36.6, bloodSugarMgDl = 110 },
                    }),
                    Optional: ["tasks", "notes", "vitals"]),
                new("POST", "api/v1/bookings/{id:guid}/visits/{visitId:guid}/move", family, () => $"/api/v1/bookings/{bookingId}/visits/{visitId}/move",
                    () => Json(new { start = Iso(Next(DayOfWeek.Sunday, 12)) })),
                new("POST", "api/v1/bookings/{id:guid}/visits/{visitId:guid}/no-show", caregiver, () => $"/api/v1/bookings/{bookingId}/visits/{Guid.NewGuid()}/no-show"),
                new("POST", "api/v1/bookings/{id:guid}/payments", family, () => $"/api/v1/bookings/{bookingId}/payments",
                    () => Json(new { method = "offline", sponsorProgrammeId = programmeId }), Optional: ["method", "sponsorProgrammeId"]),
                new("POST", "api/v1/bookings/{id:guid}/payments/received", caregiver, () => $"/api/v1/bookings/{bookingId}/payments/received",
                    () => Json(new { amountIdr = 1_000, outstandingIdr = 1 })),
                new("POST", "api/v1/bookings/{id:guid}/payments/refunds", admin, () => $"/api/v1/bookings/{bookingId}/payments/refunds",
                    () => Json(new { amountIdr = 1_000 })),
                new("POST", "api/v1/webhooks/stripe", anonymous, () => "/api/v1/webhooks/stripe"),
                new("POST", "api/v1/webhooks/sendgrid", anonymous, () => "/api/v1/webhooks/sendgrid"),
                new("POST", "api/v1/listings/{id:guid}/publish", clinicOwner, () => $"/api/v1/listings/{clinicId}/publish"),
                new("POST", "api/v1/listings/{id:guid}/pause", clinicOwner, () => $"/api/v1/listings/{Guid.NewGuid()}/pause"),
                new("POST", "api/v1/listings/{id:guid}/stops", clinicOwner, () => $"/api/v1/listings/{clinicId}/stops",
                    () => Json(new
                    {
                        placeName = "Balai Desa", point = new { lat = -4.985, lon = 119.546 }, date = today.AddDays(9), start = "08:00", end = "10:00",
                        slotMinutes = 30, capacityPerSlot = 4,
                    })),
                new("POST", "api/v1/enterprises", unregistered, () => "/api/v1/enterprises",
                    () => Json(new { name = "LKS Sahabat", kind = "lks", registrationNumber = "AHU-1", areaCode = "73.71.13", description = "Pendampingan lansia." }),
                    Optional: ["description"]),
                new("PUT", "api/v1/enterprises/{id:guid}", owner, () => $"/api/v1/enterprises/{enterpriseId}",
                    () => Json(new { name = "Rumah Inklusi Makassar", kind = "socialStartup", registrationNumber = "AHU-0031457.AH.01.04", areaCode = "73.71.13", description = "Penitipan." }),
                    Optional: ["description"]),
                new("POST", "api/v1/enterprises/{id:guid}/listings", owner, () => $"/api/v1/enterprises/{enterpriseId}/listings",
                    () => Json(new
                    {
                        kind = "daycare", title = "Penitipan Inklusif", areaCode = "73.71.13", description = "Untuk anak 2-10 tahun.", lateCancellationPercent = 50,
                        daycare = new
                        {
                            addressLine = "Jl. Perintis", point = new { lat = -5.13, lon = 119.49 }, openingDays = Monday, opens = "07:30", closes = "16:00",
                            placesPerDay = 5, minAgeYears = 2, maxAgeYears = 10, pricePerDayIdr = 85_000, supportedNeeds = Autism,
                            accessibilityFeatures = QuietRoom,
                        },
                    }),
                    Optional: ["description", "lateCancellationPercent", "daycare.supportedNeeds", "daycare.accessibilityFeatures"]),
                new("POST", "api/v1/enterprises/{id:guid}/listings", owner, () => $"/api/v1/enterprises/{enterpriseId}/listings",
                    () => Json(new { kind = "mobileClinic", title = "Klinik Keliling", areaCode = "73.09.04", mobileClinic = new { services = WoundCare, pricePerVisitIdr = 25_000 } }),
                    Optional: ["description", "lateCancellationPercent"]),
                new("POST", "api/v1/enterprises/{id:guid}/affiliations", owner, () => $"/api/v1/enterprises/{enterpriseId}/affiliations",
                    () => Json(new { caregiverEmail = $"tidak-ada-{Guid.NewGuid():N}@contoh.id" })),
                new("POST", "api/v1/affiliations/{id:guid}/accept", caregiver, () => $"/api/v1/affiliations/{Guid.NewGuid()}/accept"),
                new("POST", "api/v1/affiliations/{id:guid}/decline", caregiver, () => $"/api/v1/affiliations/{Guid.NewGuid()}/decline"),
                new("POST", "api/v1/affiliations/{id:guid}/end", caregiver, () => $"/api/v1/affiliations/{Guid.NewGuid()}/end"),
                new("POST", "api/v1/admin/caregivers/{id:guid}/verification", admin, () => $"/api/v1/admin/caregivers/{pendingId}/verification",
                    () => Json(new { decision = "rejected", reason = "Sertifikat tidak terbaca." }), Optional: ["reason"]),
                new("PUT", "api/v1/admin/caregivers/{id:guid}/care-manager", admin, () => $"/api/v1/admin/caregivers/{careManagerId}/care-manager",
                    () => Json(new { granted = true })),
                new("POST", "api/v1/admin/enterprises/{id:guid}/verification", admin, () => $"/api/v1/admin/enterprises/{pendingEnterpriseId}/verification",
                    () => Json(new { decision = "rejected", reason = "Nomor registrasi tidak cocok." }), Optional: ["reason"]),
                new("PUT", "api/v1/me/payout-account", caregiver, () => "/api/v1/me/payout-account",
                    () => Json(new { bankName = "BRI", accountNumber = "0123 01 000123 30 1", accountHolder = "Sitti Aminah", connectedAccountId = "acct_1PxY2zAbCdEf3GhI" }),
                    Optional: ["connectedAccountId"]),
                new("POST", "api/v1/admin/payout-batches", admin, () => "/api/v1/admin/payout-batches"),
                new("POST", "api/v1/admin/payout-batches/{id:guid}/paid", admin, () => $"/api/v1/admin/payout-batches/{Guid.NewGuid()}/paid"),
                new("POST", "api/v1/admin/payout-batches/{id:guid}/cancel", admin, () => $"/api/v1/admin/payout-batches/{Guid.NewGuid()}/cancel"),
                new("POST", "api/v1/admin/sponsor-programmes", admin, () => "/api/v1/admin/sponsor-programmes", () => Json(programme), Billions: ProgrammeAmounts),
                new("PUT", "api/v1/admin/sponsor-programmes/{id:guid}", admin, () => $"/api/v1/admin/sponsor-programmes/{programmeId}", () => Json(programme),
                    Billions: ProgrammeAmounts),
                new("POST", "api/v1/admin/sponsor-programmes/{id:guid}/eligible-families", admin, () => $"/api/v1/admin/sponsor-programmes/{programmeId}/eligible-families",
                    () => Json(new { email = familyEmail, evidenceReference = "DTKS 7306" })),
                new("DELETE", "api/v1/admin/sponsor-programmes/{id:guid}/eligible-families/{familyId:guid}", admin,
                    () => $"/api/v1/admin/sponsor-programmes/{programmeId}/eligible-families/{Guid.NewGuid()}"),
                new("POST", "api/v1/admin/programme-staff", admin, () => "/api/v1/admin/programme-staff", () => Json(new { email = signInEmail })),
                new("DELETE", "api/v1/admin/programme-staff/{userId:guid}", admin, () => $"/api/v1/admin/programme-staff/{Guid.NewGuid()}"),
                new("POST", "api/v1/admin/outbox/dead-letters/{id:guid}/retry", admin, () => $"/api/v1/admin/outbox/dead-letters/{Guid.NewGuid()}/retry"),
            ],
        };
    }
}
