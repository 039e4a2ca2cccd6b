using Marketplace.Application.SharedKernel;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Marketplace.Infrastructure.Persistence.Configurations;

/// <summary>How value objects become columns, written once and applied to every aggregate by convention.</summary>
internal static class ValueConversions
{
    public static void Apply(ModelConfigurationBuilder conventions)
    {
        conventions.Properties<Money>().HaveConversion<MoneyConverter>();
        conventions.Properties<AreaCode>().HaveConversion<AreaCodeConverter>().HaveMaxLength(FieldLimits.AreaCodeMaxLength);
    }

    public static ComplexPropertyBuilder<GeoPoint> AsGeoPoint(this ComplexPropertyBuilder<GeoPoint> point, string prefix)
    {
        point.Property(p => p.Latitude).HasColumnName(prefix + "Latitude");
        point.Property(p => p.Longitude).HasColumnName(prefix + "Longitude");
        return point;
    }

    private sealed class MoneyConverter() : ValueConverter<Money, long>(money => money.Rupiah, rupiah => Money.FromRupiah(rupiah));

    private sealed class AreaCodeConverter() : ValueConverter<AreaCode, string>(code => code.Value, value => AreaCode.Parse(value));
}
