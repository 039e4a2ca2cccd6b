using Marketplace.Application.Accounts;
using Marketplace.Application.SharedKernel;
using Marketplace.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Infrastructure.Persistence.Configurations;

internal sealed class ApplicationUserConfiguration : IEntityTypeConfiguration<ApplicationUser>
{
    public void Configure(EntityTypeBuilder<ApplicationUser> builder)
    {
        builder.Property(u => u.FullName).HasMaxLength(FieldLimits.PersonNameMaxLength);
        builder.Property(u => u.PhoneNumber).HasMaxLength(FieldLimits.PhoneMaxLength);

        // Accounts made before emails had a language read Bahasa Indonesia, in WITA.
        builder.Property(u => u.Language).HasMaxLength(2).HasDefaultValue(AccountLanguages.Default);
        builder.Property(u => u.TimeZone).HasMaxLength(40).HasDefaultValue(IndonesianTimeZones.Wita);
    }
}
