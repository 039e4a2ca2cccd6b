namespace Marketplace.Application.Accounts;

/// <summary>The roles of the platform, as the API and the identity store spell them.</summary>
public static class AccountRoles
{
    public const string Family = "family";
    public const string Caregiver = "caregiver";
    public const string Enterprise = "enterprise";
    public const string Admin = "admin";

    /// <summary>
    /// Programme staff (a social office's or a sponsor programme's officers): they read the regional reports and nothing
    /// else, no admin page and no one's personal data. An admin grants the role to an existing account.
    /// </summary>
    public const string Programme = "programme";

    public static IReadOnlyList<string> All { get; } = [Family, Caregiver, Enterprise, Admin, Programme];

    /// <summary>Who reads the regional reports: admins and programme staff.</summary>
    public const string ReportReaders = $"{Admin},{Programme}";

    /// <summary>Admins are made by configuration or by another admin, never by signing up.</summary>
    public static IReadOnlyList<string> SelfService { get; } = [Family, Caregiver, Enterprise];
}
