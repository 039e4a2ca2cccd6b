using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Marketplace.TestSupport;

/// <summary>Caregivers in the states tests start from, made through the API as a real caregiver would.</summary>
public static class TestCaregivers
{
    public static readonly object CompleteProfile = new
    {
        fullName = "Irmawati",
        skills = new[] { "elder-care" },
        languages = new[] { "id", "mak" },
        hourlyRateIdr = 60_000,
        home = new { lat = -5.2030, lon = 119.4580 },
        serviceRadiusKm = 8,
        areaCodes = new[] { "73.06.08" },
    };

    /// <summary>The smallest file that starts like a PDF; the content check looks at the first bytes only.</summary>
    public static byte[] PdfBytes { get; } = Encoding.ASCII.GetBytes("%PDF-1.4\n% sertifikat uji\n%%EOF\n");

    /// <summary>A 1×1 PNG image (one green pixel), whole: photos are decoded, and a PNG with a wrong checksum is refused.</summary>
    public static byte[] PngBytes { get; } = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAABHNCSVQICAgIfAhkiAAAAA1JREFUCJlj0Ks1+g8AA5cB3e6xUrMAAAAASUVORK5CYII=");

    /// <summary>Saves <see cref="CompleteProfile"/> and returns the caregiver's id.</summary>
    public static async Task<Guid> SaveProfileAsync(this HttpClient caregiver)
    {
        var saved = await caregiver.PutAsync("/api/v1/caregivers/me",
            new StringContent(JsonSerializer.Serialize(CompleteProfile), Encoding.UTF8, "application/json"));
        saved.EnsureSuccessStatusCode();
        return (await saved.ReadJsonAsync()).GetProperty("id").GetGuid();
    }

    /// <summary>Lists a certificate valid for two more years and uploads its PDF; returns the certificate's id.</summary>
    public static async Task<Guid> AddDocumentedCertificateAsync(this HttpClient caregiver)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var added = await caregiver.PostJsonAsync("/api/v1/caregivers/me/certificates", new
        {
            title = "Sertifikat Kompetensi Pendamping Lansia",
            number = "BNSP-PL-7371-0001",
            issuer = "LSP Pekerja Sosial",
            issuedOn = today.AddYears(-1),
            expiresOn = today.AddYears(2),
        });
        added.EnsureSuccessStatusCode();
        var id = (await added.ReadJsonAsync()).GetProperty("id").GetGuid();
        (await caregiver.UploadDocumentAsync(id, PdfBytes, "sertifikat.pdf")).EnsureSuccessStatusCode();
        return id;
    }

    public static Task<HttpResponseMessage> UploadDocumentAsync(this HttpClient caregiver, Guid certificateId, byte[] bytes, string fileName) =>
        caregiver.PutFileAsync($"/api/v1/caregivers/me/certificates/{certificateId}/document", bytes, fileName);

    /// <summary>Sends <paramref name="bytes"/> as the multipart field <c>file</c>, labelled as a PDF whatever it holds.</summary>
    public static Task<HttpResponseMessage> PutFileAsync(this HttpClient client, string path, byte[] bytes, string fileName)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        return client.PutAsync(path, new MultipartFormDataContent { { file, "file", fileName } });
    }

    /// <summary>A new caregiver account with a complete profile and a documented certificate, not yet verified.</summary>
    public static async Task<(HttpClient Client, Guid Id)> NewVerifiableCaregiverAsync(this MarketplaceAppFactory app)
    {
        var caregiver = await app.NewAccountAsync("caregiver");
        var id = await caregiver.SaveProfileAsync();
        await caregiver.AddDocumentedCertificateAsync();
        return (caregiver, id);
    }

    /// <summary>A caregiver an admin has verified.</summary>
    public static async Task<(HttpClient Client, Guid Id)> NewVerifiedCaregiverAsync(this MarketplaceAppFactory app)
    {
        var (caregiver, id) = await app.NewVerifiableCaregiverAsync();
        (await (await app.AdminAsync()).PostJsonAsync($"/api/v1/admin/caregivers/{id}/verification", new { decision = "verified" }))
            .EnsureSuccessStatusCode();
        return (caregiver, id);
    }
}
