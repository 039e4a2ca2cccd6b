using Marketplace.Application.Accounts;

namespace Marketplace.Web.Security;

/// <summary>Links for account emails on the configured public address (<see cref="PublicAddress"/>).</summary>
internal sealed class AccountLinks(PublicAddress publicAddress) : IAccountLinks
{
    public string ConfirmEmail(Guid userId, string token) =>
        publicAddress.Absolute($"/account/confirm-email?user={userId}&token={Uri.EscapeDataString(token)}");

    public string SignIn() => publicAddress.Absolute("/account/login");

    public string ResetPassword(string email, string token) =>
        publicAddress.Absolute($"/account/reset-password?email={Uri.EscapeDataString(email)}&token={Uri.EscapeDataString(token)}");

    public string ForgotPassword() => publicAddress.Absolute("/account/forgot-password");

    public string ChangeEmail(Guid userId, string newEmail, string token) =>
        publicAddress.Absolute($"/account/change-email?user={userId}&email={Uri.EscapeDataString(newEmail)}&token={Uri.EscapeDataString(token)}");
}
