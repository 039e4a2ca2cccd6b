using System.Globalization;
using static Marketplace.TestSupport.TestBookings;

namespace Marketplace.IntegrationTests.Security;

/// <summary>
/// Every page and every form of the pages, sent from each user's signed-in page session with its antiforgery
/// token. An anonymous visitor is sent to sign in (<c>login</c>), a signed-in person of the wrong role to the
/// refusal page (<c>deny</c>); someone else's booking or listing is a 404, as an unknown one. A form allowed
/// to several users is sent empty where only the sender's own data could be written (400: shown again with
/// its errors).
/// </summary>
internal static class PageMatrixRows
{
    private const string Everyone = "200   200   200   200   200   200   200   200   200";
    private const string SignedIn = "login 200   200   200   200   200   200   200   200";
    private const string Families = "login 200   200   deny  deny  deny  deny  deny  deny";
    private const string Caregivers = "login deny  deny  200   200   200   deny  deny  deny";
    private const string Enterprises = "login deny  deny  deny  deny  deny  200   200   deny";
    private const string Admins = "login deny  deny  deny  deny  deny  deny  deny  200";
    private const string ReportReaders = "login deny  deny  deny  deny  deny  deny  deny  200   200";
    private const string EmptyToCaregivers = "login deny  deny  400   400   400   deny  deny  deny";
    private const string EmptyToFamilies = "login 400   400   deny  deny  deny  deny  deny  deny";
    private const string EmptyToEnterprises = "login deny  deny  deny  deny  deny  400   400   deny";
    private const string DoneByAdmins = "login deny  deny  deny  deny  deny  deny  deny  302";
    private const string OwnedByEnterpriseA = "login deny  deny  deny  deny  deny  200   404   deny";
    private const string FamilyAOnly = "login 200   404   deny  deny  deny  deny  deny  deny";
    private const string CaregiverAOnly = "login 403   404   409   404   404   404   404   deny  deny";

