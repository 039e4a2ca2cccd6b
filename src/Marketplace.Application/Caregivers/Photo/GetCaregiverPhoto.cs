using Marketplace.Application.Accounts;
using Marketplace.Application.Caregivers.Certificates;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.SharedKernel;
using Mediator;

namespace Marketplace.Application.Caregivers.Photo;

/// <summary>A caregiver's photo, shown wherever their profile may be seen: verified ones to all, others to themselves and admins.</summary>
public sealed record GetCaregiverPhoto(Guid CaregiverId) : IQuery<DocumentDownload>;

public sealed class GetCaregiverPhotoHandler(ICurrentUser currentUser, ICaregiverRepository caregivers, IDocumentStore documents)
    : IQueryHandler<GetCaregiverPhoto, DocumentDownload>
{
    public async ValueTask<DocumentDownload> Handle(GetCaregiverPhoto query, CancellationToken cancellationToken)
    {
        var caregiver = await caregivers.FindAsync(query.CaregiverId, cancellationToken);
        var visible = caregiver is not null && (caregiver.Verification == VerificationStatus.Verified
            || caregiver.UserId == currentUser.UserId || currentUser.IsInRole(AccountRoles.Admin));
        if (!visible || caregiver!.Photo is not { } photo)
        {
            throw new NotFoundException("CaregiverPhoto", query.CaregiverId);
        }

        // Null when the photo was replaced, and its file deleted, between the read above and this open.
        var content = await documents.OpenReadAsync(photo.StorageKey, cancellationToken)
            ?? throw new NotFoundException("CaregiverPhoto", query.CaregiverId);
        return new DocumentDownload(content, photo.ContentType, $"foto-{caregiver.Id}{Path.GetExtension(photo.StorageKey)}");
    }
}
