using System.Net;
using Marketplace.Application.Notifications;
using Marketplace.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.IntegrationTests.ScaleOut;

/// <summary>
/// Two app processes on one PostgreSQL database behave as one site: what one instance issued the other honours, one
/// caregiver window goes to one family however the requests are spread, and work queued in the database is done once.
/// </summary>
public sealed class SharedStateTests(TwoInstances instances) : IClassFixture<TwoInstances>
{
    private const int Bookings = 200;
    private const int Messages = 1_000;

    private AppProcess A => instances.A;

    private AppProcess B => instances.B;

    [Fact]
    public async Task ASignInCookieFromOneInstance_IsHonouredByTheOther_AndSoIsTheFormTokenOfIt()
    {
        var cookies = new CookieContainer();
        using var onA = A.Client(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false });
        using var onB = B.Client(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false });

        // The form and its antiforgery cookie come from A; B checks them and signs in; A reads B's sign-in cookie.
        var token = await onA.AntiforgeryTokenAsync("/account/login");
        var signIn = await onB.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = TwoInstances.DemoFamily,
            ["Password"] = MarketplaceAppFactory.DemoPassword,
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);

        using var account = await onA.GetAsync("/account");
        Assert.Equal(HttpStatusCode.OK, account.StatusCode);
        Assert.Contains("Andi Rahman", await account.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABearerTokenAndARefreshTokenFromOneInstance_WorkOnTheOther()
    {
        using var onA = A.Client();
        var tokens = await (await onA.PostJsonAsync("/api/v1/auth/login", new { email = TwoInstances.DemoFamily, password = MarketplaceAppFactory.DemoPassword }))
            .EnsureSuccessStatusCode().ReadJsonAsync();

        using var onB = B.Client();
        onB.DefaultRequestHeaders.Authorization = new("Bearer", tokens.GetProperty("accessToken").GetString());
        Assert.Equal(TwoInstances.DemoFamily, (await (await onB.GetAsync("/api/v1/me")).EnsureSuccessStatusCode().ReadJsonAsync()).GetProperty("email").GetString());

        using var refreshOnB = B.Client();
        var renewed = await (await refreshOnB.PostJsonAsync("/api/v1/auth/refresh", new { refreshToken = tokens.GetProperty("refreshToken").GetString() }))
            .EnsureSuccessStatusCode().ReadJsonAsync();
        onA.DefaultRequestHeaders.Authorization = new("Bearer", renewed.GetProperty("accessToken").GetString());
        Assert.Equal(HttpStatusCode.OK, (await onA.GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task TwoHundredRequestsForOneCaregiverWindow_SpreadOverBothInstances_OneWins()
    {
        using var caregiver = await TwoInstances.SignInAsync(A, TwoInstances.DemoCaregiver);
        var caregiverId = (await (await caregiver.GetAsync("/api/v1/me")).ReadJsonAsync()).GetProperty("caregiverId").GetGuid();
        using var familyOnA = await TwoInstances.SignInAsync(A, TwoInstances.DemoFamily);
        using var familyOnB = B.Client();
        familyOnB.DefaultRequestHeaders.Authorization = familyOnA.DefaultRequestHeaders.Authorization;
        var recipientId = (await (await familyOnA.GetAsync("/api/v1/families/me/recipients")).ReadJsonAsync())[0].GetProperty("id").GetGuid();
        var start = TestBookings.Next(DayOfWeek.Wednesday, 9);

        var answers = await Task.WhenAll(Enumerable.Range(0, Bookings).Select(async i =>
        {
            using var response = await (i % 2 == 0 ? familyOnA : familyOnB).RequestHomeCareAsync(caregiverId, recipientId, start);
            return response.StatusCode;
        }));

        Assert.Equal(1, answers.Count(status => status == HttpStatusCode.Created));
        Assert.Equal(Bookings - 1, answers.Count(status => status == HttpStatusCode.Conflict));
        await using var db = instances.OpenDatabase();
        Assert.Equal(1, await db.Set<Application.Bookings.BookingVisit>().CountAsync(v => v.CaregiverId == caregiverId && v.StartsAt == start.ToUniversalTime() && v.HoldsTime));
    }

    [Fact]
    public async Task AThousandOutboxMessages_AreEachDoneOnce_ByOneInstanceOrTheOther()
    {
        var applicantId = await instances.DemoCaregiverAccountIdAsync();
        var ids = await instances.EnqueueAsync(Enumerable.Range(0, Messages).Select(i => new VerificationDecided(applicantId, $"Pendamping {i}", Verified: true, Reason: null)));

        await Eventually.TrueAsync(async () => await instances.ProcessedAsync(ids) == Messages, $"all {Messages} messages processed", TimeSpan.FromMinutes(3));

        // Each message's email reached SendGrid once, sent by one instance; both instances took a share.
        var mine = ids.ToHashSet();
        Assert.Equal(ids.Order(), instances.SendGrid.AcceptedEmailIds().Where(mine.Contains).Order());
        var byA = TwoInstances.EmailsSentBy(A).Where(mine.Contains).ToList();
        var byB = TwoInstances.EmailsSentBy(B).Where(mine.Contains).ToList();
        Assert.Equal(ids.Order(), byA.Concat(byB).Order());
        Assert.NotEmpty(byA);
        Assert.NotEmpty(byB);
    }

    [Theory]
    [InlineData("certificate-expiry")]
    [InlineData("booking-request-expiry")]
    [InlineData("saved-card-authorisation")]
    [InlineData("visit-reminders")]
    public async Task EachScheduledJob_RunsOnceAtStartUp_OnOneInstanceOnly(string job)
    {
        var ran = $"The {job} job ran on this instance";
        await Eventually.TrueAsync(() => instances.Both.Any(instance => instance.LinesWith(ran).Count > 0), $"the {job} job ran");

        // Both instances tried at start-up, before they answered as ready; the one that lost the lease logs nothing.
        Assert.Equal(1, instances.Both.Sum(instance => instance.LinesWith(ran).Count));
    }

    [Fact]
    public async Task APhotoUploadedThroughOneInstance_IsServedByTheOther()
    {
        using var caregiver = await TwoInstances.SignInAsync(A, TwoInstances.DemoCaregiver);
        var caregiverId = (await (await caregiver.GetAsync("/api/v1/me")).ReadJsonAsync()).GetProperty("caregiverId").GetGuid();

        (await caregiver.PutFileAsync("/api/v1/caregivers/me/photo", TestCaregivers.PngBytes, "foto.png")).EnsureSuccessStatusCode();

        using var visitorOfB = B.Client();
        using var photo = await visitorOfB.GetAsync($"/api/v1/caregivers/{caregiverId}/photo");
        Assert.Equal(HttpStatusCode.OK, photo.StatusCode);
        Assert.Equal("image/jpeg", photo.Content.Headers.ContentType?.MediaType);
    }
}
