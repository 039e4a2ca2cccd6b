using Marketplace.Application.Common.Documents;
using Marketplace.Application.Common.Errors;

namespace Marketplace.Application.Caregivers;

/// <summary>The files a caregiver keeps in the document store (a photo, certificate scans) and the room they take.</summary>
public sealed partial class Caregiver
{
    private readonly List<StoredFileReleased> _releasedFiles = [];

    /// <summary>Files this caregiver stopped referring to since it was loaded; the save queues their deletion in the outbox.</summary>
    public IReadOnlyList<StoredFileReleased> ReleasedFiles => _releasedFiles;

    /// <summary>The bytes the caregiver's photo and certificate scans take together, as the upload quota counts them.</summary>
    public long StoredBytes => (Photo?.SizeBytes ?? 0) + _certificates.Sum(c => c.Document?.SizeBytes ?? 0);

    /// <summary>Refuses (409) a photo of <paramref name="sizeBytes"/> that would take the caregiver over <paramref name="quota"/>; the photo it replaces does not count.</summary>
    public void EnsureRoomForPhoto(long sizeBytes, UploadQuota quota) =>
        quota.EnsureRoomFor(StoredBytes - (Photo?.SizeBytes ?? 0) + sizeBytes);

    /// <summary>
    /// Refuses (409) a scan of <paramref name="sizeBytes"/> for the certificate that would take the caregiver over
    /// <paramref name="quota"/>; the scan it replaces does not count. A certificate that is not theirs is a 404.
    /// </summary>
    public void EnsureRoomForCertificateDocument(Guid certificateId, long sizeBytes, UploadQuota quota) =>
        quota.EnsureRoomFor(StoredBytes - (CertificateWithId(certificateId).Document?.SizeBytes ?? 0) + sizeBytes);

    /// <summary>Shows <paramref name="photo"/> from now on; the photo it replaces is released (deleted after the save).</summary>
    public void ChangePhoto(CaregiverPhoto photo)
    {
        Release(Photo?.StorageKey, photo.StorageKey);
        Photo = photo;
    }

    /// <summary>Called once the releases are in the outbox, so a second save does not queue them again.</summary>
    public void ClearReleasedFiles() => _releasedFiles.Clear();

    private Certificate CertificateWithId(Guid certificateId) =>
        _certificates.Find(c => c.Id == certificateId) ?? throw new NotFoundException("Certificate", certificateId);

    /// <summary>Releases the file <paramref name="replaced"/>, unless there was none or it is the file that takes its place.</summary>
    private void Release(string? replaced, string replacement)
    {
        if (replaced is not null && replaced != replacement)
        {
            _releasedFiles.Add(new StoredFileReleased(replaced));
        }
    }
}
