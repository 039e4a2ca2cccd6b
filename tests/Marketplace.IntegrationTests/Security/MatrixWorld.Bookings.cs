using Marketplace.TestSupport;
using static Marketplace.TestSupport.TestBookings;

namespace Marketplace.IntegrationTests.Security;

internal sealed partial class MatrixWorld
{
    /// <summary>The rows that answer or cancel a request, each on one of its own.</summary>
    public static readonly string[] RequestUses = ["accept", "decline", "cancel", "page accept", "page decline", "page cancel"];

    private static readonly string[] Companionship = ["companionship"];

    /// <summary>Family A's home visit with caregiver A, given and recorded: its visit log holds notes and vital signs.</summary>
    public Guid Recorded { get; private set; }

    /// <summary>Family A's home visit still to come, accepted and confirmed (to be paid offline), and its visit.</summary>
    public Guid Accepted { get; private set; }

    public Guid AcceptedVisit { get; private set; }

    /// <summary>Family A's requests to caregiver A, waiting for an answer: one per row that answers or cancels one.</summary>
    public Dictionary<string, Guid> Requests { get; } = [];

    /// <summary>The rows that pay for an accepted booking, each on one of its own.</summary>
    public static readonly string[] PaymentUses = ["pay", "page pay"];

    /// <summary>Family A's bookings with caregiver A, accepted and waiting for the family to pay: one per row that pays.</summary>
    public Dictionary<string, Guid> Payable { get; } = [];

    /// <summary>The rows that cancel one visit of a series, each on one of its own.</summary>
    public static readonly string[] VisitCancelUses = ["visit cancel", "page visit cancel"];

    /// <summary>Family A's confirmed weekly series of two visits with caregiver A, and its first visit: one per row that cancels a visit.</summary>
    public Dictionary<string, (Guid Booking, Guid Visit)> Series { get; } = [];

    /// <summary>The rows that write a review, each on a given visit of its own.</summary>
    public static readonly string[] ReviewUses = ["review", "page review"];

    /// <summary>The rows that reply to or hide a review, each on a review of its own.</summary>
    public static readonly string[] ReviewedUses = ["reply", "page reply", "hide", "page hide"];

    /// <summary>Family A's visits with caregiver A, given and not reviewed yet: one per row that writes a review.</summary>
    public Dictionary<string, Guid> Reviewable { get; } = [];

    /// <summary>Family A's visits with caregiver A, given and reviewed by the family: one per row that replies to or hides a review.</summary>
    public Dictionary<string, (Guid Booking, Guid Review)> Reviewed { get; } = [];

    /// <summary>A daycare day of child A at enterprise A's daycare.</summary>
    public Guid DaycareBooking { get; private set; }

    private async Task MakeBookingsAsync()
    {
        var family = _api[Who.FamilyA];
        var caregiver = _api[Who.CaregiverA];
        var start = Next(DayOfWeek.Monday, 9);
        Recorded = await family.BookAsync(CaregiverA, ElderA, start);
        (await caregiver.PostAsync($"/api/v1/bookings/{Recorded}/accept", null)).EnsureSuccessStatusCode();
        await family.ConfirmOfflineAsync(Recorded);
        using (App.Clock.TravelTo(start.AddMinutes(-5)))
        {
            (await caregiver.PostAsync($"/api/v1/bookings/{Recorded}/check-in", null)).EnsureSuccessStatusCode();
        }

        using (App.Clock.TravelTo(start.AddHours(2)))
        {
            (await caregiver.PostJsonAsync($"/api/v1/bookings/{Recorded}/check-out", new
            {
                tasks = Companionship, notes = "Tekanan darah agak tinggi.", vitals = new { systolicMmHg = 150, diastolicMmHg = 95 },
            })).EnsureSuccessStatusCode();
        }

        Accepted = await family.BookAsync(CaregiverA, ElderA, Next(DayOfWeek.Friday, 9));
        (await caregiver.PostAsync($"/api/v1/bookings/{Accepted}/accept", null)).EnsureSuccessStatusCode();
        await family.ConfirmOfflineAsync(Accepted);
        AcceptedVisit = (await (await family.GetAsync($"/api/v1/bookings/{Accepted}")).ReadJsonAsync()).GetProperty("visits")[0].GetProperty("id").GetGuid();

        var hour = 7;
        foreach (var use in RequestUses)
        {
            Requests[use] = await family.BookAsync(CaregiverA, ElderA, Next(DayOfWeek.Tuesday, hour), hours: 1);
            hour += 2;
        }

        hour = 7;
        foreach (var use in PaymentUses)
        {
            Payable[use] = await family.BookAsync(CaregiverA, ElderA, Next(DayOfWeek.Wednesday, hour), hours: 1);
            (await caregiver.PostAsync($"/api/v1/bookings/{Payable[use]}/accept", null)).EnsureSuccessStatusCode();
            hour += 2;
        }

        hour = 12;
        foreach (var use in VisitCancelUses)
        {
            var series = await family.RequestHomeCareAsync(CaregiverA, ElderA, Next(DayOfWeek.Thursday, hour), repeatWeekly: new { days = Array.Empty<string>(), weeks = 2 });
            var booking = await series.ReadJsonAsync();
            var id = booking.GetProperty("id").GetGuid();
            (await caregiver.PostAsync($"/api/v1/bookings/{id}/accept", null)).EnsureSuccessStatusCode();
            await family.ConfirmOfflineAsync(id);
            Series[use] = (id, booking.GetProperty("visits")[0].GetProperty("id").GetGuid());
            hour += 3;
        }

        var monday = DateOnly.FromDateTime(Next(DayOfWeek.Monday, 9).DateTime);
        var daycare = await family.BookDaycareAsync(DaycareA, ChildA, monday);
        daycare.EnsureSuccessStatusCode();
        DaycareBooking = (await daycare.ReadJsonAsync()).GetProperty("id").GetGuid();
    }

    private async Task MakeReviewsAsync()
    {
        var (family, caregiver) = (_api[Who.FamilyA], _api[Who.CaregiverA]);
        var hour = 7;
        foreach (var use in ReviewUses.Concat(ReviewedUses))
        {
            var start = Next(DayOfWeek.Sunday, hour);
            var id = await family.BookAsync(CaregiverA, ElderA, start, hours: 1);
            (await caregiver.PostAsync($"/api/v1/bookings/{id}/accept", null)).EnsureSuccessStatusCode();
            await family.ConfirmOfflineAsync(id);
            await App.GiveVisitAsync(caregiver, id, start, hours: 1);
            if (ReviewUses.Contains(use))
            {
                Reviewable[use] = id;
            }
            else
            {
                var review = await family.PostJsonAsync($"/api/v1/bookings/{id}/review", new { rating = 4, text = "Baik." });
                review.EnsureSuccessStatusCode();
                Reviewed[use] = (id, (await review.ReadJsonAsync()).GetProperty("id").GetGuid());
            }

            hour += 2;
        }
    }
}
