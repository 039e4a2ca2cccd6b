using System.Net;
using System.Text.Json;
using Marketplace.Application.SharedKernel;
using Marketplace.TestSupport;

namespace Marketplace.IntegrationTests.Caregivers;

/// <summary>
/// Uploads as they leave a phone: a camera's photo of several megabytes, stored on its side with the camera's
/// orientation and GPS position, taken on every upload path (pages and API, profile photo and certificate scan);
/// and uploads past the limit refused on each path in words, never with a 500. On each database provider.
/// </summary>
public abstract class PhoneUploadTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : MarketplaceAppFactory
{
    /// <summary>A 12 MP camera photo (4000×3000 stored, seen as 3000×4000), made once: it takes seconds.</summary>
    private static readonly Lazy<byte[]> CameraPhoto = new(() => PhonePhotos.Jpeg(4000, 3000));

    /// <summary>A file the content check takes for a JPEG, one byte over the largest file taken.</summary>
    private static readonly byte[] OverTheLimit = StartingAsJpeg(FieldLimits.MaxUploadBytes + 1);

    /// <summary>A body larger than an upload endpoint reads at all (four times the largest file).</summary>
    private static readonly byte[] OverWhatIsRead = StartingAsJpeg((4 * FieldLimits.MaxUploadBytes) + 1);

    [Fact]
    public void TheCameraPhoto_IsAsAPhoneMakesIt()
    {
        Assert.InRange(CameraPhoto.Value.Length, 3 * 1024 * 1024, 6 * 1024 * 1024);
        Assert.NotEmpty(PhonePhotos.MetadataSegments(CameraPhoto.Value));
        Assert.Equal((4000, 3000), PhonePhotos.SizeOf(CameraPhoto.Value));
    }

    [Fact]
    public async Task ACameraPhoto_ThroughTheApi_IsKeptUprightAtWebSize_WithoutItsMetadata()
    {
        var caregiver = await app.NewAccountAsync("caregiver");
        var id = await caregiver.SaveProfileAsync();

        var saved = await caregiver.PutFileAsync("/api/v1/caregivers/me/photo", CameraPhoto.Value, "IMG_2026.jpg");

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        IsKeptUprightWithoutMetadata(await StoredAsync(caregiver, $"/api/v1/caregivers/{id}/photo"), 1200);
    }

    [Fact]
    public async Task ACameraPhoto_OnTheProfilePage_IsKeptUprightAtWebSize_WithoutItsMetadata()
    {
        var api = await app.NewAccountAsync("caregiver");
        var id = await api.SaveProfileAsync();
        var page = await app.OnPagesAsync(api);

        var saved = await page.PostFileAsync("/caregiver/profile", "/caregiver/profile/photo", CameraPhoto.Value);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        IsKeptUprightWithoutMetadata(await StoredAsync(api, $"/api/v1/caregivers/{id}/photo"), 1200);
    }

    [Fact]
    public async Task APhotographedCertificate_ThroughTheApi_IsKeptUprightAndReadable_WithoutItsMetadata()
    {
        var caregiver = await app.NewAccountAsync("caregiver");
        var id = await caregiver.SaveProfileAsync();
        var certificateId = await caregiver.AddDocumentedCertificateAsync();

        var saved = await caregiver.UploadDocumentAsync(certificateId, CameraPhoto.Value, "IMG_2027.jpg");

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        IsKeptUprightWithoutMetadata(await StoredAsync(caregiver, ScanPath(id, certificateId)), 2400);
    }

