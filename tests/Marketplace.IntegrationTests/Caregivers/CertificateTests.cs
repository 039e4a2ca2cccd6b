using System.Net;
using System.Text;
using Marketplace.Application.Caregivers;
using Marketplace.Application.Caregivers.Certificates;
using Marketplace.Application.SharedKernel;
using Marketplace.Infrastructure.Persistence;
using Marketplace.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using static Marketplace.IntegrationTests.Api.ProblemAssertions;

namespace Marketplace.IntegrationTests.Caregivers;

/// <summary>Certificates, their uploaded documents and their expiry, on each database provider.</summary>
public abstract class CertificateTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : MarketplaceAppFactory
{
    [Fact]
    public async Task ACaregiver_UploadsAPdf_AndDownloadsTheSameBytes()
    {
        var (caregiver, caregiverId) = await app.NewVerifiableCaregiverAsync();
        var certificate = Assert.Single((await (await caregiver.GetAsync("/api/v1/caregivers/me/certificates")).ReadJsonAsync()).EnumerateArray());
        Assert.True(certificate.GetProperty("hasDocument").GetBoolean());

        var download = await caregiver.GetAsync(DocumentPath(caregiverId, certificate.GetProperty("id").GetGuid()));

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TestCaregivers.PdfBytes, await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task TheDocument_IsServedToAdmins_AndToNobodyElse()
    {
        var (caregiver, caregiverId) = await app.NewVerifiableCaregiverAsync();
        var certificateId = (await (await caregiver.GetAsync("/api/v1/caregivers/me/certificates")).ReadJsonAsync())[0].GetProperty("id").GetGuid();
        var path = DocumentPath(caregiverId, certificateId);

        Assert.Equal(HttpStatusCode.OK, (await (await app.AdminAsync()).GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.NewAccountAsync("caregiver")).GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.NewAccountAsync("family")).GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task AnHtmlFileNamedPdf_IsRefusedByItsContent()
    {
        var caregiver = await app.NewAccountAsync("caregiver");
        var certificateId = await AddCertificateAsync(caregiver);

        var response = await caregiver.UploadDocumentAsync(certificateId, Encoding.UTF8.GetBytes("<html><script>alert(1)</script>"), "scan.pdf");

        await HasError(response, "file");
        var certificate = await (await caregiver.GetAsync($"/api/v1/caregivers/me/certificates/{certificateId}")).ReadJsonAsync();
        Assert.False(certificate.GetProperty("hasDocument").GetBoolean());
    }

    [Fact]
    public async Task ADocumentOverTheLimit_IsRefusedWith413_NamingTheFileField()
    {
        var caregiver = await app.NewAccountAsync("caregiver");
        var certificateId = await AddCertificateAsync(caregiver);
        var tooBig = new byte[FieldLimits.MaxUploadBytes + 1];
        TestCaregivers.PdfBytes.CopyTo(tooBig, 0);

        var response = await caregiver.UploadDocumentAsync(certificateId, tooBig, "scan.pdf");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.True((await response.ReadJsonAsync()).GetProperty("errors").TryGetProperty("file", out _));
        var certificate = await (await caregiver.GetAsync($"/api/v1/caregivers/me/certificates/{certificateId}")).ReadJsonAsync();
        Assert.False(certificate.GetProperty("hasDocument").GetBoolean());
    }

    [Fact]
    public async Task AnUploadWithoutAFile_IsRefused()
    {
        var caregiver = await app.NewAccountAsync("caregiver");
        var certificateId = await AddCertificateAsync(caregiver);
        var withoutFile = new MultipartFormDataContent { { new StringContent("lupa melampirkan"), "note" } };

        var response = await caregiver.PutAsync($"/api/v1/caregivers/me/certificates/{certificateId}/document", withoutFile);

        await HasError(response, "file");
    }

    [Theory]
    [InlineData("2027-01-01", "2030-01-01", "issuedOn")]
    [InlineData("2024-01-01", "2023-12-31", "expiresOn")]
    public async Task IncoherentDates_AreRefusedNamingTheField(string issuedOn, string expiresOn, string field)
    {
        var caregiver = await app.NewAccountAsync("caregiver");

        var response = await caregiver.PostJsonAsync("/api/v1/caregivers/me/certificates",
            new { title = "Pendamping", number = "1", issuer = "LSP", issuedOn, expiresOn });

        await HasError(response, field);
    }

    [Fact]
    public async Task AddingACertificate_AnswersCreatedWithItsLocation()
    {
        var caregiver = await app.NewAccountAsync("caregiver");

        var response = await caregiver.PostJsonAsync("/api/v1/caregivers/me/certificates",
            new { title = "Pendamping", number = "1", issuer = "LSP", issuedOn = "2025-01-01", expiresOn = "2028-01-01" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await caregiver.GetAsync(response.Headers.Location)).StatusCode);
    }

    [Fact]
    public async Task WhenTheLastCertificateLapses_TheCaregiverExpires()
    {
        var (_, id) = await app.NewVerifiedCaregiverAsync();
        var threeYearsOn = new FixedClock(DateTimeOffset.UtcNow.AddYears(3));

        await app.InScopeAsync(async services =>
        {
            var handler = new ExpireLapsedCertificatesHandler(
                services.GetRequiredService<ICaregiverRepository>(), threeYearsOn, NullLogger<ExpireLapsedCertificatesHandler>.Instance);
            Assert.True(await handler.Handle(new ExpireLapsedCertificates(), CancellationToken.None) >= 1);
            return await services.GetRequiredService<MarketplaceDbContext>().SaveChangesAsync();
        });

        var status = await app.InScopeAsync(services =>
            services.GetRequiredService<MarketplaceDbContext>().Caregivers.Where(c => c.Id == id).Select(c => c.Verification).SingleAsync());
        Assert.Equal(VerificationStatus.Expired, status);
    }

    private static string DocumentPath(Guid caregiverId, Guid certificateId) =>
        $"/api/v1/caregivers/{caregiverId}/certificates/{certificateId}/document";

    private static async Task<Guid> AddCertificateAsync(HttpClient caregiver)
    {
        var added = await caregiver.PostJsonAsync("/api/v1/caregivers/me/certificates",
            new { title = "Pendamping", number = "1", issuer = "LSP", issuedOn = "2025-01-01", expiresOn = "2028-01-01" });
        added.EnsureSuccessStatusCode();
        return (await added.ReadJsonAsync()).GetProperty("id").GetGuid();
    }
}

public sealed class CertificatesOnSqlite(SqliteAppFactory app) : CertificateTests<SqliteAppFactory>(app);

public sealed class CertificatesOnPostgres(PostgresAppFactory app) : CertificateTests<PostgresAppFactory>(app);
