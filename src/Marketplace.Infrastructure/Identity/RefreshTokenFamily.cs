namespace Marketplace.Infrastructure.Identity;

/// <summary>
/// One signed-in API session: the chain of refresh tokens that began with one sign-in (a "token family", OAuth 2.0
/// Security BCP, RFC 9700 §4.14.2). Only the latest token of the chain, <see cref="Generation"/>, may be used; using an
/// earlier one means a token was copied, and ends the whole family.
/// </summary>
public sealed class RefreshTokenFamily
{
    public Guid Id { get; init; }

    public Guid UserId { get; init; }

    /// <summary>The generation of the one refresh token that may be used next; each use moves it on by one.</summary>
    public int Generation { get; set; }

    /// <summary>The account's security stamp at sign-in: a new password or address changes it, and ends the family.</summary>
    public string SecurityStamp { get; init; } = string.Empty;

    public DateTimeOffset StartedAt { get; init; }

    /// <summary>When the latest token stops working unless it is used first (each use moves this on).</summary>
    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    /// <summary>Why it ended early: <see cref="RefreshTokens.SignedOut"/>, <see cref="RefreshTokens.Reused"/> or <see cref="RefreshTokens.AccountChanged"/>.</summary>
    public string? RevokedBecause { get; set; }
}
