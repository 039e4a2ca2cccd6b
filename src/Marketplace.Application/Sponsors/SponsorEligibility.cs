namespace Marketplace.Application.Sponsors;

/// <summary>
/// An admin's record that a family may have its bookings paid in part by a programme, with the evidence it rests on
/// (a DTKS/DTSEN registration number, a social office's letter). Withdrawn records are kept, with when and by whom.
/// </summary>
public sealed class SponsorEligibility
{
    private SponsorEligibility(Guid id, Guid programmeId, Guid familyId, string evidenceReference, Guid recordedBy, DateTimeOffset recordedAt)
    {
        Id = id;
        ProgrammeId = programmeId;
        FamilyId = familyId;
        EvidenceReference = evidenceReference;
        RecordedBy = recordedBy;
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; }

    public Guid ProgrammeId { get; private set; }

    public Guid FamilyId { get; private set; }

    /// <summary>Where the eligibility was checked: a registration number or a letter's reference.</summary>
    public string EvidenceReference { get; private set; }

    /// <summary>The admin who recorded it.</summary>
    public Guid RecordedBy { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>When the eligibility was withdrawn; shares reserved before stay reserved.</summary>
    public DateTimeOffset? WithdrawnAt { get; private set; }

    public Guid? WithdrawnBy { get; private set; }

    public bool IsCurrent => WithdrawnAt is null;

    public static SponsorEligibility Record(Guid programmeId, Guid familyId, string evidenceReference, Guid recordedBy, DateTimeOffset now) =>
        new(Guid.CreateVersion7(now), programmeId, familyId, evidenceReference, recordedBy, now);

    public void Withdraw(Guid by, DateTimeOffset now)
    {
        if (WithdrawnAt is null)
        {
            WithdrawnAt = now;
            WithdrawnBy = by;
        }
    }
}
