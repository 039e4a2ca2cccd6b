using System.Net;
using Marketplace.Application.Common.Documents;
using Marketplace.Application.Common.Outbox;
using Marketplace.Application.Common.Ports;
using Marketplace.Infrastructure.Persistence;
using Marketplace.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Marketplace.IntegrationTests.Api.ProblemAssertions;

namespace Marketplace.IntegrationTests.Caregivers;

/// <summary>
/// Uploaded files do not pile up: a replaced photo or scan is deleted through the outbox after the change commits,
/// and an account's files stay within its quota (1 MB here), on each database provider.
/// </summary>
public abstract class StoredFileTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : MarketplaceAppFactory
{
    private const string PhotoPath = "/api/v1/caregivers/me/photo";

    [Fact]
    public async Task ReplacingAPhoto_DeletesTheOldFileThroughTheOutbox_AndServesTheNewOne()
    {
        var caregiver = await app.NewAccountAsync("caregiver");
        var id = await caregiver.SaveProfileAsync();
        var first = await StoredByAsync(() => caregiver.PutFileAsync(PhotoPath, PhonePhotos.Jpeg(64, 48), "foto.jpg"));

        var second = await StoredByAsync(() => caregiver.PutFileAsync(PhotoPath, PhonePhotos.Jpeg(48, 64), "foto.jpg"));

        await GoneAsync(first);
        Assert.True(File.Exists(second));
        Assert.True(await InDbAsync(db => db.OutboxMessages.AnyAsync(m =>
            m.Type == "stored-file-released" && m.ProcessedAt != null && m.Payload.Contains(Path.GetFileName(first)))));
        var photo = await caregiver.GetAsync($"/api/v1/caregivers/{id}/photo");
        Assert.Equal(await File.ReadAllBytesAsync(second), await photo.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task ReplacingACertificateScan_DeletesTheOldScanThroughTheOutbox_AndServesTheNewOne()
    {
        var caregiver = await app.NewAccountAsync("caregiver");
        var id = await caregiver.SaveProfileAsync();
        var certificateId = await caregiver.AddDocumentedCertificateAsync();
        var first = await StoredByAsync(() => caregiver.UploadDocumentAsync(certificateId, Pdf(3, 2000), "scan.pdf"));

        var second = await StoredByAsync(() => caregiver.UploadDocumentAsync(certificateId, Pdf(4, 2000), "scan.pdf"));

        await GoneAsync(first);
        Assert.True(File.Exists(second));
        var scan = await caregiver.GetAsync($"/api/v1/caregivers/{id}/certificates/{certificateId}/document");
        Assert.Equal(Pdf(4, 2000), await scan.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task AnUploadOverTheQuota_IsRefusedWith409NamingIt_InTheCallersLanguage_AndNothingIsStored()
    {
        var caregiver = await app.NewAccountAsync("caregiver");
        var id = await caregiver.SaveProfileAsync();
        await caregiver.WithScanOfAsync(AlmostTheQuota);
        var before = Files();

        var refused = await caregiver.PutFileAsync(PhotoPath, KeptLargerThanWhatIsLeft, "foto.jpg");
        caregiver.DefaultRequestHeaders.AcceptLanguage.Clear();
        caregiver.DefaultRequestHeaders.AcceptLanguage.ParseAdd("id");
        var refusedInIndonesian = await caregiver.PutFileAsync(PhotoPath, KeptLargerThanWhatIsLeft, "foto.jpg");

        await HasConflict(refused, "Your files may take at most 1 MB in all");
        await HasConflict(refusedInIndonesian, "Semua berkas Anda paling banyak 1 MB");
        Assert.Empty(Files().Except(before));
        Assert.False((await (await caregiver.GetAsync($"/api/v1/caregivers/{id}")).ReadJsonAsync()).GetProperty("hasPhoto").GetBoolean());
    }

    [Fact]
    public async Task ReplacingAFile_DoesNotCountTheOneItReplaces()
    {
        var caregiver = await app.NewAccountAsync("caregiver");
        await caregiver.SaveProfileAsync();
        var certificateId = await caregiver.WithScanOfAsync(600 * 1024);

        var replaced = await caregiver.UploadDocumentAsync(certificateId, Pdf(6, 600 * 1024), "scan.pdf");

        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
    }

    [Fact]
    public async Task OnTheProfilePage_APhotoOverTheQuota_IsSaidBesideTheFileInput()
    {
        var api = await app.NewAccountAsync("caregiver");
        await api.SaveProfileAsync();
        await api.WithScanOfAsync(AlmostTheQuota);
        var page = await app.OnPagesAsync(api);

        var response = await page.PostFileAsync("/caregiver/profile", "/caregiver/profile/photo", KeptLargerThanWhatIsLeft);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("aria-describedby=\"photo-hint photo-file-error\" aria-invalid=\"true\"", html, StringComparison.Ordinal);
        Assert.Matches("id=\"photo-file-error\"[^>]*>Semua berkas Anda paling banyak 1 MB", html);
    }

    [Fact]
    public async Task OnTheCertificatesPage_AScanOverTheQuota_IsSaidBesideThatCertificatesFileInput()
    {
        var api = await app.NewAccountAsync("caregiver");
        await api.SaveProfileAsync();
        await api.WithScanOfAsync(600 * 1024);
        var added = await api.PostJsonAsync("/api/v1/caregivers/me/certificates",
            new { title = "Pertolongan Pertama", number = "PMI-7", issuer = "PMI Makassar", issuedOn = "2025-01-01", expiresOn = "2028-01-01" });
        var second = (await added.ReadJsonAsync()).GetProperty("id").GetGuid();
        var page = await app.OnPagesAsync(api);

        var response = await page.PostFileAsync("/caregiver/certificates", $"/caregiver/certificates/{second}/document", Pdf(8, 500 * 1024));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains($"aria-describedby=\"upload-hint file-{second}-error\" aria-invalid=\"true\"", html, StringComparison.Ordinal);
        Assert.Matches($"id=\"file-{second}-error\"[^>]*>Semua berkas Anda paling banyak 1 MB", html);
        Assert.Single(html.Split("aria-invalid=\"true\"").Skip(1));
    }

    [Fact]
    public async Task TheDeleteMessage_HandledTwice_IsHarmless_AndAFileStillReferredToIsKept()
    {
        var caregiver = await app.NewAccountAsync("caregiver");
        var id = await caregiver.SaveProfileAsync();
        var current = await StoredByAsync(() => caregiver.PutFileAsync(PhotoPath, PhonePhotos.Jpeg(64, 48), "foto.jpg"));
        var orphan = await app.InScopeAsync(services =>
            services.GetRequiredService<IDocumentStore>().SaveAsync(new MemoryStream(TestCaregivers.PngBytes), ".png", CancellationToken.None));

        await app.InScopeAsync(async services =>
        {
            var handler = services.GetRequiredService<IOutboxHandler<StoredFileReleased>>();
            await handler.HandleAsync(new StoredFileReleased(orphan), Guid.NewGuid(), CancellationToken.None);
            await handler.HandleAsync(new StoredFileReleased(orphan), Guid.NewGuid(), CancellationToken.None);
            await handler.HandleAsync(new StoredFileReleased(Path.GetFileName(current)), Guid.NewGuid(), CancellationToken.None);
            return true;
        });

        Assert.False(File.Exists(Path.Combine(DocumentsFolder, orphan)));
        Assert.True(File.Exists(current));
        Assert.Equal(HttpStatusCode.OK, (await caregiver.GetAsync($"/api/v1/caregivers/{id}/photo")).StatusCode);
    }

    private string DocumentsFolder => Path.Combine(app.DataPath, "documents");

    private HashSet<string> Files() =>
        Directory.Exists(DocumentsFolder) ? [.. Directory.EnumerateFiles(DocumentsFolder)] : [];

    /// <summary>Runs an upload that must succeed and returns the path of the one file it stored.</summary>
    private async Task<string> StoredByAsync(Func<Task<HttpResponseMessage>> upload)
    {
        var before = Files();
        var response = await upload();
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return Assert.Single(Files().Except(before));
    }

    /// <summary>Waits up to 15 s for the outbox, which runs in the background after the upload answered, to delete <paramref name="path"/>.</summary>
    private static Task GoneAsync(string path) => Eventually.TrueAsync(() => !File.Exists(path), $"{Path.GetFileName(path)} was not deleted");

    private Task<T> InDbAsync<T>(Func<MarketplaceDbContext, Task<T>> query) =>
        app.InScopeAsync(services => query(services.GetRequiredService<MarketplaceDbContext>()));

    /// <summary>A scan that leaves 24 KB of the quota free.</summary>
    private const int AlmostTheQuota = 1000 * 1024;

    /// <summary>A camera photo whose kept copy (1200×900, about 100 KB of grain) is larger than what <see cref="AlmostTheQuota"/> leaves.</summary>
    private static readonly byte[] KeptLargerThanWhatIsLeft = PhonePhotos.Jpeg(1600, 1200);

    private static byte[] Pdf(byte fill, int size) => Filled(TestCaregivers.PdfBytes, fill, size);

    private static byte[] Filled(ReadOnlySpan<byte> start, byte fill, int size)
    {
        var bytes = new byte[size];
        Array.Fill(bytes, fill);
        start.CopyTo(bytes);
        return bytes;
    }
}

/// <summary>Uploads as the tests of <see cref="StoredFileTests{TFactory}"/> make them.</summary>
internal static class StoredFileUploads
{
    /// <summary>The quota of <see cref="QuotaOnSqliteAppFactory"/> and <see cref="QuotaOnPostgresAppFactory"/>.</summary>
    public const long QuotaBytes = 1024 * 1024;

    /// <summary>Lists a certificate and gives it a scan of <paramref name="size"/> bytes; returns the certificate's id.</summary>
    public static async Task<Guid> WithScanOfAsync(this HttpClient caregiver, int size)
    {
        var certificateId = await caregiver.AddDocumentedCertificateAsync();
        var scan = new byte[size];
        TestCaregivers.PdfBytes.CopyTo(scan, 0);
        (await caregiver.UploadDocumentAsync(certificateId, scan, "scan.pdf")).EnsureSuccessStatusCode();
        return certificateId;
    }

    /// <summary>Posts <paramref name="bytes"/> as the multipart field <c>file</c> with the antiforgery token of <paramref name="formPage"/>.</summary>
    public static async Task<HttpResponseMessage> PostFileAsync(this HttpClient page, string formPage, string action, byte[] bytes)
    {
        var token = await page.AntiforgeryTokenAsync(formPage);
        var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { new ByteArrayContent(bytes), "file", "berkas" } };
        return await page.PostAsync(action, form);
    }
}

public sealed class QuotaOnSqliteAppFactory() : MarketplaceAppFactory(TestDatabase.Sqlite())
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting(UploadQuota.Setting, StoredFileUploads.QuotaBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}

public sealed class QuotaOnPostgresAppFactory() : MarketplaceAppFactory(TestDatabase.Postgres())
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting(UploadQuota.Setting, StoredFileUploads.QuotaBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}

public sealed class StoredFilesOnSqlite(QuotaOnSqliteAppFactory app) : StoredFileTests<QuotaOnSqliteAppFactory>(app);

public sealed class StoredFilesOnPostgres(QuotaOnPostgresAppFactory app) : StoredFileTests<QuotaOnPostgresAppFactory>(app);
