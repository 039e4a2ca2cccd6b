using FluentValidation;
using Marketplace.Application.Common.Documents;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.SharedKernel;
using Mediator;

namespace Marketplace.Application.Caregivers.Certificates;

/// <summary>
/// A caregiver uploads the scan of one of their certificates (PDF, JPEG or PNG, at most <see cref="FieldLimits.MaxUploadBytes"/>);
/// a scan it replaces is deleted after the save. A PDF is kept as it came; a picture (most are phone photos of the paper)
/// is kept shrunk to <see cref="PictureFit.Scan"/>, upright and without its metadata, like a profile photo. A 409 when it would take the account over its <see cref="UploadQuota"/>; then nothing is stored.
/// </summary>
public sealed record UploadCertificateDocument(Guid CertificateId, Stream File, long FileSize) : ICommand<CertificateView>;

public sealed class UploadCertificateDocumentHandler(
    ICurrentUser currentUser, ICaregiverRepository caregivers, IDocumentStore documents, IPictureShrinker pictures, UploadQuota quota, TimeProvider clock)
    : ICommandHandler<UploadCertificateDocument, CertificateView>
{
    public const string UnsupportedType = "The document must be a PDF, JPEG or PNG file.";
    public const string Unreadable = "The picture could not be read: send a PDF, or a JPEG or PNG picture of at most 50 megapixels.";

    public async ValueTask<CertificateView> Handle(UploadCertificateDocument command, CancellationToken cancellationToken)
    {
        var caregiver = await caregivers.GetOwnAsync(currentUser, cancellationToken);
        var upload = (await CheckedUpload.ReadAsync(command.File, _ => true, UnsupportedType, cancellationToken))
            .ToKeep(pictures, PictureFit.Scan, Unreadable);
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
        RuleFor(c => c.FileSize).LessThanOrEqualTo(FieldLimits.MaxUploadBytes)
            .WithMessage("The document must be at most 15 MB.").WithErrorCode(CheckedUpload.TooLarge)
            .OverridePropertyName("file");
    }
}
