using Marketplace.Application.Accounts;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Ports;
using Mediator;

namespace Marketplace.Application.Caregivers.Certificates;

/// <summary>The scanned certificate, for its owner and for admins only; everyone else is told it does not exist.</summary>
public sealed record GetCertificateDocument(Guid CaregiverId, Guid CertificateId) : IQuery<DocumentDownload>;

/// <summary>An open document and what it is. The caller disposes the stream.</summary>
public sealed record DocumentDownload(Stream Content, string ContentType, string FileName);

public sealed class GetCertificateDocumentHandler(ICurrentUser currentUser, ICaregiverRepository caregivers, IDocumentStore documents)
    : IQueryHandler<GetCertificateDocument, DocumentDownload>
{
    public async ValueTask<DocumentDownload> Handle(GetCertificateDocument query, CancellationToken cancellationToken)
    {
        var caregiver = await caregivers.FindAsync(query.CaregiverId, cancellationToken);
        var allowed = caregiver is not null && (caregiver.UserId == currentUser.UserId || currentUser.IsInRole(AccountRoles.Admin));
        var document = allowed ? caregiver!.Certificates.FirstOrDefault(c => c.Id == query.CertificateId)?.Document : null;
        if (document is null)
        {
            throw new NotFoundException("CertificateDocument", query.CertificateId);
        }

        // Null when the scan was replaced, and its file deleted, between the read above and this open.
        var content = await documents.OpenReadAsync(document.StorageKey, cancellationToken)
            ?? throw new NotFoundException("CertificateDocument", query.CertificateId);
        return new DocumentDownload(content, document.ContentType, $"sertifikat-{query.CertificateId}{Path.GetExtension(document.StorageKey)}");
    }
}
