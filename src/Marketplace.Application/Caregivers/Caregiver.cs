using Marketplace.Application.Common.Errors;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Caregivers;

/// <summary>A care worker's profile on Peduli. It starts empty and pending when the account is made.</summary>
public sealed partial class Caregiver
{
    private readonly List<string> _skills = [];
    private readonly List<string> _languages = [];
    private readonly List<string> _areaCodes = [];

    private Caregiver(Guid id, Guid userId, string fullName, DateTimeOffset createdAt)
    {
        Id = id;
        UserId = userId;
        FullName = fullName;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public string FullName { get; private set; }

    public string Bio { get; private set; } = string.Empty;

    public IReadOnlyList<string> Skills => _skills;

    public IReadOnlyList<string> Languages => _languages;

    public IReadOnlyList<string> AreaCodes => _areaCodes;

    public Money HourlyRate { get; private set; } = Money.Zero;

    /// <summary>Where the caregiver lives: seen by themselves and the platform only, never by search or other users.</summary>
    public GeoPoint? Home { get; private set; }

    /// <summary>The point search and bookings use instead of the home (see <see cref="PublicLocation"/>); set with the home.</summary>
    public GeoPoint? PublicPoint { get; private set; }

    public int ServiceRadiusKm { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The profile photo families see, or null before one is uploaded.</summary>
    public CaregiverPhoto? Photo { get; private set; }

    /// <summary>The enterprise the caregiver works with, or null when independent.</summary>
    public Guid? EnterpriseId { get; private set; }

    /// <summary>Enough to be found and booked: a home point, a rate and at least one skill.</summary>
    public bool HasCompleteProfile => Home is not null && HourlyRate > Money.Zero && _skills.Count > 0;

    public static Caregiver Register(Guid userId, string fullName, DateTimeOffset now) =>
        new(Guid.CreateVersion7(now), userId, fullName, now);

    public void UpdateProfile(CaregiverProfile profile)
    {
        FullName = profile.FullName;
        Bio = profile.Bio;
        HourlyRate = profile.HourlyRate;
        if (profile.Home != Home)
        {
            Home = profile.Home;
            PublicPoint = PublicLocation.Near(profile.Home);
        }

        ServiceRadiusKm = profile.ServiceRadiusKm;
        Replace(_skills, profile.Skills);
        Replace(_languages, profile.Languages);
        Replace(_areaCodes, profile.AreaCodes);
    }

    /// <summary>Gives a home set before public points existed its point; a caregiver who has one keeps it.</summary>
    public void EnsurePublicPoint()
    {
        if (Home is not null && PublicPoint is null)
        {
            PublicPoint = PublicLocation.Near(Home);
        }
    }

    /// <summary>Joins an enterprise after accepting its invitation; one at a time.</summary>
    public void JoinEnterprise(Guid enterpriseId)
    {
        if (EnterpriseId is not null)
        {
            throw new BusinessRuleException("Leave your current enterprise before joining another.");
        }

        EnterpriseId = enterpriseId;
    }

    public void LeaveEnterprise(Guid enterpriseId)
    {
        if (EnterpriseId == enterpriseId)
        {
            EnterpriseId = null;
        }
    }

    private static void Replace(List<string> target, IEnumerable<string> values)
    {
        target.Clear();
        target.AddRange(values.Distinct(StringComparer.Ordinal));
    }
}
