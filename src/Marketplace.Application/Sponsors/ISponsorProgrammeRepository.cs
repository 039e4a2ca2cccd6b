namespace Marketplace.Application.Sponsors;

public interface ISponsorProgrammeRepository
{
    void Add(SponsorProgramme programme);

    void Add(SponsorEligibility eligibility);

    Task<SponsorProgramme?> FindAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Every programme, the newest first.</summary>
    Task<IReadOnlyList<SponsorProgramme>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Whether the family was ever recorded as eligible for the programme (withdrawn or not).</summary>
    Task<bool> WasEverEligibleAsync(Guid programmeId, Guid familyId, CancellationToken cancellationToken);

    /// <summary>The family's current eligibility for the programme, or null.</summary>
    Task<SponsorEligibility?> FindEligibilityAsync(Guid programmeId, Guid familyId, CancellationToken cancellationToken);

    /// <summary>The programme's current eligible families, with each family's account name and email, the latest first.</summary>
    Task<IReadOnlyList<EligibleFamily>> ListEligibleAsync(Guid programmeId, CancellationToken cancellationToken);

    /// <summary>The programmes the family is currently eligible for.</summary>
    Task<IReadOnlyList<SponsorProgramme>> ListForFamilyAsync(Guid familyId, CancellationToken cancellationToken);

    /// <summary>The sponsored bookings named, as a statement names them; ids of bookings without a sponsorship are left out.</summary>
    Task<IReadOnlyList<Statement.SponsoredBooking>> ListSponsoredBookingsAsync(IReadOnlyList<Guid> bookingIds, CancellationToken cancellationToken);
}

/// <summary>A family eligible for a programme, as the admin's page lists it.</summary>
public sealed record EligibleFamily(Guid FamilyId, string Name, string Email, string EvidenceReference, DateTimeOffset RecordedAt);