    //                                                                                     anon  famA  famB  cgA   cgB   cm    entA  entB  admin programme
    public static IEnumerable<MatrixRow> Rows() =>
    [
        Get(string.Empty, _ => "/", Everyone),
        Get("search", _ => "/search?Place=-5.1477,119.4327&RadiusKm=30", Everyone),
        Get("search/services", _ => "/search/services?Place=-5.1477,119.4327&Kind=Daycare&RadiusKm=30", Everyone),
        Get("caregivers/{id:guid}", w => $"/caregivers/{w.CaregiverA}?date=2026-12-07&time=09:00&hours=2", Everyone),
        Get("caregivers/{id:guid}", w => $"/caregivers/{w.PendingCaregivers[1]}", "404   404   404   404   404   404   404   404   200"),
        Get("account/login", _ => "/account/login", Everyone),
        Get("account/register", _ => "/account/register", Everyone),
        Get("account/check-email", _ => "/account/check-email", Everyone),
        Get("account/forgot-password", _ => "/account/forgot-password", Everyone),
        Get("account/reset-password", _ => "/account/reset-password?email=siapa%40contoh.id&token=bukan-token", Everyone),
        Get("account/confirm-email", _ => "/account/confirm-email", "400   400   400   400   400   400   400   400   400"),
        Get("account", _ => "/account", SignedIn),
        Get("account/email", _ => "/account/email", SignedIn),
        Get("account/change-email", _ => $"/account/change-email?user={Guid.NewGuid()}&email=baru%40contoh.id&token=bukan-token", "400   400   400   400   400   400   400   400   400"),
        Get("notifications", _ => "/notifications", SignedIn),
        Get("account/email-preferences", _ => "/account/email-preferences", SignedIn),
        Get("email/unsubscribe/{token}", _ => "/email/unsubscribe/bukan-tautan", "404   404   404   404   404   404   404   404   404"),
        Get("earnings", _ => "/earnings", "login deny  deny  200   200   200   200   200   deny"),
        Get("listings/{id:guid}", w => $"/listings/{w.DaycareA}", Everyone),
        Get("listings/{id:guid}", w => $"/listings/{w.DraftA}", "404   404   404   404   404   404   200   404   200"),
        new("*", "error", _ => "/error", OnPages: true, "500   500   500   500   500   500   500   500   500"),
        new("*", "error/{status:int}", _ => "/error/404", OnPages: true, "404   404   404   404   404   404   404   404   404"),
        Get("bookings", _ => "/bookings", "login 200   200   200   200   200   200   200   deny   deny"),
        Get("bookings/{id:guid}", w => $"/bookings/{w.Recorded}", "login 200   404   200   404   200   404   404   200   deny"),
        Get("bookings/new", w => $"/bookings/new?caregiverId={w.CaregiverA}", Families),
        Get("family/recipients", _ => "/family/recipients", Families),
        Get("family/recipients/{id:guid}", w => $"/family/recipients/{w.ElderA}", FamilyAOnly),
        Get("family/preferred-caregivers", _ => "/family/preferred-caregivers", Families),
        Get("bookings/{id:guid}/visits/{visitId:guid}/replacements", w => $"/bookings/{w.ToReplace.Booking}/visits/{w.ToReplace.Visit}/replacements",
            "login 200   404   404   404   404   404   404   404"),
        Get("bookings/calendar", _ => "/bookings/calendar?month=2026-13", "login 200   200   deny  deny  deny  200   200   deny"),
        Get("caregiver/profile", _ => "/caregiver/profile", Caregivers),
        Get("caregiver/availability", _ => "/caregiver/availability", Caregivers),
        Get("caregiver/certificates", _ => "/caregiver/certificates", Caregivers),
        Get("caregiver/affiliations", _ => "/caregiver/affiliations", Caregivers),
        Get("caregiver/schedule", _ => "/caregiver/schedule", Caregivers),
        Get("care-manager", _ => "/care-manager", Caregivers),
        Get("enterprise", _ => "/enterprise", Enterprises),
        Get("enterprise/listings/new", _ => "/enterprise/listings/new?kind=Daycare", Enterprises),
        Get("enterprise/listings/{id:guid}", w => $"/enterprise/listings/{w.DaycareA}", OwnedByEnterpriseA),
        Get("enterprise/listings/{id:guid}", w => $"/enterprise/listings/{w.DraftA}", OwnedByEnterpriseA),
        Get("admin/verification", _ => "/admin/verification", Admins),
        Get("admin/care-managers", _ => "/admin/care-managers", Admins),
        Get("admin/dead-letters", _ => "/admin/dead-letters", Admins),
        Get("admin/email", _ => "/admin/email", Admins),
        Get("bookings/{id:guid}/cancel", w => $"/bookings/{w.Accepted}/cancel", "login 200   404   200   404   404   404   404   deny   deny"),
        Get("bookings/{id:guid}/visits/{visitId:guid}/cancel", w => $"/bookings/{w.Accepted}/visits/{w.AcceptedVisit}/cancel", "login 200   404   200   404   404   404   404   deny   deny"),
        Get("bookings/{id:guid}/visits/{visitId:guid}/move", w => $"/bookings/{w.Accepted}/visits/{w.AcceptedVisit}/move", "login 200   404   200   404   404   404   404   deny   deny"),
        Get("bookings/{id:guid}/review", w => $"/bookings/{w.Recorded}/review", "login 200   404   200   404   404   404   404   200"),
        Get("admin/reviews", _ => "/admin/reviews", Admins),
        Get("bookings/{id:guid}/complaint", w => $"/bookings/{w.Recorded}/complaint", "login 200   404   403   404   404   404   404   200"),
        Get("admin/complaints", _ => "/admin/complaints", Admins),
        Get("admin/complaints/{id:guid}", w => $"/admin/complaints/{w.Complaints["investigate"]}", Admins),
        Get("bookings/{id:guid}/receipt", w => $"/bookings/{w.Recorded}/receipt", "login 200   404   200   404   404   404   404   200   deny"),
        Get("enterprise/revenue", _ => "/enterprise/revenue", Enterprises),
        Get("admin/payouts", _ => "/admin/payouts", Admins),
        Get("admin/payouts/{id:guid}", w => $"/admin/payouts/{w.PayoutBatch}", Admins),
        Get("admin/payouts/{id:guid}/transfers.csv", w => $"/admin/payouts/{w.PayoutBatch}/transfers.csv", Admins),
        Get("admin/sponsors", _ => "/admin/sponsors", Admins),
        Get("admin/reports/regions", _ => "/admin/reports/regions", ReportReaders),
        Get("admin/reports/regions/{areaCode}.csv", _ => "/admin/reports/regions/73.71.csv", ReportReaders),
        Get("admin/programme-staff", _ => "/admin/programme-staff", Admins),
        Get("admin/sponsors/new", _ => "/admin/sponsors/new", Admins),
        Get("admin/sponsors/{id:guid}", w => $"/admin/sponsors/{w.SponsorProgramme}", Admins),
        Get("admin/sponsors/{id:guid}/statement", w => $"/admin/sponsors/{w.SponsorProgramme}/statement", Admins),
        Get("admin/sponsors/{id:guid}/statement.csv", w => $"/admin/sponsors/{w.SponsorProgramme}/statement.csv", Admins),

        Post("account/login", _ => "/account/login", "400   400   400   400   400   400   400   400   400",
            _ => Payload.Fields(("Email", "tidak-ada@contoh.id"), ("Password", "bukan kata sandinya"))),
        Post("account/register", _ => "/account/register", "400   400   400   400   400   400   400   400   400", _ => Payload.Fields(("Role", "family"))),
        Post("account/confirm-email", _ => "/account/confirm-email", "400   400   400   400   400   400   400   400   400",
            _ => Payload.Fields(("User", Guid.NewGuid().ToString()), ("Token", "bukan-token"), ("Password", "bukan kata sandinya"))),
        Post("account/forgot-password", _ => "/account/forgot-password", Everyone, _ => Payload.Fields(("Email", "tidak-ada@contoh.id"))),
        Post("account/reset-password", _ => "/account/reset-password", "400   400   400   400   400   400   400   400   400",
            _ => Payload.Fields(("Email", "tidak-ada@contoh.id"), ("Token", "bukan-token"), ("NewPassword", "kata sandi yang baru sekali"))),
        Post("account/email", _ => "/account/email", "login 400   400   400   400   400   400   400   400",
            _ => Payload.Fields(("NewEmail", "baru@contoh.id"), ("Password", "bukan kata sandinya"))),
        Post("account/change-email", _ => "/account/change-email", "400   400   400   400   400   400   400   400   400",
            _ => Payload.Fields(("User", Guid.NewGuid().ToString()), ("Email", "baru@contoh.id"), ("Token", "bukan-token"))),
        Post("culture", _ => "/culture", "302   302   302   302   302   302   302   302   302", _ => Payload.Fields(("culture", "id"), ("returnUrl", "/"))),
        Post("caregiver/profile", _ => "/caregiver/profile", EmptyToCaregivers, _ => Payload.Fields()),
        Post("caregiver/profile/photo", _ => "/caregiver/profile/photo", EmptyToCaregivers, _ => Payload.Upload([])),
        Post("caregiver/availability", _ => "/caregiver/availability", EmptyToCaregivers, _ => Payload.Fields(("TimeZone", "Bukan/Zona"))),
        Post("caregiver/certificates", _ => "/caregiver/certificates", EmptyToCaregivers, _ => Payload.Fields()),
        Post("caregiver/certificates/{id:guid}/document", w => $"/caregiver/certificates/{w.CertificateA}/document",
            "login deny  deny  302   404   404   deny  deny  deny", _ => Payload.Upload(Marketplace.TestSupport.TestCaregivers.PdfBytes)),
        Post("caregiver/affiliations/{id:guid}/{answer:regex(^(accept|decline|end)$)}", w => $"/caregiver/affiliations/{w.AffiliationA}/accept",
            "login deny  deny  409   404   404   deny  deny  deny"),
        Post("family/recipients", _ => "/family/recipients", EmptyToFamilies, _ => Payload.Fields()),
        Post("family/recipients/{id:guid}", w => $"/family/recipients/{w.ElderA}", "login 400   404   deny  deny  deny  deny  deny  deny", _ => Payload.Fields()),
        Post("family/recipients/{id:guid}/withdraw-consent", w => $"/family/recipients/{w.SpareA}/withdraw-consent", "login 409   404   deny  deny  deny  deny  deny  deny"),
        Post("family/recipients/{id:guid}/remove", w => $"/family/recipients/{w.ElderA}/remove", "login 409   404   deny  deny  deny  deny  deny  deny"),
        Post("family/recipients/care-manager", _ => "/family/recipients/care-manager", EmptyToFamilies, _ => Payload.Fields()),
        Post("family/preferred-caregivers", _ => "/family/preferred-caregivers", "login 302   404   deny  deny  deny  deny  deny  deny",
            w => Payload.Fields(("CaregiverId", w.CaregiverA.ToString()), ("RecipientId", w.ElderA.ToString()))),
        Post("family/preferred-caregivers/{caregiverId:guid}/remove", w => $"/family/preferred-caregivers/{w.CaregiverA}/remove",
            "login 302   404   deny  deny  deny  deny  deny  deny", w => Payload.Fields(("RecipientId", w.ElderA.ToString()))),
        Post("enterprise", _ => "/enterprise", EmptyToEnterprises, _ => Payload.Fields()),
        Post("enterprise/details", _ => "/enterprise/details", EmptyToEnterprises, _ => Payload.Fields()),
        Post("enterprise/invitations", _ => "/enterprise/invitations", EmptyToEnterprises, _ => Payload.Fields()),
        Post("enterprise/affiliations/{id:guid}/end", w => $"/enterprise/affiliations/{w.AffiliationA}/end", "login deny  deny  deny  deny  deny  409   404   deny"),
        Post("enterprise/listings/new", _ => "/enterprise/listings/new", EmptyToEnterprises, _ => Payload.Fields(("Kind", "Daycare"))),
        Post("enterprise/listings/{id:guid}/{change:regex(^(publish|pause)$)}", w => $"/enterprise/listings/{w.PausableA}/publish",
            "login deny  deny  deny  deny  deny  302   404   deny"),
        Post("enterprise/listings/{id:guid}/stops", w => $"/enterprise/listings/{w.ClinicA}/stops", "login deny  deny  deny  deny  deny  302   404   deny",
            _ => Payload.Fields(("PlaceName", "Balai Desa"), ("Lat", "-4.985"), ("Lon", "119.546"), ("Date", Day(DateTime.UtcNow.AddDays(11))),
                ("Start", "08:00"), ("End", "09:00"), ("SlotMinutes", "30"), ("CapacityPerSlot", "4"))),
        Post("listings/{id:guid}/book", w => $"/listings/{w.DaycareA}/book", "login 302   400   deny  deny  deny  deny  deny  deny",
            w => Payload.Fields(("RecipientId", w.ChildA.ToString()), ("Dates", Day(Next(DayOfWeek.Tuesday, 9).DateTime)))),
        Post("bookings/new", _ => "/bookings/new", "login 302   400   deny  deny  deny  deny  deny  deny",
            w => Payload.Fields(("CaregiverId", w.CaregiverA.ToString()), ("RecipientId", w.ElderA.ToString()), ("Date", Day(Next(DayOfWeek.Saturday, 13).DateTime)),
                ("Time", "13:00"), ("Hours", "1"))),
        Post("bookings/{id:guid}/accept", w => $"/bookings/{w.Requests["page accept"]}/accept", "login 403   404   302   404   404   404   404   deny   deny"),
        Post("bookings/{id:guid}/decline", w => $"/bookings/{w.Requests["page decline"]}/decline", "login 403   404   302   404   404   404   404   deny   deny"),
        Post("bookings/{id:guid}/cancel", w => $"/bookings/{w.Requests["page cancel"]}/cancel", "login 302   404   409   404   404   404   404   deny   deny",
            _ => Payload.Fields(("chargeIdr", "0"))),
        Post("bookings/{id:guid}/visits/{visitId:guid}/cancel", w => $"/bookings/{w.Series["page visit cancel"].Booking}/visits/{w.Series["page visit cancel"].Visit}/cancel",
            "login 302   404   409   404   404   404   404   deny  deny", _ => Payload.Fields(("chargeIdr", "0"))),
        Post("bookings/{id:guid}/check-in", w => $"/bookings/{w.Accepted}/check-in", CaregiverAOnly),
        Post("bookings/{id:guid}/visits/{visitId:guid}/move", w => $"/bookings/{w.Accepted}/visits/{w.AcceptedVisit}/move",
            "login 302   404   302   404   404   404   404   deny  deny", _ => Payload.Fields(("date", Day(Next(DayOfWeek.Friday, 15).DateTime)), ("time", "15:00"))),
        Post("bookings/{id:guid}/visits/{visitId:guid}/no-show", w => $"/bookings/{w.Accepted}/visits/{w.AcceptedVisit}/no-show", CaregiverAOnly),
        Post("bookings/{id:guid}/check-out", w => $"/bookings/{w.Accepted}/check-out", CaregiverAOnly,
            _ => Payload.Fields(("Tasks", "companionship"), ("Notes", "Makan bersama."))),
        Post("bookings/{id:guid}/pay", w => $"/bookings/{w.Payable["page pay"]}/pay", "login 302   404   deny  deny  deny  deny  deny  deny"),
        Post("bookings/{id:guid}/payment-received", w => $"/bookings/{w.Accepted}/payment-received", "login 403   404   302   404   404   404   404   409   deny",
            _ => Payload.Fields(("AmountIdr", "1.000"), ("OutstandingIdr", "120000"))),
        Post("bookings/{id:guid}/refund", w => $"/bookings/{w.Accepted}/refund", "login deny  deny  deny  deny  deny  deny  deny  409",
            _ => Payload.Fields(("AmountIdr", "1.000"))),
        Post("admin/verification/caregivers/{id:guid}", w => $"/admin/verification/caregivers/{w.PendingCaregivers[1]}", DoneByAdmins,
            _ => Payload.Fields(("decision", "rejected"), ("reason", "Sertifikat tidak terbaca."))),
        Post("admin/verification/enterprises/{id:guid}", w => $"/admin/verification/enterprises/{w.PendingEnterprises[1]}", DoneByAdmins,
            _ => Payload.Fields(("decision", "rejected"), ("reason", "Nomor tidak cocok."))),
        Post("admin/care-managers/{id:guid}", w => $"/admin/care-managers/{w.CareManager}", DoneByAdmins, _ => Payload.Fields(("granted", "true"))),
        Post("admin/dead-letters/{id:guid}/retry", w => $"/admin/dead-letters/{w.DeadLetters[1]}/retry", DoneByAdmins),
        Post("bookings/{id:guid}/review", w => $"/bookings/{w.Reviewable["page review"]}/review", "login 302   404   403   404   404   404   404   403",
            _ => Payload.Fields(("Rating", "5"), ("Text", "Baik."))),
        Post("bookings/{id:guid}/review/reply", w => $"/bookings/{w.Reviewed["page reply"].Booking}/review/reply", "login 403   404   302   404   404   404   404   404",
            _ => Payload.Fields(("Reply", "Terima kasih."))),
        Post("bookings/{id:guid}/review/hide", w => $"/bookings/{w.Reviewed["page hide"].Booking}/review/hide", "login 403   404   403   404   404   404   404   302",
            _ => Payload.Fields(("Reason", "Kata-kata kasar."))),
        Post("notifications/read", _ => "/notifications/read", "login 302   302   302   302   302   302   302   302"),
        Post("account/email-preferences", _ => "/account/email-preferences", "login 302   302   302   302   302   302   302   302",
            _ => Payload.Fields(("Reminders", "true"), ("VisitLogs", "true"))),
        Post("email/unsubscribe/{token}", _ => "/email/unsubscribe/bukan-tautan", "404   404   404   404   404   404   404   404   404"),
        Post("account/email-delivery/retry", _ => "/account/email-delivery/retry", "login 302   302   302   302   302   302   302   302"),
        Post("earnings/payout-account", _ => "/earnings/payout-account", "login deny  deny  400   400   400   400   400   deny", _ => Payload.Fields()),
        Post("bookings/{id:guid}/complaint", w => $"/bookings/{w.Complainable["page complaint"]}/complaint", "login 302   404   403   404   404   404   404   403",
            _ => Payload.Fields(("Category", "Other"), ("Description", "Uji."))),
        Post("admin/complaints/{id:guid}/investigate", w => $"/admin/complaints/{w.Complaints["page investigate"]}/investigate", DoneByAdmins),
        Post("admin/complaints/{id:guid}/resolve", w => $"/admin/complaints/{w.Complaints["page resolve"]}/resolve", DoneByAdmins,
            _ => Payload.Fields(("Outcome", "NotUpheld"), ("Resolution", "Uji."))),
        Post("admin/complaints/{id:guid}/reinstate", w => $"/admin/complaints/{w.Complaints["page investigate"]}/reinstate", "login deny  deny  deny  deny  deny  deny  deny  409"),
        Post("admin/payouts/run", _ => "/admin/payouts/run", "login deny  deny  deny  deny  deny  deny  deny  409"),
        Post("admin/payouts/{id:guid}/paid", w => $"/admin/payouts/{w.PayoutBatch}/paid", "login deny  deny  deny  deny  deny  deny  deny  409"),
        Post("admin/payouts/{id:guid}/cancel", w => $"/admin/payouts/{w.PayoutBatch}/cancel", "login deny  deny  deny  deny  deny  deny  deny  409"),
        Post("admin/programme-staff", _ => "/admin/programme-staff", "login deny  deny  deny  deny  deny  deny  deny  400", _ => Payload.Fields()),
        Post("admin/programme-staff/{userId:guid}/withdraw", _ => $"/admin/programme-staff/{Guid.NewGuid()}/withdraw", "login deny  deny  deny  deny  deny  deny  deny  404"),
        Post("admin/sponsors/new", _ => "/admin/sponsors/new", "login deny  deny  deny  deny  deny  deny  deny  400", _ => Payload.Fields()),
        Post("admin/sponsors/{id:guid}", w => $"/admin/sponsors/{w.SponsorProgramme}", "login deny  deny  deny  deny  deny  deny  deny  400", _ => Payload.Fields()),
        Post("admin/sponsors/{id:guid}/eligible", w => $"/admin/sponsors/{w.SponsorProgramme}/eligible", "login deny  deny  deny  deny  deny  deny  deny  400",
            _ => Payload.Fields()),
        Post("admin/sponsors/{id:guid}/eligible/{familyId:guid}/withdraw", w => $"/admin/sponsors/{w.SponsorProgramme}/eligible/{w.EligibleFamilies[1]}/withdraw",
            DoneByAdmins),
        new("POST", "account/logout", _ => "/account/logout", OnPages: true, "302   302   302   302   302   302   302   302   302", EndsTheSession: true),
    ];

    private static string Day(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static MatrixRow Get(string template, Func<MatrixWorld, string> url, string cells) => new("GET", template, url, OnPages: true, cells);

    private static MatrixRow Post(string template, Func<MatrixWorld, string> url, string cells, Func<MatrixWorld, Payload>? send = null) =>
        new("POST", template, url, OnPages: true, cells, send);
}
