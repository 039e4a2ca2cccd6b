using Marketplace.Application.Caregivers;
using Marketplace.Application.Common.Documents;
using Marketplace.Application.Common.Errors;
using static Marketplace.Application.UnitTests.Caregivers.CaregiverBuilder;

namespace Marketplace.Application.UnitTests.Caregivers;

/// <summary>The files a caregiver holds: which ones a change releases for deletion, and the room the quota leaves.</summary>
public sealed class CaregiverFilesTests
{
    private static readonly UploadQuota OneMegabyte = new(1024 * 1024);

    [Fact]
    public void ChangePhoto_ReleasesThePhotoItReplaces_AndNeverTheNewOne()
    {
        var caregiver = WithCompleteProfile();
        caregiver.ChangePhoto(Photo("first.png", 100));
        Assert.Empty(caregiver.ReleasedFiles);

        caregiver.ChangePhoto(Photo("second.png", 100));

        Assert.Equal([new StoredFileReleased("first.png")], caregiver.ReleasedFiles);
        Assert.Equal("second.png", caregiver.Photo!.StorageKey);
    }

    [Fact]
    public void AttachCertificateDocument_ReleasesTheScanItReplaces()
    {
        var caregiver = ReadyToVerify();
        var certificate = caregiver.Certificates.Single();

        caregiver.AttachCertificateDocument(certificate.Id, new CertificateDocument("renewed.pdf", "application/pdf", 10, Now));

        Assert.Equal([new StoredFileReleased(Scan.StorageKey)], caregiver.ReleasedFiles);
    }

    [Fact]
    public void AttachCertificateDocument_WithTheFileItAlreadyHas_ReleasesNothing()
    {
        var caregiver = ReadyToVerify();

        caregiver.AttachCertificateDocument(caregiver.Certificates.Single().Id, Scan);

        Assert.Empty(caregiver.ReleasedFiles);
    }

    [Fact]
    public void EnsureRoomForPhoto_WhenTheFilesWouldGoOverTheQuota_IsRefusedNamingItInMegabytes()
    {
        var caregiver = ReadyToVerify();

        var refused = Assert.Throws<BusinessRuleException>(() => caregiver.EnsureRoomForPhoto(OneMegabyte.MaxBytesPerAccount - Scan.SizeBytes + 1, OneMegabyte));

        Assert.Equal(UploadQuota.Exceeded, refused.Rule);
        Assert.Equal([1.0m], refused.Arguments);
    }

    [Fact]
    public void EnsureRoomForPhoto_DoesNotCountThePhotoItReplaces()
    {
        var caregiver = ReadyToVerify();
        caregiver.ChangePhoto(Photo("large.png", 600 * 1024));

        caregiver.EnsureRoomForPhoto(OneMegabyte.MaxBytesPerAccount - Scan.SizeBytes, OneMegabyte);
    }

    [Fact]
    public void EnsureRoomForCertificateDocument_DoesNotCountTheScanItReplaces_ButCountsTheOthers()
    {
        var caregiver = ReadyToVerify();
        var documented = caregiver.Certificates.Single().Id;
        var second = caregiver.AddCertificate(
            new CertificateDetails("Pertolongan Pertama", "PMI-7", "PMI Makassar", Today.AddYears(-1), Today.AddYears(1)), Now);

        caregiver.EnsureRoomForCertificateDocument(documented, OneMegabyte.MaxBytesPerAccount, OneMegabyte);
        Assert.Throws<BusinessRuleException>(() => caregiver.EnsureRoomForCertificateDocument(second.Id, OneMegabyte.MaxBytesPerAccount, OneMegabyte));
    }

    [Fact]
    public void EnsureRoomForCertificateDocument_OfAnotherCaregiversCertificate_IsNotFound()
    {
        var caregiver = ReadyToVerify();

        Assert.Throws<NotFoundException>(() => caregiver.EnsureRoomForCertificateDocument(Guid.NewGuid(), 1, OneMegabyte));
    }

    [Fact]
    public void AQuotaOfNothing_IsAMistakeInConfiguration()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new UploadQuota(0));
    }

    private static CaregiverPhoto Photo(string key, long sizeBytes) => new(key, "image/png", sizeBytes, Now);
}
