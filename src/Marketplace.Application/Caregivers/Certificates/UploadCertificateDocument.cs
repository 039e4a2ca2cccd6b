using FluentValidation;
using Marketplace.Application.Common.Documents;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.SharedKernel;
using Mediator;

namespace Marketplace.Application.Caregivers.Certificates;

/// <summary>
/// A caregiver uploads the scan of one of their certificates (PDF, JPEG or PNG, at most 5 MB); a scan it replaces
/// is deleted after the save. A 409 when it would take the account over its <see cref="UploadQuota"/>; then nothing is stored.
/// </summary>
public sealed record UploadCertificateDocument(Guid CertificateId, Stream File, long FileSize) : ICommand<CertificateView>;

public sealed class UploadCertificateDocumentHandler(
    ICurrentUser currentUser, ICaregiverRepository caregivers, IDocumentStore documents, UploadQuota quota, TimeProvider clock)
    : ICommandHandler<UploadCertificateDocument, CertificateView>
{
    public const string UnsupportedType = "The document must be a PDF, JPEG or PNG file.";

    public async ValueTask<CertificateView> Handle(UploadCertificateDocument command, CancellationToken cancellationToken)
    {
        var caregiver = await caregivers.GetOwnAsync(currentUser, cancellationToken);
        var upload = await CheckedUpload.ReadAsync(command.File, _ => true, UnsupportedType, cancellationToken);
        caregiver.EnsureRoomForCertificateDocument(command.CertificateId, upload.SizeBytes, quota);
        var key = await upload.StoreAsync(documents, cancellationToken);
        var now = clock.GetUtcNow();
        caregiver.AttachCertificateDocument(
            command.CertificateId, new CertificateDocument(key, upload.ContentType, upload.SizeBytes, now));
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
