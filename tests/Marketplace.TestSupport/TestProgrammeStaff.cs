using Marketplace.Application.Accounts;
using Marketplace.Infrastructure.Seeding;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.TestSupport;

public static class TestProgrammeStaff
{
    /// <summary>
    /// A programme officer as the demo data makes one: an account with the programme-staff role and no other (no family,
    /// caregiver or enterprise of its own). Returns its address; it signs in with <see cref="Accounts.Password"/>.
    /// </summary>
    public static async Task<string> NewProgrammeStaffAsync(this MarketplaceAppFactory app)
    {
        var email = $"program-{Guid.NewGuid():N}@contoh.id";
        await app.InScopeAsync(services =>
            services.GetRequiredService<AccountSeeder>().EnsureUserAsync(email, Accounts.Password, "Staf Program Uji", AccountRoles.Programme));
        return email;
    }
}
