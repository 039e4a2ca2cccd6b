using Marketplace.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Infrastructure.Persistence.Configurations;

internal sealed class RefreshTokenFamilyConfiguration : IEntityTypeConfiguration<RefreshTokenFamily>
{
    public void Configure(EntityTypeBuilder<RefreshTokenFamily> builder)
    {
        builder.ToTable("RefreshTokenFamilies");
        builder.HasKey(family => family.Id);
        builder.Property(family => family.SecurityStamp).HasMaxLength(256);
        builder.Property(family => family.RevokedBecause).HasMaxLength(32);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(family => family.UserId).OnDelete(DeleteBehavior.Cascade);

        // A sign-in clears the account's expired families.
        builder.HasIndex(family => new { family.UserId, family.ExpiresAt });
    }
}
