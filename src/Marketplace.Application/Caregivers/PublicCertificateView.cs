namespace Marketplace.Application.Caregivers;

/// <summary>
/// A certificate as anyone may see it on a caregiver's profile: what it is, who issued it and the last day it is valid
/// (in the caregiver's local calendar). Never its number or its scanned document.
/// </summary>
public sealed record PublicCertificateView(string Title, string Issuer, DateOnly ValidUntil)
{
    /// <summary>The certificates a verifier has seen that are valid today in the caregiver's zone, latest expiry first.</summary>
    public static IReadOnlyList<PublicCertificateView> AllOf(Caregiver caregiver, DateTimeOffset now) =>
        [.. caregiver.VerifiedCertificatesOn(caregiver.Today(now)).Select(c => new PublicCertificateView(c.Title, c.Issuer, c.ExpiresOn))];
}
