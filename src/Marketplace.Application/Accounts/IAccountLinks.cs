namespace Marketplace.Application.Accounts;

/// <summary>Absolute links into the site for emails, built on its configured public address (never a request's Host).</summary>
public interface IAccountLinks
{
    /// <summary>The page that confirms <paramref name="userId"/>'s address with <paramref name="token"/>.</summary>
    string ConfirmEmail(Guid userId, string token);

    /// <summary>The sign-in page.</summary>
    string SignIn();

    /// <summary>The page that sets a new password for <paramref name="email"/>'s account with <paramref name="token"/>.</summary>
    string ResetPassword(string email, string token);

    /// <summary>The page that sends a password-reset link.</summary>
    string ForgotPassword();

    /// <summary>The page that makes <paramref name="newEmail"/> the address of <paramref name="userId"/>'s account with <paramref name="token"/>.</summary>
    string ChangeEmail(Guid userId, string newEmail, string token);
}
