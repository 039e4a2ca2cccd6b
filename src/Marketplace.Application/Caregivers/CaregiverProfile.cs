using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Caregivers;

/// <summary>What a caregiver says about themselves; validated before it reaches the aggregate.</summary>
public sealed record CaregiverProfile(
    string FullName,
    string Bio,
    IReadOnlyList<string> Skills,
    IReadOnlyList<string> Languages,
    Money HourlyRate,
    GeoPoint Home,
    int ServiceRadiusKm,
    IReadOnlyList<string> AreaCodes);