    [Fact]
    public async Task APhotographedCertificate_OnTheCertificatesPage_IsKeptUprightAndReadable_WithoutItsMetadata()
    {
        var api = await app.NewAccountAsync("caregiver");
        var id = await api.SaveProfileAsync();
        var certificateId = await api.AddDocumentedCertificateAsync();
        var page = await app.OnPagesAsync(api);

        var saved = await page.PostFileAsync("/caregiver/certificates", $"/caregiver/certificates/{certificateId}/document", CameraPhoto.Value);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        IsKeptUprightWithoutMetadata(await StoredAsync(api, ScanPath(id, certificateId)), 2400);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AFileOverTheLimit_OrABodyOverWhatIsRead_IsRefusedWith413NamingTheLimit_ThroughTheApi(bool overWhatIsRead)
    {
        var caregiver = await app.NewAccountAsync("caregiver");
        var certificateId = await caregiver.AddDocumentedCertificateAsync();
        var file = overWhatIsRead ? OverWhatIsRead : OverTheLimit;

        foreach (var path in new[] { "/api/v1/caregivers/me/photo", $"/api/v1/caregivers/me/certificates/{certificateId}/document" })
        {
            var response = await caregiver.PutFileAsync(path, file, "IMG_2028.jpg");

            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.RequestEntityTooLarge, $"{path}: {(int)response.StatusCode} {body}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains($"at most {FieldLimits.MaxUploadMegabytes} MB", JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task OnTheProfilePage_AFileOverTheLimit_IsSaidBesideTheFileInput()
    {
        var api = await app.NewAccountAsync("caregiver");
        await api.SaveProfileAsync();
        var page = await app.OnPagesAsync(api);

        var response = await page.PostFileAsync("/caregiver/profile", "/caregiver/profile/photo", OverTheLimit);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Matches("id=\"photo-file-error\"[^>]*>Foto paling besar 15 MB", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task OnTheCertificatesPage_AFileOverTheLimit_IsSaidBesideThatCertificatesFileInput()
    {
        var api = await app.NewAccountAsync("caregiver");
        await api.SaveProfileAsync();
        var certificateId = await api.AddDocumentedCertificateAsync();
        var page = await app.OnPagesAsync(api);

        var response = await page.PostFileAsync("/caregiver/certificates", $"/caregiver/certificates/{certificateId}/document", OverTheLimit);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Matches($"id=\"file-{certificateId}-error\"[^>]*>Dokumen paling besar 15 MB", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task OnEachUploadPage_ABodyOverWhatIsRead_GetsThePageThatNamesTheLimit()
    {
        var api = await app.NewAccountAsync("caregiver");
        await api.SaveProfileAsync();
        var certificateId = await api.AddDocumentedCertificateAsync();
        var page = await app.OnPagesAsync(api);

        foreach (var (formPage, action) in new[] { ("/caregiver/profile", "/caregiver/profile/photo"), ("/caregiver/certificates", $"/caregiver/certificates/{certificateId}/document") })
        {
            var response = await page.PostFileAsync(formPage, action, OverWhatIsRead);

            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
            Assert.Contains($"paling besar {FieldLimits.MaxUploadMegabytes} MB", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AFormFieldOverWhatTheFormReaderTakes_GetsThe413Page_NotAnError()
    {
        var api = await app.NewAccountAsync("caregiver");
        await api.SaveProfileAsync();
        var page = await app.OnPagesAsync(api);

        var response = await page.PostFormAsync("/caregiver/profile", "/caregiver/profile", new() { ["Bio"] = new string('a', 5 * 1024 * 1024) });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("terlalu besar", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static string ScanPath(Guid caregiverId, Guid certificateId) =>
        $"/api/v1/caregivers/{caregiverId}/certificates/{certificateId}/document";

    private static async Task<byte[]> StoredAsync(HttpClient caregiver, string path)
    {
        var response = await caregiver.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/jpeg", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>
    /// Seen as the phone showed it (portrait, the stored top-left red corner now top right), no longer than
    /// <paramref name="longestSide"/>, far lighter than the camera's file, and with no EXIF, XMP or comment left.
    /// </summary>
    private static void IsKeptUprightWithoutMetadata(byte[] stored, int longestSide)
    {
        Assert.Equal((longestSide * 3 / 4, longestSide), PhonePhotos.SizeOf(stored));
        var corner = PhonePhotos.ColourAt(stored, 0.9, 0.1);
        Assert.True(corner.Red > 180 && corner.Green < 90, $"top right is {corner}, not the red corner");
        Assert.True(stored.Length < CameraPhoto.Value.Length / 4, $"{stored.Length} bytes kept");
        Assert.Empty(PhonePhotos.MetadataSegments(stored));
    }

    private static byte[] StartingAsJpeg(long size)
    {
        var bytes = new byte[size];
        bytes[0] = 0xFF;
        bytes[1] = 0xD8;
        bytes[2] = 0xFF;
        return bytes;
    }
}

public sealed class PhoneUploadsOnSqlite(SqliteAppFactory app) : PhoneUploadTests<SqliteAppFactory>(app);

public sealed class PhoneUploadsOnPostgres(PostgresAppFactory app) : PhoneUploadTests<PostgresAppFactory>(app);
