namespace Marketplace.Application.Accounts.ChangeEmail;

/// <summary>What a refused change of address is told, on the pages and in the API's problem details.</summary>
public static class ChangeEmailErrors
{
    public const string WrongPassword = "This is not your account's password.";

    public const string SameAddress = "This is your account's address already.";

    public const string InvalidLink = "This link no longer works: it was used, a later request replaced it, or it is more than a day old. If the address was changed, sign in with the new one; otherwise ask for the change again.";
}
