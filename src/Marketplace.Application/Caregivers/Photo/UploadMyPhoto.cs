using FluentValidation;
using Marketplace.Application.Common.Documents;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.SharedKernel;
using Mediator;

namespace Marketplace.Application.Caregivers.Photo;

/// <summary>
/// A caregiver uploads their profile photo (JPEG or PNG, at most 2 MB), replacing any earlier one, whose file is
/// deleted after the save. A 409 when it would take the account over its <see cref="UploadQuota"/>; then nothing is stored.
/// </summary>
public sealed record UploadMyPhoto(Stream File, long FileSize) : ICommand<CaregiverProfileView>;

public sealed class UploadMyPhotoHandler(
    ICurrentUser currentUser, ICaregiverRepository caregivers, IDocumentStore documents, UploadQuota quota, TimeProvider clock)
    : ICommandHandler<UploadMyPhoto, CaregiverProfileView>
{
    public const string UnsupportedType = "The photo must be a JPEG or PNG image.";

    public async ValueTask<CaregiverProfileView> Handle(UploadMyPhoto command, CancellationToken cancellationToken)
    {
        var caregiver = await caregivers.GetOwnAsync(currentUser, cancellationToken);
        var upload = await CheckedUpload.ReadAsync(command.File, DocumentContent.IsImage, UnsupportedType, cancellationToken);
        caregiver.EnsureRoomForPhoto(upload.SizeBytes, quota);
        var key = await upload.StoreAsync(documents, cancellationToken);
        caregiver.ChangePhoto(new CaregiverPhoto(key, upload.ContentType, upload.SizeBytes, clock.GetUtcNow()));
        return CaregiverProfileView.Of(caregiver, clock.GetUtcNow());
    }
}

public sealed class UploadMyPhotoValidator : AbstractValidator<UploadMyPhoto>
{
    public UploadMyPhotoValidator()
    {
        RuleFor(c => c.FileSize).GreaterThan(0).WithMessage("Choose a photo to upload.").OverridePropertyName("file");
        RuleFor(c => c.FileSize).LessThanOrEqualTo(FieldLimits.MaxPhotoBytes)
            .WithMessage("The photo must be at most 2 MB.").OverridePropertyName("file");
    }
}
