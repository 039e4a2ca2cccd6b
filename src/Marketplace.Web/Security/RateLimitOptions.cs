namespace Marketplace.Web.Security;

/// <summary>
/// How often one client (an IP address; an IPv6 /64) or one account may do what attackers do in bulk, from the
/// <c>RateLimits</c> section. Each limit is a fixed window: <see cref="Limit.Permits"/> requests per
/// <see cref="Limit.Window"/>. Families behind one carrier's shared address (CGNAT is common on Indonesian
/// mobile networks) share a client's limits, so each is set well above what a person does by hand.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Sign-in attempts per client, on the page and the API.</summary>
    public Limit SignIn { get; set; } = new() { Permits = 30, Window = TimeSpan.FromMinutes(5) };

    /// <summary>Failed sign-ins per client and address, after which that client waits (the account stays open to everyone else).</summary>
    public Limit FailedSignIn { get; set; } = new() { Permits = 5, Window = TimeSpan.FromMinutes(15) };

    /// <summary>New accounts per client.</summary>
    public Limit Registration { get; set; } = new() { Permits = 30, Window = TimeSpan.FromHours(1) };

    /// <summary>Searches per client (caregivers and services, pages and API).</summary>
    public Limit Search { get; set; } = new() { Permits = 120, Window = TimeSpan.FromMinutes(1) };

    /// <summary>Uploads (photos, certificate scans) per client.</summary>
    public Limit UploadsPerClient { get; set; } = new() { Permits = 60, Window = TimeSpan.FromHours(1) };

    /// <summary>Uploads per signed-in account, from wherever they come.</summary>
    public Limit UploadsPerAccount { get; set; } = new() { Permits = 30, Window = TimeSpan.FromHours(1) };

    /// <summary>A number of requests allowed in a window of time.</summary>
    public sealed class Limit
    {
        public int Permits { get; set; }

        public TimeSpan Window { get; set; }
    }
}
