using Marketplace.TestSupport;
using static Marketplace.TestSupport.TestBookings;

namespace Marketplace.IntegrationTests.Security;

/// <summary>
/// Every endpoint of the API, called with each user's bearer token. A write allowed to several users may
/// answer 400 (the body is left empty where only the caller's own data could be written) or 409 (a second
/// answer to a request already answered): what counts is that it passes the check of who may. Bodies that
/// name another owner's resource are valid, so that only that check can refuse them.
/// </summary>
internal static class ApiMatrixRows
{
    private const string Everyone = "200  200  200  200  200  200  200  200  200";
    private const string SignedIn = "401  200  200  200  200  200  200  200  200";
    private const string Caregivers = "401  403  403  200  200  200  403  403  403";
    private const string Families = "401  200  200  403  403  403  403  403  403";
    private const string Admins = "401  403  403  403  403  403  403  403  200";
    private const string NotSuspendedToAdmins = "401  403  403  403  403  403  403  403  409";
    private const string OwnCaregiverBody = "401  403  403  400  400  400  403  403  403";
    private const string OwnFamilyBody = "401  400  400  403  403  403  403  403  403";
    private const string ByCaregiverA = "401  403  403  200  404  404  403  403  403";
    private const string ByEnterpriseA = "401  403  403  403  403  403  200  403  403";
    private const string ListingOfEnterpriseA = "401  403  403  403  403  403  200  404  403";
    private const string Makassar = "lat=-5.1477&lon=119.4327";
    private static readonly string[] Companionship = ["companionship"];

