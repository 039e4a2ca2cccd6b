using FluentValidation;
using Marketplace.Application.Common.Documents;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.SharedKernel;
using Mediator;

namespace Marketplace.Application.Caregivers.Certificates;

/// <summary>A caregiver uploads the scan of one of their certificates (PDF, JPEG or PNG, at most 5 MB).</summary>
public sealed record UploadCertificateDocument(Guid CertificateId, Stream File, long FileSize) : ICommand<CertificateView>;

public sealed class UploadCertificateDocumentHandler(
    ICurrentUser currentUser, ICaregiverRepository caregivers, IDocumentStore documents, TimeProvider clock)
    : ICommandHandler<UploadCertificateDocument, CertificateView>
{
    public const string UnsupportedType = "The document must be a PDF, JPEG or PNG file.";

    public async ValueTask<CertificateView> Handle(UploadCertificateDocument command, CancellationToken cancellationToken)
    {
        var caregiver = await caregivers.GetOwnAsync(currentUser, cancellationToken);
        var stored = await documents.StoreAsync(command.File, _ => true, UnsupportedType, cancellationToken);
        var now = clock.GetUtcNow();
        caregiver.AttachCertificateDocument(
            command.CertificateId, new CertificateDocument(stored.Key, stored.ContentType, stored.SizeBytes, now));
        return CertificateView.Of(caregiver.Certificates.Single(c => c.Id == command.CertificateId), caregiver.Today(now));
    }
}

public sealed class UploadCertificateDocumentValidator : AbstractValidator<UploadCertificateDocument>
{
    public UploadCertificateDocumentValidator()
    {
        RuleFor(c => c.FileSize).GreaterThan(0).WithMessage("Choose a document to upload.").OverridePropertyName("file");
        RuleFor(c => c.FileSize).LessThanOrEqualTo(FieldLimits.MaxDocumentBytes)
            .WithMessage("The document must be at most 5 MB.").OverridePropertyName("file");
    }
}
