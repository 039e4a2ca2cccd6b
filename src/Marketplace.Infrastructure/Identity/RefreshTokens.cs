using System.Buffers.Binary;
using System.Security.Cryptography;
using Marketplace.Infrastructure.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Infrastructure.Identity;

/// <summary>
/// Rotating refresh tokens for API clients. A token names its family and generation, encrypted and signed with the
/// app's data-protection keys (so it cannot be forged or altered) and valid for <see cref="Lifetime"/>. Each use
/// answers the next generation's token and makes the used one worthless; using a worthless one again ends the family,
/// so a stolen token works at most until its owner or the thief uses the next one (RFC 9700 §4.14.2).
/// </summary>
public sealed class RefreshTokens(MarketplaceDbContext db, WriteTurns turns, IDataProtectionProvider protection, TimeProvider clock)
{
    /// <summary>How long a refresh token works unused: the same 14 days as ASP.NET Core's bearer tokens.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);

    public const string SignedOut = "signedOut";
    public const string Reused = "reused";
    public const string AccountChanged = "accountChanged";

    private readonly ITimeLimitedDataProtector protector =
        protection.CreateProtector("Peduli.RefreshTokens.v1").ToTimeLimitedDataProtector();

    /// <summary>Begins a family for <paramref name="userId"/> at sign-in: its id and first refresh token.</summary>
    public async Task<(Guid FamilyId, string Token)> StartAsync(Guid userId, string securityStamp, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        using var turn = await turns.TakeAsync(cancellationToken);
        await db.Set<RefreshTokenFamily>().Where(family => family.UserId == userId && family.ExpiresAt < now).ExecuteDeleteAsync(cancellationToken);
        var started = new RefreshTokenFamily { Id = Guid.NewGuid(), UserId = userId, SecurityStamp = securityStamp, StartedAt = now, ExpiresAt = now + Lifetime };
        db.Set<RefreshTokenFamily>().Add(started);
        await db.SaveChangesAsync(cancellationToken);
        db.Entry(started).State = EntityState.Detached;
        return (started.Id, Protect(started.Id, started.Generation, now));
    }

    /// <summary>
    /// Uses <paramref name="token"/>: the family moves on a generation and the answer holds the next token; null when the
    /// token is not one of ours, has expired, or its family has ended. A token used before ends its family.
    /// </summary>
    public async Task<Rotation?> RotateAsync(string token, CancellationToken cancellationToken)
    {
        if (Unprotect(token) is not var (familyId, generation))
        {
            return null;
        }

        var now = clock.GetUtcNow();
        using var turn = await turns.TakeAsync(cancellationToken);
        var families = db.Set<RefreshTokenFamily>().Where(family => family.Id == familyId && family.RevokedAt == null && family.ExpiresAt > now);

        // One conditional update: of two uses of one token at the same moment, one moves the family on and the other is a reuse.
        var rotated = await families.Where(family => family.Generation == generation)
            .ExecuteUpdateAsync(set => set.SetProperty(f => f.Generation, generation + 1).SetProperty(f => f.ExpiresAt, now + Lifetime), cancellationToken);
        if (rotated == 0)
        {
            await families.ExecuteUpdateAsync(set => set.SetProperty(f => f.RevokedAt, now).SetProperty(f => f.RevokedBecause, Reused), cancellationToken);
            return null;
        }

        var family = await db.Set<RefreshTokenFamily>().AsNoTracking().SingleAsync(f => f.Id == familyId, cancellationToken);
        return new Rotation(family.Id, family.UserId, family.SecurityStamp, Protect(family.Id, generation + 1, now));
    }

    /// <summary>Ends <paramref name="familyId"/> (sign-out, or an account that changed): its tokens are refused from now on.</summary>
    public async Task RevokeAsync(Guid familyId, string because, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        using var turn = await turns.TakeAsync(cancellationToken);
        await db.Set<RefreshTokenFamily>().Where(family => family.Id == familyId && family.RevokedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(f => f.RevokedAt, now).SetProperty(f => f.RevokedBecause, because), cancellationToken);
    }

    private string Protect(Guid familyId, int generation, DateTimeOffset now)
    {
        var payload = new byte[20];
        familyId.TryWriteBytes(payload);
        BinaryPrimitives.WriteInt32BigEndian(payload.AsSpan(16), generation);
        return WebEncoders.Base64UrlEncode(protector.Protect(payload, now + Lifetime));
    }

    private (Guid FamilyId, int Generation)? Unprotect(string token)
    {
        try
        {
            var payload = protector.Unprotect(WebEncoders.Base64UrlDecode(token), out _);
            return payload.Length == 20 ? (new Guid(payload.AsSpan(0, 16)), BinaryPrimitives.ReadInt32BigEndian(payload.AsSpan(16))) : null;
        }
        catch (Exception exception) when (exception is CryptographicException or FormatException)
        {
            // Not a token we made, altered, or past its lifetime.
            return null;
        }
    }
}

/// <summary>A used refresh token's family and account, and the token that replaces it.</summary>
public sealed record Rotation(Guid FamilyId, Guid UserId, string SecurityStamp, string NextToken);
