using Marketplace.Application.Accounts;
using Marketplace.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace Marketplace.Infrastructure.Seeding;

/// <summary>Makes accounts outside the sign-up flow: the roles themselves, the first admin, demo users.</summary>
public sealed class AccountSeeder(UserManager<ApplicationUser> users, RoleManager<IdentityRole<Guid>> roles)
{
    public async Task EnsureRolesAsync()
    {
        foreach (var role in AccountRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole<Guid>(role) { Id = Guid.CreateVersion7() }), role);
            }
        }
    }

    /// <summary>The account with this email, created with the role when it does not exist yet.</summary>
    public async Task<ApplicationUser> EnsureUserAsync(string email, string password, string fullName, string role)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is { EmailConfirmed: true })
        {
            return user;
        }

        if (user is not null)
        {
            // Someone signed up with this address and never confirmed it: the configured account is authoritative, and an
            // unconfirmed account holds nothing (its profile is made at confirmation).
            Check(await users.DeleteAsync(user), email);
        }

        user = new ApplicationUser { Id = Guid.CreateVersion7(), UserName = email, Email = email, EmailConfirmed = true, FullName = fullName };
        Check(await users.CreateAsync(user, password), email);
        Check(await users.AddToRoleAsync(user, role), email);
        return user;
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Seeding '{what}' failed: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}
