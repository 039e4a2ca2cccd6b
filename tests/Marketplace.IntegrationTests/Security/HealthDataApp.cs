using System.Net.Http.Json;
using Marketplace.TestSupport;
using static Marketplace.TestSupport.TestBookings;

namespace Marketplace.IntegrationTests.Security;

/// <summary>The app of one database provider with the people whose reads of health data are logged, made once for the test class.</summary>
public sealed class HealthDataApp<TFactory> : IAsyncLifetime
    where TFactory : MarketplaceAppFactory, new()
{
    public TFactory App { get; } = new();

    internal HealthDataPeople People { get; private set; } = null!;

    public async Task InitializeAsync() => People = await HealthDataPeople.MakeAsync(App);

    public async Task DisposeAsync() => await App.DisposeAsync();
}

/// <summary>
/// A family with one elder, the caregiver it booked twice (one visit given and recorded with notes and vital
/// signs, one still to come), the care manager it chose, another family and an admin.
/// </summary>
internal sealed class HealthDataPeople
{
    private static readonly string[] Companionship = ["companionship"];

    public required HttpClient Family { get; init; }

    public required HttpClient FamilyPages { get; init; }

    public required HttpClient OtherFamily { get; init; }

    public required HttpClient Caregiver { get; init; }

    public required HttpClient CareManager { get; init; }

    public required HttpClient CareManagerPages { get; init; }

    public required HttpClient Admin { get; init; }

    public required Guid Elder { get; init; }

    public required Guid Recorded { get; init; }

    public required Guid Unrecorded { get; init; }

    /// <summary>When (on the test's clock) the caregiver checked out of <see cref="Recorded"/>, and was answered with its log.</summary>
    public required DateTimeOffset CheckedOutAt { get; init; }

    public static async Task<HealthDataPeople> MakeAsync(MarketplaceAppFactory app)
    {
        var admin = await app.AdminAsync();
        var (caregiver, caregiverId) = await app.NewBookableCaregiverAsync();
        var (careManager, careManagerId) = await app.NewVerifiedCaregiverAsync();
        (await admin.PutAsJsonAsync($"/api/v1/admin/caregivers/{careManagerId}/care-manager", new { granted = true })).EnsureSuccessStatusCode();
        var (family, elder) = await app.NewFamilyAsync();
        (await family.PutAsJsonAsync("/api/v1/families/me/care-manager", new { caregiverId = careManagerId })).EnsureSuccessStatusCode();

        var start = Next(DayOfWeek.Monday, 9);
        var recorded = await family.BookAsync(caregiverId, elder, start);
        (await caregiver.PostAsync($"/api/v1/bookings/{recorded}/accept", null)).EnsureSuccessStatusCode();
        await family.ConfirmOfflineAsync(recorded);
        using (app.Clock.TravelTo(start.AddMinutes(-5)))
        {
            (await caregiver.PostAsync($"/api/v1/bookings/{recorded}/check-in", null)).EnsureSuccessStatusCode();
        }

        using (app.Clock.TravelTo(start.AddHours(2)))
        {
            (await caregiver.PostJsonAsync($"/api/v1/bookings/{recorded}/check-out", new
            {
                tasks = Companionship, notes = "Tekanan darah agak tinggi.", vitals = new { systolicMmHg = 150, diastolicMmHg = 95, pulsePerMinute = 88 },
            })).EnsureSuccessStatusCode();
        }

        return new HealthDataPeople
        {
            Family = family,
            FamilyPages = await app.OnPagesAsync(family),
            OtherFamily = await app.NewAccountAsync("family"),
            Caregiver = caregiver,
            CareManager = careManager,
            CareManagerPages = await app.OnPagesAsync(careManager),
            Admin = admin,
            Elder = elder,
            Recorded = recorded,
            Unrecorded = await family.BookAsync(caregiverId, elder, Next(DayOfWeek.Wednesday, 9)),
            CheckedOutAt = start.AddHours(2),
        };
    }
}