    //                                                                                     anon famA famB cgA  cgB  cm   entA entB admin programme
    public static IEnumerable<MatrixRow> Rows() =>
    [
        Get("api/v1/skills", _ => "/api/v1/skills", Everyone),
        Get("api/v1/languages", _ => "/api/v1/languages", Everyone),
        Get("api/v1/needs", _ => "/api/v1/needs", Everyone),
        Get("api/v1/accessibility-features", _ => "/api/v1/accessibility-features", Everyone),
        Get("api/v1/clinic-services", _ => "/api/v1/clinic-services", Everyone),
        Get("api/v1/visit-tasks", _ => "/api/v1/visit-tasks", Everyone),
        Get("api/v1/search/caregivers", _ => $"/api/v1/search/caregivers?{Makassar}&radiusKm=30", Everyone),
        Get("api/v1/search/services", _ => $"/api/v1/search/services?kind=daycare&{Makassar}&radiusKm=30", Everyone),
        Get("api/v1/caregivers/{id:guid}", w => $"/api/v1/caregivers/{w.CaregiverA}", Everyone),
        Get("api/v1/caregivers/{id:guid}/photo", w => $"/api/v1/caregivers/{w.CaregiverA}/photo", Everyone),
        Get("api/v1/care-managers", _ => "/api/v1/care-managers", Everyone),
        Get("api/v1/enterprises/{id:guid}", w => $"/api/v1/enterprises/{w.EnterpriseA}", Everyone),
        Get("api/v1/enterprises/{id:guid}/listings", w => $"/api/v1/enterprises/{w.EnterpriseA}/listings", Everyone),
        Get("api/v1/listings/{id:guid}", w => $"/api/v1/listings/{w.DaycareA}", Everyone),
        Get("api/v1/listings/{id:guid}", w => $"/api/v1/listings/{w.DraftA}", "404  404  404  404  404  404  200  404  200"),
        Get("api/v1/listings/{id:guid}/places", w => $"/api/v1/listings/{w.DaycareA}/places", Everyone),
        Get("api/v1/enterprises/{id:guid}/affiliations", w => $"/api/v1/enterprises/{w.EnterpriseA}/affiliations", ByEnterpriseA),
        Get("api/v1/me", _ => "/api/v1/me", SignedIn),
        Get("api/v1/notifications", _ => "/api/v1/notifications", SignedIn),
        Get("api/v1/me/email-preferences", _ => "/api/v1/me/email-preferences", SignedIn),
        Get("api/v1/bookings", _ => "/api/v1/bookings", SignedIn),
        Get("api/v1/bookings/{id:guid}", w => $"/api/v1/bookings/{w.Recorded}", "401  200  404  200  404  200  404  404  200"),
        Get("api/v1/bookings/{id:guid}", w => $"/api/v1/bookings/{w.DaycareBooking}", "401  200  404  404  404  200  200  404  200"),
        Get("api/v1/bookings/{id:guid}/review", w => $"/api/v1/bookings/{w.Recorded}/review", "401  200  404  200  404  404  404  404  200"),
        Get("api/v1/admin/reviews", _ => "/api/v1/admin/reviews", Admins),
        Get("api/v1/bookings/{id:guid}/complaint", w => $"/api/v1/bookings/{w.Recorded}/complaint", "401  200  404  403  404  404  404  404  200"),
        Get("api/v1/admin/complaints", _ => "/api/v1/admin/complaints", Admins),
        Get("api/v1/admin/complaints/{id:guid}", w => $"/api/v1/admin/complaints/{w.Complaints["investigate"]}", Admins),
        Get("api/v1/caregivers/{id:guid}/reviews", w => $"/api/v1/caregivers/{w.CaregiverA}/reviews", Everyone),
        Get("api/v1/listings/{id:guid}/reviews", w => $"/api/v1/listings/{w.DaycareA}/reviews", Everyone),
        Get("api/v1/bookings/{id:guid}/receipt", w => $"/api/v1/bookings/{w.Recorded}/receipt", "401  200  404  200  404  404  404  404  200"),
        Get("api/v1/enterprises/me/revenue", _ => "/api/v1/enterprises/me/revenue", "401  403  403  403  403  403  200  200  403"),
        Get("api/v1/caregivers/me/earnings", _ => "/api/v1/caregivers/me/earnings", Caregivers),
        Get("api/v1/caregivers/me/availability", _ => "/api/v1/caregivers/me/availability", Caregivers),
        Get("api/v1/caregivers/me/schedule", _ => $"/api/v1/caregivers/me/schedule?from={Uri.EscapeDataString(Iso(DateTimeOffset.UtcNow))}&to={Uri.EscapeDataString(Iso(DateTimeOffset.UtcNow.AddDays(7)))}", Caregivers),
        Get("api/v1/caregivers/me/affiliations", _ => "/api/v1/caregivers/me/affiliations", Caregivers),
        Get("api/v1/caregivers/me/certificates", _ => "/api/v1/caregivers/me/certificates", Caregivers),
        Get("api/v1/caregivers/me/certificates/{id:guid}", w => $"/api/v1/caregivers/me/certificates/{w.CertificateA}", ByCaregiverA),
        Get("api/v1/caregivers/{caregiverId:guid}/certificates/{id:guid}/document", w => $"/api/v1/caregivers/{w.CaregiverA}/certificates/{w.CertificateA}/document",
            "401  404  404  200  404  404  404  404  200"),
        Get("api/v1/families/me/recipients", _ => "/api/v1/families/me/recipients", Families),
        Get("api/v1/recipients/{id:guid}", w => $"/api/v1/recipients/{w.ElderA}", "401  200  404  200  404  200  404  404  404"),
        Get("api/v1/families/me/care-manager", _ => "/api/v1/families/me/care-manager", Families),
        Get("api/v1/families/me/preferred-caregivers", _ => "/api/v1/families/me/preferred-caregivers", Families),
        Get("api/v1/bookings/{id:guid}/visits/{visitId:guid}/replacements", w => $"/api/v1/bookings/{w.ToReplace.Booking}/visits/{w.ToReplace.Visit}/replacements",
            "401  200  404  404  404  404  404  404  404"),
        Get("api/v1/care-managers/me/families", _ => "/api/v1/care-managers/me/families", Caregivers),
        Get("api/v1/admin/caregivers/pending", _ => "/api/v1/admin/caregivers/pending", Admins),
        Get("api/v1/admin/enterprises/pending", _ => "/api/v1/admin/enterprises/pending", Admins),
        Get("api/v1/admin/outbox/dead-letters", _ => "/api/v1/admin/outbox/dead-letters", Admins),
        Get("api/v1/me/payout-account", _ => "/api/v1/me/payout-account", "401  403  403  200  404  404  404  404  403"),
        Get("api/v1/admin/payout-batches", _ => "/api/v1/admin/payout-batches", Admins),
        Get("api/v1/admin/payout-batches/{id:guid}", w => $"/api/v1/admin/payout-batches/{w.PayoutBatch}", Admins),
        Get("api/v1/admin/payout-batches/{id:guid}/transfers.csv", w => $"/api/v1/admin/payout-batches/{w.PayoutBatch}/transfers.csv", Admins),
        Get("api/v1/admin/sponsor-programmes", _ => "/api/v1/admin/sponsor-programmes", Admins),
        Get("api/v1/admin/reports/regions/{areaCode}", _ => "/api/v1/admin/reports/regions/73.71", "401  403  403  403  403  403  403  403  200  200"),
        Get("api/v1/admin/programme-staff", _ => "/api/v1/admin/programme-staff", Admins),
        Get("api/v1/admin/sponsor-programmes/{id:guid}", w => $"/api/v1/admin/sponsor-programmes/{w.SponsorProgramme}", Admins),
        Get("api/v1/admin/sponsor-programmes/{id:guid}/statement", w => $"/api/v1/admin/sponsor-programmes/{w.SponsorProgramme}/statement", Admins),
        Get("api/v1/admin/sponsor-programmes/{id:guid}/statement.csv", w => $"/api/v1/admin/sponsor-programmes/{w.SponsorProgramme}/statement.csv", Admins),
        Get("api/v1/bookings/{id:guid}/sponsor-offers", w => $"/api/v1/bookings/{w.Recorded}/sponsor-offers", "401  200  404  403  403  403  403  403  200"),
        new("*", "health", _ => "/health", OnPages: false, Everyone),
        new("*", "health/ready", _ => "/health/ready", OnPages: false, Everyone),
        Get("openapi/{documentName}.json", _ => "/openapi/v1.json", Everyone),
        Get("api/docs/{documentName?}", _ => "/api/docs", Everyone),
        Get("api/docs/scalar.js", _ => "/api/docs/scalar.js", Everyone),
        Get("api/docs/scalar.aspnetcore.js", _ => "/api/docs/scalar.aspnetcore.js", Everyone),
        Get("api/docs/favicon.svg", _ => "/api/docs/favicon.svg", Everyone),

        Write("POST", "api/v1/auth/register", _ => "/api/v1/auth/register", "202  202  202  202  202  202  202  202  202",
            _ => Payload.Of(new { email = $"daftar-{Guid.NewGuid():N}@contoh.id", password = Accounts.Password, role = "family", fullName = "Uji" })),
        Write("POST", "api/v1/auth/password-reset", _ => "/api/v1/auth/password-reset", "202  202  202  202  202  202  202  202  202",
            w => Payload.Of(new { email = w.SignInEmail })),
        Write("POST", "api/v1/auth/password-reset/confirm", _ => "/api/v1/auth/password-reset/confirm", "400  400  400  400  400  400  400  400  400",
            w => Payload.Of(new { email = w.SignInEmail, token = "bukan-token", newPassword = "kata sandi yang baru sekali" })),
        Write("POST", "api/v1/accounts/me/email", _ => "/api/v1/accounts/me/email", "401  400  400  400  400  400  400  400  400",
            _ => Payload.Of(new { newEmail = "baru@contoh.id", password = "bukan kata sandinya" })),
        Write("POST", "api/v1/auth/email-change/confirm", _ => "/api/v1/auth/email-change/confirm", "400  400  400  400  400  400  400  400  400",
            _ => Payload.Of(new { userId = Guid.NewGuid(), newEmail = "baru@contoh.id", token = "bukan-token" })),
        Write("POST", "api/v1/bookings/{id:guid}/review", w => $"/api/v1/bookings/{w.Reviewable["review"]}/review", "401  201  404  403  404  404  404  404  403",
            _ => Payload.Of(new { rating = 5, text = "Baik." })),
        Write("POST", "api/v1/reviews/{id:guid}/reply", w => $"/api/v1/reviews/{w.Reviewed["reply"].Review}/reply", "401  403  404  200  404  404  404  404  404",
            _ => Payload.Of(new { text = "Terima kasih." })),
        Write("POST", "api/v1/admin/reviews/{id:guid}/hide", w => $"/api/v1/admin/reviews/{w.Reviewed["hide"].Review}/hide", Admins,
            _ => Payload.Of(new { reason = "Kata-kata kasar." })),
        Write("POST", "api/v1/bookings/{id:guid}/complaint", w => $"/api/v1/bookings/{w.Complainable["complaint"]}/complaint", "401  201  404  403  404  404  404  404  403",
            _ => Payload.Of(new { category = "other", description = "Uji." })),
        Write("POST", "api/v1/admin/complaints/{id:guid}/investigate", w => $"/api/v1/admin/complaints/{w.Complaints["investigate"]}/investigate", Admins),
        Write("POST", "api/v1/admin/complaints/{id:guid}/resolve", w => $"/api/v1/admin/complaints/{w.Complaints["resolve"]}/resolve", Admins,
            _ => Payload.Of(new { outcome = "notUpheld", resolution = "Uji." })),
        Write("POST", "api/v1/admin/caregivers/{id:guid}/reinstate", w => $"/api/v1/admin/caregivers/{w.CaregiverA}/reinstate", NotSuspendedToAdmins),
        Write("POST", "api/v1/admin/listings/{id:guid}/reinstate", w => $"/api/v1/admin/listings/{w.DaycareA}/reinstate", NotSuspendedToAdmins),
        Write("POST", "api/v1/notifications/read", _ => "/api/v1/notifications/read", "401  204  204  204  204  204  204  204  204"),
        Write("PUT", "api/v1/me/email-preferences", _ => "/api/v1/me/email-preferences", SignedIn, _ => Payload.Of(new { reminders = true, visitLogs = true })),
        Write("POST", "api/v1/auth/login", _ => "/api/v1/auth/login", Everyone, w => Payload.Of(new { email = w.SignInEmail, password = Accounts.Password })),
        Write("PUT", "api/v1/caregivers/me", _ => "/api/v1/caregivers/me", OwnCaregiverBody, _ => Payload.Of(new { })),
        Write("PUT", "api/v1/caregivers/me/availability", _ => "/api/v1/caregivers/me/availability", OwnCaregiverBody, _ => Payload.Of(new { })),
        Write("POST", "api/v1/caregivers/me/certificates", _ => "/api/v1/caregivers/me/certificates", OwnCaregiverBody, _ => Payload.Of(new { })),
        Write("PUT", "api/v1/caregivers/me/photo", _ => "/api/v1/caregivers/me/photo", OwnCaregiverBody, _ => Payload.Upload([])),
        Write("PUT", "api/v1/caregivers/me/certificates/{id:guid}/document", w => $"/api/v1/caregivers/me/certificates/{w.CertificateA}/document", ByCaregiverA,
            _ => Payload.Upload(TestCaregivers.PdfBytes)),
        Write("POST", "api/v1/families/me/recipients", _ => "/api/v1/families/me/recipients", OwnFamilyBody, _ => Payload.Of(new { })),
        Write("PUT", "api/v1/families/me/recipients/{id:guid}", w => $"/api/v1/families/me/recipients/{w.SpareA}", "401  200  404  403  403  403  403  403  403",
            _ => Payload.Of(TestListings.Child())),
        Write("DELETE", "api/v1/families/me/recipients/{id:guid}/consent", w => $"/api/v1/families/me/recipients/{w.SpareA}/consent",
            "401  200  404  403  403  403  403  403  403"),
        Write("DELETE", "api/v1/families/me/recipients/{id:guid}", w => $"/api/v1/families/me/recipients/{w.ElderA}", "401  409  404  403  403  403  403  403  403"),
        Write("PUT", "api/v1/families/me/care-manager", _ => "/api/v1/families/me/care-manager", OwnFamilyBody, _ => Payload.Of(new { })),
        Write("PUT", "api/v1/families/me/preferred-caregivers/{caregiverId:guid}", w => $"/api/v1/families/me/preferred-caregivers/{w.CaregiverA}",
            "401  200  404  403  403  403  403  403  403", w => Payload.Of(new { recipientId = w.ElderA })),
        Write("DELETE", "api/v1/families/me/preferred-caregivers/{caregiverId:guid}", w => $"/api/v1/families/me/preferred-caregivers/{w.CaregiverA}?recipientId={w.ElderA}",
            "401  204  404  403  403  403  403  403  403"),
        Write("POST", "api/v1/bookings", _ => "/api/v1/bookings", "401  201  404  403  403  403  403  403  403",
            w => Payload.Of(new { kind = "homeCare", caregiverId = w.CaregiverA, recipientId = w.ElderA, start = Iso(Next(DayOfWeek.Saturday, 9)), hours = 1 })),
        Write("POST", "api/v1/bookings/{id:guid}/accept", w => $"/api/v1/bookings/{w.Requests["accept"]}/accept", ByCaregiverA),
        Write("POST", "api/v1/bookings/{id:guid}/decline", w => $"/api/v1/bookings/{w.Requests["decline"]}/decline", ByCaregiverA),
        Write("POST", "api/v1/bookings/{id:guid}/cancel", w => $"/api/v1/bookings/{w.Requests["cancel"]}/cancel", "401  200  404  409  404  404  404  404  403"),
        Get("api/v1/bookings/{id:guid}/cancellation", w => $"/api/v1/bookings/{w.Accepted}/cancellation", "401  200  404  200  404  404  404  404  403"),
        Get("api/v1/bookings/{id:guid}/visits/{visitId:guid}/cancellation", w => $"/api/v1/bookings/{w.Accepted}/visits/{w.AcceptedVisit}/cancellation",
            "401  200  404  200  404  404  404  404  403"),
        Write("POST", "api/v1/bookings/{id:guid}/visits/{visitId:guid}/cancel", w => $"/api/v1/bookings/{w.Series["visit cancel"].Booking}/visits/{w.Series["visit cancel"].Visit}/cancel",
            "401  200  404  409  404  404  404  404  403"),
        Write("POST", "api/v1/bookings/{id:guid}/check-in", w => $"/api/v1/bookings/{w.Accepted}/check-in", "401  403  403  409  404  404  403  403  403",
            w => Payload.Of(new { visitId = w.AcceptedVisit })),
        Write("POST", "api/v1/bookings/{id:guid}/visits/{visitId:guid}/move", w => $"/api/v1/bookings/{w.Accepted}/visits/{w.AcceptedVisit}/move",
            "401  200  404  200  404  404  404  404  403", _ => Payload.Of(new { start = Iso(Next(DayOfWeek.Friday, 14)) })),
        Write("POST", "api/v1/bookings/{id:guid}/visits/{visitId:guid}/no-show", w => $"/api/v1/bookings/{w.Accepted}/visits/{w.AcceptedVisit}/no-show",
            "401  403  403  409  404  404  403  403  403"),
        Write("POST", "api/v1/bookings/{id:guid}/check-out", w => $"/api/v1/bookings/{w.Accepted}/check-out", "401  403  403  409  404  404  403  403  403",
            _ => Payload.Of(new { tasks = Companionship, notes = "Makan siang bersama." })),
        Write("POST", "api/v1/bookings/{id:guid}/payments", w => $"/api/v1/bookings/{w.Payable["pay"]}/payments", "401  201  404  403  403  403  403  403  403",
            _ => Payload.Of(new { method = "offline" })),
        Write("POST", "api/v1/bookings/{id:guid}/payments/received", w => $"/api/v1/bookings/{w.Recorded}/payments/received",
            "401  403  403  200  404  404  404  404  409", _ => Payload.Of(new { amountIdr = 1_000, outstandingIdr = 120_000 })),
        Write("POST", "api/v1/bookings/{id:guid}/payments/refunds", w => $"/api/v1/bookings/{w.Recorded}/payments/refunds",
            "401  403  403  403  403  403  403  403  409", _ => Payload.Of(new { amountIdr = 1_000 })),

        // Stripe's webhook needs no sign-in, only Stripe's signature; this app takes no cards, so none verifies.
        Write("POST", "api/v1/webhooks/stripe", _ => "/api/v1/webhooks/stripe", "400  400  400  400  400  400  400  400  400", _ => Payload.Of(new { })),

        // SendGrid's event webhook needs no sign-in, only SendGrid's signature, which none of these requests carries.
        Write("POST", "api/v1/webhooks/sendgrid", _ => "/api/v1/webhooks/sendgrid", "401  401  401  401  401  401  401  401  401", _ => Payload.Of(new { })),
        Write("POST", "api/v1/listings/{id:guid}/publish", w => $"/api/v1/listings/{w.PublishableA}/publish", ListingOfEnterpriseA),
        Write("POST", "api/v1/listings/{id:guid}/pause", w => $"/api/v1/listings/{w.PausableA}/pause", ListingOfEnterpriseA),
        Write("POST", "api/v1/listings/{id:guid}/stops", w => $"/api/v1/listings/{w.ClinicA}/stops", "401  403  403  403  403  403  201  404  403",
            _ => Payload.Of(MatrixWorld.Stop(daysAhead: 10))),
        Write("POST", "api/v1/enterprises", _ => "/api/v1/enterprises", "401  403  403  403  403  403  400  400  403", _ => Payload.Of(new { })),
        Write("PUT", "api/v1/enterprises/{id:guid}", w => $"/api/v1/enterprises/{w.EnterpriseA}", ByEnterpriseA,
            _ => Payload.Of(new { name = "Rumah Inklusi Makassar", kind = "socialStartup", registrationNumber = "AHU-0031457.AH.01.04", areaCode = "73.71.13" })),
        Write("POST", "api/v1/enterprises/{id:guid}/listings", w => $"/api/v1/enterprises/{w.EnterpriseA}/listings", "401  403  403  403  403  403  201  403  403",
            _ => Payload.Of(MatrixWorld.DaycareListing("Penitipan Baru"))),
        Write("POST", "api/v1/enterprises/{id:guid}/affiliations", w => $"/api/v1/enterprises/{w.EnterpriseA}/affiliations", "401  403  403  403  403  403  201  403  403",
            w => Payload.Of(new { caregiverEmail = w.CaregiverBEmail })),
        Write("POST", "api/v1/affiliations/{id:guid}/accept", w => $"/api/v1/affiliations/{w.AffiliationA}/accept", "401  404  404  200  404  404  404  404  404"),
        Write("POST", "api/v1/affiliations/{id:guid}/decline", w => $"/api/v1/affiliations/{w.AffiliationA}/decline", "401  404  404  409  404  404  404  404  404"),
        Write("POST", "api/v1/affiliations/{id:guid}/end", w => $"/api/v1/affiliations/{w.AffiliationA}/end", "401  404  404  200  404  404  409  404  404"),
        Write("POST", "api/v1/admin/caregivers/{id:guid}/verification", w => $"/api/v1/admin/caregivers/{w.PendingCaregivers[0]}/verification", Admins,
            _ => Payload.Of(new { decision = "rejected", reason = "Sertifikat tidak terbaca." })),
        Write("PUT", "api/v1/admin/caregivers/{id:guid}/care-manager", w => $"/api/v1/admin/caregivers/{w.CareManager}/care-manager", Admins,
            _ => Payload.Of(new { granted = true })),
        Write("POST", "api/v1/admin/enterprises/{id:guid}/verification", w => $"/api/v1/admin/enterprises/{w.PendingEnterprises[0]}/verification", Admins,
            _ => Payload.Of(new { decision = "rejected", reason = "Nomor registrasi tidak cocok." })),
        Write("PUT", "api/v1/me/payout-account", _ => "/api/v1/me/payout-account", "401  403  403  400  400  400  400  400  403", _ => Payload.Of(new { })),

        // The open batch is marked paid once; after it, running another finds nobody with an account owed, and cancelling is too late.
        Write("POST", "api/v1/admin/payout-batches/{id:guid}/paid", w => $"/api/v1/admin/payout-batches/{w.PayoutBatch}/paid", Admins),
        Write("POST", "api/v1/admin/payout-batches/{id:guid}/cancel", w => $"/api/v1/admin/payout-batches/{w.PayoutBatch}/cancel",
            "401  403  403  403  403  403  403  403  409"),
        Write("POST", "api/v1/admin/payout-batches", _ => "/api/v1/admin/payout-batches", "401  403  403  403  403  403  403  403  409"),
        Write("POST", "api/v1/admin/sponsor-programmes", _ => "/api/v1/admin/sponsor-programmes", "401  403  403  403  403  403  403  403  201",
            _ => Payload.Of(MatrixWorld.Programme("Bantuan Baru"))),
        Write("PUT", "api/v1/admin/sponsor-programmes/{id:guid}", w => $"/api/v1/admin/sponsor-programmes/{w.SponsorProgramme}", Admins,
            _ => Payload.Of(MatrixWorld.Programme("Bantuan Lansia Gowa"))),
        Write("POST", "api/v1/admin/sponsor-programmes/{id:guid}/eligible-families", w => $"/api/v1/admin/sponsor-programmes/{w.SponsorProgramme}/eligible-families",
            Admins, w => Payload.Of(new { email = w.FamilyAEmail, evidenceReference = "DTKS 7306" })),
        Write("DELETE", "api/v1/admin/sponsor-programmes/{id:guid}/eligible-families/{familyId:guid}",
            w => $"/api/v1/admin/sponsor-programmes/{w.SponsorProgramme}/eligible-families/{w.EligibleFamilies[0]}", "401  403  403  403  403  403  403  403  204"),
        Write("POST", "api/v1/admin/programme-staff", _ => "/api/v1/admin/programme-staff", "401  403  403  403  403  403  403  403  200  403",
            w => Payload.Of(new { email = w.ProgrammeStaffEmail })),
        Write("DELETE", "api/v1/admin/programme-staff/{userId:guid}", _ => $"/api/v1/admin/programme-staff/{Guid.NewGuid()}", "401  403  403  403  403  403  403  403  404  403"),
        Write("POST", "api/v1/admin/outbox/dead-letters/{id:guid}/retry", w => $"/api/v1/admin/outbox/dead-letters/{w.DeadLetters[0]}/retry",
            "401  403  403  403  403  403  403  403  204"),
    ];

    private static MatrixRow Get(string template, Func<MatrixWorld, string> url, string cells) => new("GET", template, url, OnPages: false, cells);

    private static MatrixRow Write(string method, string template, Func<MatrixWorld, string> url, string cells, Func<MatrixWorld, Payload>? send = null) =>
        new(method, template, url, OnPages: false, cells, send);
}
