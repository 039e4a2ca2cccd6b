using Marketplace.Application.SharedKernel;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Infrastructure.Persistence.Configurations;

/// <summary>The columns of a provider's <see cref="Suspension"/>, the same on caregivers and listings.</summary>
internal static class SuspensionColumns
{
    public static void Map(ComplexPropertyBuilder<Suspension> suspension)
    {
        suspension.Property(s => s.Since).HasColumnName("SuspendedAt");
        suspension.Property(s => s.Reason).HasMaxLength(Suspension.ReasonMaxLength).HasColumnName("SuspensionReason");
        suspension.Property(s => s.ComplaintId).HasColumnName("SuspensionComplaintId");
    }
}
