using System.Net;
using Marketplace.TestSupport;
using static Marketplace.IntegrationTests.Api.ProblemAssertions;

namespace Marketplace.IntegrationTests.Caregivers;

/// <summary>PUT /api/v1/caregivers/me/photo and GET /api/v1/caregivers/{id}/photo, on each database provider.</summary>
public abstract class PhotoTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : MarketplaceAppFactory
{
    [Fact]
    public async Task AVerifiedCaregiversPhoto_IsShownToEveryone()
    {
        var (caregiver, id) = await app.NewVerifiedCaregiverAsync();

        var saved = await caregiver.PutFileAsync("/api/v1/caregivers/me/photo", TestCaregivers.PngBytes, "foto.png");

        Assert.True((await saved.ReadJsonAsync()).GetProperty("hasPhoto").GetBoolean());
        var photo = await app.CreateClient().GetAsync($"/api/v1/caregivers/{id}/photo");
        Assert.Equal(HttpStatusCode.OK, photo.StatusCode);
        Assert.Equal("image/jpeg", photo.Content.Headers.ContentType?.MediaType);
        Assert.Equal((1, 1), PhonePhotos.SizeOf(await photo.Content.ReadAsByteArrayAsync()));
    }

    [Fact]
    public async Task AnUnverifiedCaregiversPhoto_IsHiddenFromOthers()
    {
        var caregiver = await app.NewAccountAsync("caregiver");
        var id = await caregiver.SaveProfileAsync();
        (await caregiver.PutFileAsync("/api/v1/caregivers/me/photo", TestCaregivers.PngBytes, "foto.png")).EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.OK, (await caregiver.GetAsync($"/api/v1/caregivers/{id}/photo")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync($"/api/v1/caregivers/{id}/photo")).StatusCode);
    }

    [Fact]
    public async Task APdfAsAPhoto_IsRefused()
    {
        var caregiver = await app.NewAccountAsync("caregiver");

        var response = await caregiver.PutFileAsync("/api/v1/caregivers/me/photo", TestCaregivers.PdfBytes, "foto.png");

        await HasError(response, "file");
    }

    [Fact]
    public async Task AFamily_HasNoPhotoToUpload()
    {
        var family = await app.NewAccountAsync("family");

        var response = await family.PutFileAsync("/api/v1/caregivers/me/photo", TestCaregivers.PngBytes, "foto.png");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}

public sealed class PhotosOnSqlite(SqliteAppFactory app) : PhotoTests<SqliteAppFactory>(app);

public sealed class PhotosOnPostgres(PostgresAppFactory app) : PhotoTests<PostgresAppFactory>(app);
