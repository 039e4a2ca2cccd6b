namespace Marketplace.IntegrationTests.Security;

/// <summary>
/// The people of the authorization matrix, in the order of its columns. The "A" users own every resource the
/// matrix reaches (bookings, recipients, listings, certificates, affiliations); the "B" users probe them. The
/// care manager is a caregiver holding the credential whom family A chose. Programme staff hold that role alone, as
/// the demo's programme officer does: they read the regional reports and nothing else.
/// </summary>
internal enum Who
{
    Anonymous,
    FamilyA,
    FamilyB,
    CaregiverA,
    CaregiverB,
    CareManager,
    EnterpriseA,
    EnterpriseB,
    Admin,
    ProgrammeStaff,
}

/// <summary>What a cell of the matrix expects: a status code, or where a page redirects.</summary>
internal readonly record struct Expected(int Status, string? RedirectsTo = null)
{
    /// <summary>A page asking an anonymous visitor to sign in.</summary>
    public static readonly Expected Login = new(302, "/account/login");

    /// <summary>A page refusing a signed-in person of the wrong role.</summary>
    public static readonly Expected Denied = new(302, "/error/403");

    /// <summary>A page done: redirected elsewhere than the sign-in or the refusal.</summary>
    public static readonly Expected Done = new(302);

    /// <summary>Whether the cell is a refusal of the user: 401, 403, 404 or a redirect to sign in or to the refusal page.</summary>
    public bool IsRefusal => Status is 401 or 403 or 404 || RedirectsTo is not null;

    /// <summary>
    /// A row's cells, one token each in <see cref="Who"/> order: a status (<c>200</c>), <c>login</c> or
    /// <c>deny</c> (a page's redirect to sign in or to the refusal page), or <c>302</c> (a page done). A row of nine leaves
    /// out programme staff, who then answer as family B, caregiver B and enterprise B all do (what anyone signed in gets,
    /// or what a stranger to the resource gets), or else are refused for their role: <c>deny</c> on a page, 403 in the API.
    /// </summary>
    public static Expected[] Parse(string cells)
    {
        var tokens = cells.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length == Enum.GetValues<Who>().Length - 1)
        {
            var strangers = new[] { tokens[(int)Who.FamilyB], tokens[(int)Who.CaregiverB], tokens[(int)Who.EnterpriseB] }.Distinct().ToList();
            tokens = [.. tokens, strangers.Count == 1 ? strangers[0] : tokens.Contains("deny") || tokens.Contains("login") ? "deny" : "403"];
        }

        if (tokens.Length != Enum.GetValues<Who>().Length)
        {
            throw new ArgumentException($"'{cells}' has {tokens.Length} cells, not one per user.", nameof(cells));
        }

        return [.. tokens.Select(token => token switch
        {
            "login" => Login,
            "deny" => Denied,
            "302" => Done,
            _ => new Expected(int.Parse(token, System.Globalization.CultureInfo.InvariantCulture)),
        })];
    }

    public override string ToString() => RedirectsTo is { } to ? $"302 to {to}" : Status == 302 ? "302 elsewhere" : Status.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
