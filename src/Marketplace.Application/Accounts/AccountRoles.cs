namespace Marketplace.Application.Accounts;

/// <summary>The roles of the platform, as the API and the identity store spell them.</summary>
public static class AccountRoles
{
    public const string Family = "family";
    public const string Caregiver = "caregiver";
    public const string Enterprise = "enterprise";
    public const string Admin = "admin";

    public static IReadOnlyList<string> All { get; } = [Family, Caregiver, Enterprise, Admin];

    /// <summary>Admins are made by configuration or by another admin, never by signing up.</summary>
    public static IReadOnlyList<string> SelfService { get; } = [Family, Caregiver, Enterprise];
}
