using Marketplace.Application.Bookings;
using Marketplace.Application.Common.Errors;

namespace Marketplace.Application.Complaints;

/// <summary>
/// A family's complaint about the care of one of its bookings: one per booking, filed from the booking's making
/// until <see cref="WindowDays"/> days after its last visit, day or slot. An admin takes it up (investigating) and
/// resolves it with an outcome and words the family reads; an upheld complaint may suspend the provider (the
/// caregiver of home care, the listing of a daycare or clinic booking), which the handler does on that aggregate.
/// </summary>
public sealed class Complaint
{
    public const int WindowDays = 90;
    public const int DescriptionMaxLength = 4000;
    public const int NoteMaxLength = 2000;

    public const string FiledAlready = "A complaint about this booking was filed already; its page shows where it stands.";
    public const string TooLate = "Complaints are filed within 90 days of the booking's last visit.";
    public const string NotOpen = "Only an open complaint can be taken up.";
    public const string ResolvedAlready = "This complaint is resolved already.";
    public const string SuspendNeedsUpheld = "Only an upheld complaint can suspend the provider.";

    private Complaint(
        Guid id, Guid bookingId, string? recipientAreaCode, Guid familyUserId, Guid recipientId, Guid providerUserId, string providerName,
        Guid? caregiverId, Guid? listingId, ComplaintCategory category, string description, DateTimeOffset filedAt)
    {
        Id = id;
        BookingId = bookingId;
        RecipientAreaCode = recipientAreaCode;
        FamilyUserId = familyUserId;
        RecipientId = recipientId;
        ProviderUserId = providerUserId;
        ProviderName = providerName;
        CaregiverId = caregiverId;
        ListingId = listingId;
        Category = category;
        Description = description;
        FiledAt = filedAt;
    }

    public Guid Id { get; private set; }

    /// <summary>The booking complained about; one complaint per booking (the database refuses a second).</summary>
    public Guid BookingId { get; private set; }

    /// <summary>Copied from the booking (<see cref="BookingParties.RecipientAreaCode"/>) so the regional report finds an area's complaints on this table alone.</summary>
    public string? RecipientAreaCode { get; private set; }

    public Guid FamilyUserId { get; private set; }

    /// <summary>The person cared for: a complaint may tell of their health, so its reads are logged under them.</summary>
    public Guid RecipientId { get; private set; }

    /// <summary>The account of the caregiver or the enterprise that gave the care.</summary>
    public Guid ProviderUserId { get; private set; }

    /// <summary>The caregiver's name or the listing's title, as the booking names it.</summary>
    public string ProviderName { get; private set; }

    /// <summary>The caregiver complained about (home care); null for a listing's booking.</summary>
    public Guid? CaregiverId { get; private set; }

    /// <summary>The daycare or clinic complained about; null for home care.</summary>
    public Guid? ListingId { get; private set; }

    public ComplaintCategory Category { get; private set; }

    public string Description { get; private set; }

    public DateTimeOffset FiledAt { get; private set; }

    public ComplaintStatus Status { get; private set; } = ComplaintStatus.Open;

    /// <summary>When an admin took it up; null while open.</summary>
    public DateTimeOffset? InvestigatingSince { get; private set; }

    public ComplaintOutcome? Outcome { get; private set; }

    /// <summary>The admin's words to the family on the outcome; null until resolved.</summary>
    public string? Resolution { get; private set; }

    public DateTimeOffset? ResolvedAt { get; private set; }

    /// <summary>Whether resolving it suspended the provider.</summary>
    public bool SuspendedProvider { get; private set; }

    /// <summary>
    /// The family of <paramref name="booking"/> complains. Refused (409) more than <see cref="WindowDays"/> days after
    /// the booking's last visit, day or slot.
    /// </summary>
    public static Complaint File(Booking booking, ComplaintCategory category, string description, DateTimeOffset now)
    {
        if (now > FileableUntil(booking))
        {
            throw new BusinessRuleException(TooLate);
        }

        var parties = booking.Parties;
        var (caregiverId, listingId) = booking.Kind == BookingKind.HomeCare ? (parties.CaregiverId, (Guid?)null) : (null, parties.ListingId);
        return new Complaint(
            Guid.CreateVersion7(now), booking.Id, parties.RecipientAreaCode, parties.FamilyUserId, parties.RecipientId, parties.ProviderUserId, parties.ProviderName,
            caregiverId, listingId, category, description.Trim(), now);
    }

    /// <summary>The last moment a complaint about <paramref name="booking"/> may be filed: <see cref="WindowDays"/> days after its last visit, day or slot.</summary>
    public static DateTimeOffset FileableUntil(Booking booking) => booking.Visits.Max(visit => visit.EndsAt).AddDays(WindowDays);

    /// <summary>An admin takes the complaint up.</summary>
    public void Investigate(DateTimeOffset now)
    {
        if (Status != ComplaintStatus.Open)
        {
            throw new BusinessRuleException(Status == ComplaintStatus.Resolved ? ResolvedAlready : NotOpen);
        }

        Status = ComplaintStatus.Investigating;
        InvestigatingSince = now;
    }

    /// <summary>
    /// An admin closes the complaint with a finding and words for the family. <paramref name="suspendProvider"/> only
    /// with <see cref="ComplaintOutcome.Upheld"/>; the caller then suspends the provider in the same unit of work.
    /// </summary>
    public void Resolve(ComplaintOutcome outcome, string resolution, bool suspendProvider, DateTimeOffset now)
    {
        if (Status == ComplaintStatus.Resolved)
        {
            throw new BusinessRuleException(ResolvedAlready);
        }

        if (suspendProvider && outcome != ComplaintOutcome.Upheld)
        {
            throw new BusinessRuleException(SuspendNeedsUpheld);
        }

        Status = ComplaintStatus.Resolved;
        InvestigatingSince ??= now;
        Outcome = outcome;
        Resolution = resolution.Trim();
        ResolvedAt = now;
        SuspendedProvider = suspendProvider;
    }
}
