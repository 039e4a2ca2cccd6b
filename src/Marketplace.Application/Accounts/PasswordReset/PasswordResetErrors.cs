namespace Marketplace.Application.Accounts.PasswordReset;

/// <summary>What a refused reset link is told, on the page and in the API's problem details.</summary>
public static class PasswordResetErrors
{
    public const string InvalidLink = "This link is wrong, used or expired; ask for a new one.";
}
