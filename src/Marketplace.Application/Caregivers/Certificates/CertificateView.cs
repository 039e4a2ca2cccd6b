namespace Marketplace.Application.Caregivers.Certificates;

/// <summary>A certificate as its owner and the verifiers see it.</summary>
public sealed record CertificateView(
    Guid Id,
    string Title,
    string Number,
    string Issuer,
    DateOnly IssuedOn,
    DateOnly ExpiresOn,
    bool HasDocument,
    string? DocumentContentType,
    bool Current)
{
    public static CertificateView Of(Certificate certificate, DateOnly today) => new(
        certificate.Id,
        certificate.Title,
        certificate.Number,
        certificate.Issuer,
        certificate.IssuedOn,
        certificate.ExpiresOn,
        certificate.Document is not null,
        certificate.Document?.ContentType,
        certificate.IsCurrentOn(today));

    public static IReadOnlyList<CertificateView> AllOf(Caregiver caregiver, DateTimeOffset now)
    {
        var today = caregiver.Today(now);
        return [.. caregiver.Certificates.OrderByDescending(c => c.ExpiresOn).Select(c => Of(c, today))];
    }
}
