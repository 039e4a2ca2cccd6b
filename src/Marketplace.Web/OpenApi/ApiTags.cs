namespace Marketplace.Web.OpenApi;

/// <summary>
/// The groups the API's operations are listed under in the OpenAPI document (<c>[Tags(ApiTags.Bookings)]</c> on a
/// controller), each with the sentence that introduces it, in the order a partner meets them.
/// </summary>
internal static class ApiTags
{
    public const string Accounts = "Accounts";
    public const string Taxonomies = "Taxonomies";
    public const string Search = "Search";
    public const string Caregivers = "Caregivers";
    public const string Enterprises = "Enterprises";
    public const string Families = "Families";
    public const string Bookings = "Bookings";
    public const string Payments = "Payments";
    public const string QualityOfCare = "Quality of care";
    public const string Administration = "Administration";
    public const string Webhooks = "Webhooks";
    public const string Operations = "Operations";

    public static IReadOnlyList<(string Name, string Description)> All { get; } =
    [
        (Accounts, "Signing up, signing in and out, refreshing tokens, and the caller's own account, notices and email preferences."),
        (Taxonomies, "The skills, languages, needs, accessibility features, clinic services and visit tasks that profiles, listings and searches refer to by slug."),
        (Search, "Finding caregivers, daycares and mobile-clinic stops near a place."),
        (Caregivers, "Caregivers' public profiles, and a caregiver's own profile, certificates, availability, schedule, earnings and enterprise invitations."),
        (Enterprises, "Social enterprises, their listings (home care, daycare, mobile clinic), places, clinic stops and invited caregivers."),
        (Families, "A family's people in care, their care manager and the caregivers the family wants first."),
        (Bookings, "Home visits, daycare days and clinic slots: requesting, answering, cancelling, moving, checking in and out."),
        (Payments, "Paying for a booking (offline, by card or with a sponsor's share), receipts, refunds, earnings and payout accounts."),
        (QualityOfCare, "Reviews, complaints, care plans, care logs and the care manager's alerts."),
        (Administration, "What admins and programme staff do: verification, sponsor programmes, payout batches, dead letters, staff and regional reports."),
        (Webhooks, "Events posted by Stripe and SendGrid, each verified by its sender's signature."),
        (Operations, "Liveness and readiness for load balancers and monitors."),
    ];
}
