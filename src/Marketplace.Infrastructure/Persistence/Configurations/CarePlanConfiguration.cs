using Marketplace.Application.Bookings;
using Marketplace.Application.CarePlans;
using Marketplace.Application.SharedKernel;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Infrastructure.Persistence.Configurations;

/// <summary>One plan per person, guarded by the database; its content (goals, tasks, thresholds) is one JSON value, replaced whole.</summary>
internal sealed class CarePlanConfiguration : IEntityTypeConfiguration<CarePlan>
{
    public void Configure(EntityTypeBuilder<CarePlan> builder)
    {
        builder.ToTable("CarePlans");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.HasAggregateVersion();
        builder.HasIndex(p => p.RecipientId).IsUnique().HasDatabaseName(DatabaseGuards.CarePlanOnce);
        builder.Property(p => p.Content).HasConversion(JsonColumn<CarePlanContent>.Converter!, JsonColumn<CarePlanContent>.Comparer!);
    }
}

/// <summary>A family's logs, read by person and day for a week's progress.</summary>
internal sealed class FamilyCareLogConfiguration : IEntityTypeConfiguration<FamilyCareLog>
{
    public void Configure(EntityTypeBuilder<FamilyCareLog> builder)
    {
        builder.ToTable("FamilyCareLogs");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.PrimitiveCollection(l => l.Tasks).HasField("_tasks");
        builder.Property(l => l.Notes).HasMaxLength(FamilyCareLog.NotesMaxLength);
        builder.Property(l => l.Vitals).HasConversion(JsonColumn<VitalSigns>.Converter, JsonColumn<VitalSigns>.Comparer);
        builder.HasIndex(l => new { l.RecipientId, l.Day });
    }
}

/// <summary>Alerts, read by family (the care manager's families) and status.</summary>
internal sealed class CareAlertConfiguration : IEntityTypeConfiguration<CareAlert>
{
    public void Configure(EntityTypeBuilder<CareAlert> builder)
    {
        builder.ToTable("CareAlerts");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.HasAggregateVersion();
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(a => a.Urgency).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Source).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Detail).HasMaxLength(FieldLimits.ReasonMaxLength);
        builder.Property(a => a.Action).HasMaxLength(CareAlert.ActionMaxLength);
        builder.HasIndex(a => new { a.FamilyId, a.Status });
    }
}
