using FluentValidation;
using Marketplace.Application.Common.Documents;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.SharedKernel;
using Mediator;

namespace Marketplace.Application.Caregivers.Photo;

/// <summary>
/// A caregiver uploads their profile photo (JPEG or PNG, at most <see cref="FieldLimits.MaxUploadBytes"/>, straight
/// from a phone's camera), replacing any earlier one, whose file is deleted after the save. What is kept is the photo
/// shrunk to <see cref="PictureFit.Photo"/>, upright and without its metadata (no GPS position of the caregiver's home).
/// A 409 when it would take the account over its <see cref="UploadQuota"/>; then nothing is stored.
/// </summary>
public sealed record UploadMyPhoto(Stream File, long FileSize) : ICommand<CaregiverProfileView>;

public sealed class UploadMyPhotoHandler(
    ICurrentUser currentUser, ICaregiverRepository caregivers, IDocumentStore documents, IPictureShrinker pictures, UploadQuota quota, TimeProvider clock)
    : ICommandHandler<UploadMyPhoto, CaregiverProfileView>
{
    public const string UnsupportedType = "The photo must be a JPEG or PNG image.";
    public const string Unreadable = "The photo could not be read: send a JPEG or PNG picture of at most 50 megapixels.";

    public async ValueTask<CaregiverProfileView> Handle(UploadMyPhoto command, CancellationToken cancellationToken)
    {
        var caregiver = await caregivers.GetOwnAsync(currentUser, cancellationToken);
        var upload = (await CheckedUpload.ReadAsync(command.File, DocumentContent.IsImage, UnsupportedType, cancellationToken))
            .ToKeep(pictures, PictureFit.Photo, Unreadable);
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
        RuleFor(c => c.FileSize).LessThanOrEqualTo(FieldLimits.MaxUploadBytes)
            .WithMessage("The photo must be at most 15 MB.").WithErrorCode(CheckedUpload.TooLarge)
            .OverridePropertyName("file");
    }
}
