namespace Marketplace.Application.Accounts;

/// <summary>
/// An account's email as every door reads it (sign-up and sign-in, pages and API): the address without
/// the spaces a phone keyboard adds around it. Letter case is kept as typed; lookups ignore it.
/// </summary>
public static class AccountEmail
{
    public static string Normalize(string email) => email.Trim();
}
