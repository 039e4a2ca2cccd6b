namespace Marketplace.Application.Accounts;

/// <summary>
/// An account's email as every door reads it (sign-up and sign-in, pages and API): the address without
/// the spaces a phone keyboard adds around it. Letter case is kept as typed; lookups ignore it.
/// </summary>
public static class AccountEmail
{
    public static string Normalize(string email) => email.Trim();

    /// <summary>
    /// <paramref name="email"/> as an email to another mailbox may name it: the first letter and the domain,
    /// <c>nama@contoh.id</c> as <c>n***@contoh.id</c>, so a message read by someone else does not hand them the address.
    /// </summary>
    public static string Mask(string email)
    {
        var at = email.LastIndexOf('@');
        return at < 1 ? "***" : $"{email[0]}***{email[at..]}";
    }

    /// <summary>Whether two addresses are one account's address: the same letters in any case (the routable addresses sign-up accepts are ASCII).</summary>
    public static bool AreSame(string first, string second) =>
        string.Equals(Normalize(first), Normalize(second), StringComparison.OrdinalIgnoreCase);
}
