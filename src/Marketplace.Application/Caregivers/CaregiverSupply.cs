using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Caregivers;

/// <summary>How many verified caregivers there are and the lowest rate among them.</summary>
public sealed record CaregiverSupply(int Count, Money LowestHourlyRate);
