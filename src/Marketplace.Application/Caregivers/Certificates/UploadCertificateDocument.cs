using FluentValidation;
using FluentValidation.Results;
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
        // At most 5 MB, so the whole document is read into memory once: checked by content, then stored.
        using var content = new MemoryStream();
        await command.File.CopyToAsync(content, cancellationToken);
        var detected = DocumentContent.Detect(content.GetBuffer().AsSpan(0, (int)Math.Min(content.Length, DocumentContent.HeaderLength)))
            ?? throw new ValidationException([new ValidationFailure("file", UnsupportedType)]);

        content.Position = 0;
        var key = await documents.SaveAsync(content, detected.Extension, cancellationToken);
        var now = clock.GetUtcNow();
        caregiver.AttachCertificateDocument(
            command.CertificateId, new CertificateDocument(key, detected.ContentType, content.Length, now));
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
