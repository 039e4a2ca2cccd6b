using Marketplace.Application.Common.Errors;

namespace Marketplace.Application.Caregivers;

/// <summary>
/// A qualification the caregiver claims (for example a BNSP competence certificate). It counts towards
/// verification only with its scanned document, and only between its issue and expiry dates.
/// </summary>
public sealed class Certificate
{
    private Certificate(Guid id, string title, string number, string issuer, DateOnly issuedOn, DateOnly expiresOn)
    {
        Id = id;
        Title = title;
        Number = number;
        Issuer = issuer;
        IssuedOn = issuedOn;
        ExpiresOn = expiresOn;
    }

    public Guid Id { get; private set; }

    public string Title { get; private set; }

    public string Number { get; private set; }

    public string Issuer { get; private set; }

    public DateOnly IssuedOn { get; private set; }

    /// <summary>The last day the certificate is valid, in the caregiver's local calendar.</summary>
    public DateOnly ExpiresOn { get; private set; }

    public CertificateDocument? Document { get; private set; }

    /// <summary>
    /// A verifier has seen this certificate with its document: it was on the profile, documented, when the caregiver
    /// was verified. A new document clears it, since nobody has seen that one. Families are shown only these.
    /// </summary>
    public bool Verified { get; private set; }

    public bool IsCurrentOn(DateOnly day) => IssuedOn <= day && day <= ExpiresOn;

    internal static Certificate Create(CertificateDetails details, DateTimeOffset now)
    {
        if (details.ExpiresOn <= details.IssuedOn)
        {
            throw new BusinessRuleException("A certificate expires after it is issued.");
        }

        return new(Guid.CreateVersion7(now), details.Title, details.Number, details.Issuer, details.IssuedOn, details.ExpiresOn);
    }

    internal void Attach(CertificateDocument document)
    {
        Document = document;
        Verified = false;
    }

    internal void MarkVerified() => Verified = Document is not null;
}

public sealed record CertificateDetails(string Title, string Number, string Issuer, DateOnly IssuedOn, DateOnly ExpiresOn);

/// <summary>
/// Where the caregiver's profile photo is kept (a key of the document store), what kind of image it is and its
/// size in bytes (0 for a photo uploaded before sizes were kept).
/// </summary>
public sealed record CaregiverPhoto(string StorageKey, string ContentType, long SizeBytes, DateTimeOffset UploadedAt);

/// <summary>Where the scanned certificate is kept (a key of the document store) and what its content turned out to be.</summary>
public sealed record CertificateDocument(string StorageKey, string ContentType, long SizeBytes, DateTimeOffset UploadedAt);
