using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Marketplace.Application.Bookings.Expire;
using Marketplace.TestSupport;
using Mediator;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using static Marketplace.TestSupport.TestBookings;

namespace Marketplace.IntegrationTests.Operations;

/// <summary>
/// Every page and every API read, by someone entitled to it, after every kind of booking and every change
/// of a booking's state. A read that only ever ran on empty data (the clinic's places did) fails here.
/// </summary>
public abstract class ReadsAfterChangesTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : MarketplaceAppFactory
{
    private static readonly string[] TasksDone = ["companionship"];

    [Fact]
    public async Task EveryRead_Answers_AfterEveryKindOfBookingAndStateChange()
    {
        var world = await World.MakeAsync(app);
        var failures = new List<string>();
        async Task After(string change) => failures.AddRange(await world.ReadEverythingAsync(change));

        await After("nothing booked yet");

        world.Changeable = await world.BookWeeklyAsync(Next(DayOfWeek.Saturday, 13));
        await After("a weekly series confirmed, whose cancellation and moves are previewed");

        var requested = await world.Family.BookAsync(world.CaregiverId, world.ElderId, Next(DayOfWeek.Monday, 9));
        world.Bookings.Add(requested);
        await After("a home visit requested");

        (await world.Caregiver.PostAsync($"/api/v1/bookings/{requested}/accept", null)).EnsureSuccessStatusCode();
        await After("a home visit accepted");

        await world.Family.ConfirmOfflineAsync(requested);
        world.Paid.Add(requested);
        await After("a home visit confirmed, to be paid offline");

        var sponsored = await world.Family.BookAsync(world.CaregiverId, world.ElderId, Next(DayOfWeek.Sunday, 9));
        world.Bookings.Add(sponsored);
        (await world.Caregiver.PostAsync($"/api/v1/bookings/{sponsored}/accept", null)).EnsureSuccessStatusCode();
        await After("a home visit accepted, a sponsor's share on offer");
        (await world.Family.PostJsonAsync($"/api/v1/bookings/{sponsored}/payments", new { method = "offline", sponsorProgrammeId = world.SponsorProgrammeId }))
            .EnsureSuccessStatusCode();
        world.Paid.Add(sponsored);
        await After("a home visit confirmed with a sponsor's share");

        var declined = await world.Family.BookAsync(world.CaregiverId, world.ElderId, Next(DayOfWeek.Tuesday, 9));
        world.Bookings.Add(declined);
        (await world.Caregiver.PostAsync($"/api/v1/bookings/{declined}/decline", null)).EnsureSuccessStatusCode();
        await After("a request declined");

        var cancelled = await world.Family.BookAsync(world.CaregiverId, world.ElderId, Next(DayOfWeek.Wednesday, 9));
        world.Bookings.Add(cancelled);
        (await world.Family.PostAsync($"/api/v1/bookings/{cancelled}/cancel", null)).EnsureSuccessStatusCode();
        await After("a request cancelled by the family");

        var weekly = await world.BookWeeklyAsync(Next(DayOfWeek.Thursday, 9));
        var moved = await world.Family.PostJsonAsync(
            $"/api/v1/bookings/{weekly.Id}/visits/{weekly.SecondVisitId}/move", new { start = Iso(Next(DayOfWeek.Friday, 14).AddDays(7)) });
        moved.EnsureSuccessStatusCode();
        await After("a weekly series accepted, one visit moved");

        var start = Next(DayOfWeek.Monday, 9);
        using (app.Clock.TravelTo(start.AddMinutes(-5)))
        {
            (await world.Caregiver.PostAsync($"/api/v1/bookings/{requested}/check-in", null)).EnsureSuccessStatusCode();
        }

        await After("a visit checked in");

        using (app.Clock.TravelTo(start.AddHours(2)))
        {
            (await world.Caregiver.PostJsonAsync($"/api/v1/bookings/{requested}/check-out", new { tasks = TasksDone, notes = "Makan siang bersama." }))
                .EnsureSuccessStatusCode();
        }

        await After("a visit checked out and the booking completed");

        (await world.Caregiver.PostJsonAsync($"/api/v1/bookings/{requested}/payments/received", new { amountIdr = 50_000, outstandingIdr = 120_000 }))
            .EnsureSuccessStatusCode();
        await After("part of the price received in cash");

        var review = await world.Family.PostJsonAsync($"/api/v1/bookings/{requested}/review", new { rating = 4, text = "Sabar." });
        review.EnsureSuccessStatusCode();
        var reviewId = (await review.ReadJsonAsync()).GetProperty("id").GetGuid();
        (await world.Caregiver.PostJsonAsync($"/api/v1/reviews/{reviewId}/reply", new { text = "Terima kasih." })).EnsureSuccessStatusCode();
        await After("the visit reviewed and the review answered");
        (await world.Admin.PostJsonAsync($"/api/v1/admin/reviews/{reviewId}/hide", new { reason = "Uji." })).EnsureSuccessStatusCode();
        await After("the review hidden");
        var complaint = await world.Family.PostJsonAsync($"/api/v1/bookings/{requested}/complaint", new { category = "missedCare", description = "Datang terlambat." });
        complaint.EnsureSuccessStatusCode();
        world.ComplaintId = (await complaint.ReadJsonAsync()).GetProperty("id").GetGuid();
        await After("a complaint filed");
        (await world.Admin.PostJsonAsync($"/api/v1/admin/complaints/{world.ComplaintId}/resolve", new { outcome = "notUpheld", resolution = "Uji." })).EnsureSuccessStatusCode();
        await After("the complaint resolved");
        var today = (await (await world.Family.GetAsync($"/api/v1/recipients/{world.ElderId}/care-plan")).ReadJsonAsync()).GetProperty("today").GetString();
        (await world.Family.PostJsonAsync($"/api/v1/recipients/{world.ElderId}/care-log", new { day = today, tasks = TasksDone, systolicMmHg = 165, diastolicMmHg = 95, fell = true }))
            .EnsureSuccessStatusCode();
        world.CareAlertId = (await (await world.CareManager.GetAsync("/api/v1/care-managers/me/alerts")).ReadJsonAsync())[0].GetProperty("id").GetGuid();
        await After("the family logged care it gave, with a fall and a high pressure");
        (await world.CareManager.PostJsonAsync($"/api/v1/care-managers/me/alerts/{world.CareAlertId}/handle", new { action = "Uji." })).EnsureSuccessStatusCode();
        await After("a care alert handled");

        // The sponsor's part of the sponsored visit, once given, is what the platform holds for the caregiver.
        var sponsoredStart = Next(DayOfWeek.Sunday, 9);
        using (app.Clock.TravelTo(sponsoredStart.AddMinutes(-5)))
        {
            (await world.Caregiver.PostAsync($"/api/v1/bookings/{sponsored}/check-in", null)).EnsureSuccessStatusCode();
        }

        using (app.Clock.TravelTo(sponsoredStart.AddHours(2)))
        {
            (await world.Caregiver.PostJsonAsync($"/api/v1/bookings/{sponsored}/check-out", new { tasks = TasksDone })).EnsureSuccessStatusCode();
        }

        await After("a sponsored visit given");
        var batch = await world.Admin.PostAsync("/api/v1/admin/payout-batches", null);
        batch.EnsureSuccessStatusCode();
        world.PayoutBatchId = (await batch.ReadJsonAsync()).GetProperty("id").GetGuid();
        await After("a payout batch run");
        (await world.Admin.PostAsync($"/api/v1/admin/payout-batches/{world.PayoutBatchId}/paid", null)).EnsureSuccessStatusCode();
        await After("the payout batch marked paid");

        using (app.Clock.TravelTo(Next(DayOfWeek.Thursday, 9).AddMinutes(5)))
        {
            (await world.Caregiver.PostAsync($"/api/v1/bookings/{weekly.Id}/visits/{weekly.FirstVisitId}/no-show", null)).EnsureSuccessStatusCode();
        }

        await After("a no-show recorded");

        var daycare = await world.BookDaycareAsync();
        var clinic = await world.BookClinicAsync();
        await After("a daycare day and a clinic slot booked");

        (await world.Family.PostAsync($"/api/v1/bookings/{daycare}/cancel", null)).EnsureSuccessStatusCode();
        (await world.Family.PostAsync($"/api/v1/bookings/{clinic}/cancel", null)).EnsureSuccessStatusCode();
        await After("the daycare day and the clinic slot cancelled");

        var unanswered = await world.Family.BookAsync(world.CaregiverId, world.ElderId, Next(DayOfWeek.Saturday, 9));
        world.Bookings.Add(unanswered);
        using (app.Clock.TravelTo(DateTimeOffset.UtcNow.AddDays(2)))
        {
            await app.InScopeAsync(async services => await services.GetRequiredService<IMediator>().Send(new ExpireUnansweredBookings()));
        }

        await After("a request expired");

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task EveryReadOfTheApp_IsInTheList()
    {
        var world = await World.MakeAsync(app);
        await world.BookClinicAsync();
        world.Changeable = await world.BookWeeklyAsync(Next(DayOfWeek.Saturday, 13));
        var listed = world.Reads().Select(read => read.Template).ToHashSet();
        var served = app.Services.GetServices<EndpointDataSource>().SelectMany(source => source.Endpoints).OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains(HttpMethods.Get) ?? true)
            .Select(endpoint => endpoint.RoutePattern.RawText!.TrimStart('/'))
            .ToHashSet();

        var unlisted = served.Except(listed).Where(template => !template.StartsWith(World.ApiReference, StringComparison.Ordinal));
        Assert.Empty(unlisted);
    }

    /// <summary>The people and things the reads are about, made through the API as users would.</summary>
    private sealed class World
    {
        /// <summary>The browsable API reference and its scripts: no data of the app is read there.</summary>
        public const string ApiReference = "api/docs/";

        private readonly MarketplaceAppFactory _app;

        private World(MarketplaceAppFactory app) => _app = app;

        public HttpClient Anonymous { get; private set; } = null!;

        public HttpClient Family { get; private set; } = null!;

        public HttpClient FamilyPages { get; private set; } = null!;

        public HttpClient Caregiver { get; private set; } = null!;

        public HttpClient CaregiverPages { get; private set; } = null!;

        public HttpClient CareManager { get; private set; } = null!;

        public HttpClient CareManagerPages { get; private set; } = null!;

        public HttpClient Owner { get; private set; } = null!;

        public HttpClient OwnerPages { get; private set; } = null!;

        public HttpClient Admin { get; private set; } = null!;

        public HttpClient AdminPages { get; private set; } = null!;

        public Guid CaregiverId { get; private set; }

        public Guid CareManagerId { get; private set; }

        public Guid CertificateId { get; private set; }

        public Guid ElderId { get; private set; }

        public Guid ChildId { get; private set; }

        public Guid EnterpriseId { get; private set; }

        public Guid DaycareId { get; private set; }

        public Guid ClinicId { get; private set; }

        public Guid SlotId { get; private set; }

        public List<Guid> Bookings { get; } = [];

        /// <summary>The bookings the family has chosen how to pay for: those with a receipt.</summary>
        public List<Guid> Paid { get; } = [];

        /// <summary>A payout batch, once one is run; until then its reads are of an unknown batch.</summary>
        public Guid? PayoutBatchId { get; set; }

        /// <summary>The complaint filed about the booking that was given, once it is.</summary>
        public Guid? ComplaintId { get; set; }

        /// <summary>An alert of the elder's care plan, once the family's log raised one.</summary>
        public Guid? CareAlertId { get; set; }

        /// <summary>A programme paying half of the family's home care.</summary>
        public Guid SponsorProgrammeId { get; private set; }

        /// <summary>A weekly series whose second visit its caregiver cancelled, and that visit: its replacements can always be offered.</summary>
        public (Guid Id, Guid VisitId) ToReplace { get; private set; }

        /// <summary>A weekly series left confirmed throughout: its cancellation and its visits' moves can always be previewed.</summary>
        public (Guid Id, Guid FirstVisitId, Guid SecondVisitId)? Changeable { get; set; }

        public static async Task<World> MakeAsync(MarketplaceAppFactory app)
        {
            var world = new World(app) { Anonymous = app.CreateClient(), Admin = await app.AdminAsync() };
            (world.Caregiver, world.CaregiverId) = await app.NewBookableCaregiverAsync();
            (await world.Caregiver.PutFileAsync("/api/v1/caregivers/me/photo", TestCaregivers.PngBytes, "foto.png")).EnsureSuccessStatusCode();
            var certificates = await (await world.Caregiver.GetAsync("/api/v1/caregivers/me/certificates")).ReadJsonAsync();
            world.CertificateId = certificates[0].GetProperty("id").GetGuid();
            (world.CareManager, world.CareManagerId) = await app.NewVerifiedCaregiverAsync();
            (await world.Admin.PutAsJsonAsync($"/api/v1/admin/caregivers/{world.CareManagerId}/care-manager", new { granted = true })).EnsureSuccessStatusCode();
            (world.Family, world.ElderId) = await app.NewFamilyAsync();
            var child = await world.Family.PostJsonAsync("/api/v1/families/me/recipients", TestListings.Child());
            child.EnsureSuccessStatusCode();
            world.ChildId = (await child.ReadJsonAsync()).GetProperty("id").GetGuid();
            (await world.Family.PutAsJsonAsync("/api/v1/families/me/care-manager", new { caregiverId = world.CareManagerId })).EnsureSuccessStatusCode();
            (await world.CareManager.PutAsJsonAsync($"/api/v1/recipients/{world.ElderId}/care-plan", new
            {
                goals = TestCareManagers.Goals, tasks = new object[] { new { task = "companionship", timesPerWeek = 3 }, new { task = "mobility-exercise", timesPerWeek = 2 } },
            })).EnsureSuccessStatusCode();
            (world.Owner, world.DaycareId) = await app.NewDaycareAsync(placesPerDay: 4);
            world.EnterpriseId = (await (await world.Owner.GetAsync("/api/v1/me")).ReadJsonAsync()).GetProperty("enterpriseId").GetGuid();
            (_, world.ClinicId, world.SlotId) = await app.NewClinicSlotAsync(capacityPerSlot: 3);
            world.FamilyPages = await app.OnPagesAsync(world.Family);
            world.CaregiverPages = await app.OnPagesAsync(world.Caregiver);
            world.CareManagerPages = await app.OnPagesAsync(world.CareManager);
            world.OwnerPages = await app.OnPagesAsync(world.Owner);
            world.AdminPages = await app.SignInOnPagesAsync(MarketplaceAppFactory.AdminEmail, MarketplaceAppFactory.AdminPassword);
            var programme = await world.Admin.PostJsonAsync("/api/v1/admin/sponsor-programmes", Security.MatrixWorld.Programme("Bantuan Lansia Gowa"));
            programme.EnsureSuccessStatusCode();
            world.SponsorProgrammeId = (await programme.ReadJsonAsync()).GetProperty("id").GetGuid();
            var familyEmail = (await (await world.Family.GetAsync("/api/v1/me")).ReadJsonAsync()).GetProperty("email").GetString();
            (await world.Admin.PostJsonAsync($"/api/v1/admin/sponsor-programmes/{world.SponsorProgrammeId}/eligible-families", new { email = familyEmail, evidenceReference = "DTKS 7306" }))
                .EnsureSuccessStatusCode();
            (await world.Caregiver.PutAsJsonAsync("/api/v1/me/payout-account", new { bankName = "BRI", accountNumber = "012301000123301", accountHolder = "Uji" }))
                .EnsureSuccessStatusCode();
            (await world.Family.PutAsJsonAsync($"/api/v1/families/me/preferred-caregivers/{world.CaregiverId}", new { recipientId = world.ElderId })).EnsureSuccessStatusCode();
            var (replaceable, _, cancelled) = await world.BookWeeklyAsync(Next(DayOfWeek.Friday, 9));
            (await world.Caregiver.PostAsync($"/api/v1/bookings/{replaceable}/visits/{cancelled}/cancel", null)).EnsureSuccessStatusCode();
            world.ToReplace = (replaceable, cancelled);
            return world;
        }

        /// <summary>A weekly series of two visits, accepted and confirmed; returns its id and its visits' ids.</summary>
        public async Task<(Guid Id, Guid FirstVisitId, Guid SecondVisitId)> BookWeeklyAsync(DateTimeOffset first)
        {
            var response = await Family.RequestHomeCareAsync(CaregiverId, ElderId, first, repeatWeekly: new { days = Array.Empty<string>(), weeks = 2 });
            response.EnsureSuccessStatusCode();
            var booking = await response.ReadJsonAsync();
            var id = booking.GetProperty("id").GetGuid();
            Bookings.Add(id);
            (await Caregiver.PostAsync($"/api/v1/bookings/{id}/accept", null)).EnsureSuccessStatusCode();
            await Family.ConfirmOfflineAsync(id);
            var visits = booking.GetProperty("visits");
            return (id, visits[0].GetProperty("id").GetGuid(), visits[1].GetProperty("id").GetGuid());
        }

        public async Task<Guid> BookDaycareAsync()
        {
            var monday = DateOnly.FromDateTime(Next(DayOfWeek.Monday, 9).DateTime);
            var response = await Family.BookDaycareAsync(DaycareId, ChildId, monday);
            response.EnsureSuccessStatusCode();
            var id = (await response.ReadJsonAsync()).GetProperty("id").GetGuid();
            Bookings.Add(id);
            return id;
        }

        public async Task<Guid> BookClinicAsync()
        {
            var response = await Family.PostJsonAsync("/api/v1/bookings", new { kind = "mobileClinic", slotId = SlotId, recipientId = ElderId });
            response.EnsureSuccessStatusCode();
            var id = (await response.ReadJsonAsync()).GetProperty("id").GetGuid();
            Bookings.Add(id);
            return id;
        }

        /// <summary>
        /// Reads everything, four reads at a time as several people would (reads change nothing a later read
        /// depends on), so the test keeps both cores busy; returns a line for each read that did not answer as expected.
        /// </summary>
        public async Task<IReadOnlyList<string>> ReadEverythingAsync(string after)
        {
            var failures = new ConcurrentQueue<string>();
            await Parallel.ForEachAsync(Reads(), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (read, cancellationToken) =>
            {
                using var response = await read.As.GetAsync(read.Url, cancellationToken);
                if (response.StatusCode != read.Expected)
                {
                    failures.Enqueue($"after {after}: GET {read.Url} answered {(int)response.StatusCode}, expected {(int)read.Expected}");
                }
            });

            return [.. failures];
        }

        /// <summary>Each read of the app (its route template), the address it is read at, and by whom.</summary>
        public IEnumerable<Read> Reads()
        {
            const string Makassar = "lat=-5.1477&lon=119.4327";
            var day = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(7)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            yield return new("api/v1/skills", "/api/v1/skills", Anonymous);
            yield return new("api/v1/languages", "/api/v1/languages", Anonymous);
            yield return new("api/v1/needs", "/api/v1/needs", Anonymous);
            yield return new("api/v1/accessibility-features", "/api/v1/accessibility-features", Anonymous);
            yield return new("api/v1/clinic-services", "/api/v1/clinic-services", Anonymous);
            yield return new("api/v1/visit-tasks", "/api/v1/visit-tasks", Anonymous);
            yield return new("api/v1/search/caregivers", $"/api/v1/search/caregivers?{Makassar}&radiusKm=30&availableAt={Uri.EscapeDataString(Iso(Next(DayOfWeek.Monday, 9)))}&hours=2", Anonymous);
            yield return new("api/v1/search/services", $"/api/v1/search/services?kind=daycare&{Makassar}&radiusKm=30&date={day}", Anonymous);
            yield return new("api/v1/search/services", $"/api/v1/search/services?kind=mobileClinic&{Makassar}&radiusKm=50", Anonymous);
            yield return new("api/v1/caregivers/{id:guid}", $"/api/v1/caregivers/{CaregiverId}", Anonymous);
            yield return new("api/v1/caregivers/{id:guid}/photo", $"/api/v1/caregivers/{CaregiverId}/photo", Anonymous);
            yield return new("api/v1/caregivers/{id:guid}/reviews", $"/api/v1/caregivers/{CaregiverId}/reviews", Anonymous);
            yield return new("api/v1/listings/{id:guid}/reviews", $"/api/v1/listings/{DaycareId}/reviews", Anonymous);
            yield return new("api/v1/listings/{id:guid}/reviews", $"/api/v1/listings/{ClinicId}/reviews", Anonymous);
            yield return new("api/v1/care-managers", "/api/v1/care-managers", Anonymous);
            yield return new("api/v1/enterprises/{id:guid}", $"/api/v1/enterprises/{EnterpriseId}", Anonymous);
            yield return new("api/v1/enterprises/{id:guid}/listings", $"/api/v1/enterprises/{EnterpriseId}/listings", Anonymous);
            yield return new("api/v1/listings/{id:guid}", $"/api/v1/listings/{DaycareId}", Anonymous);
            yield return new("api/v1/listings/{id:guid}", $"/api/v1/listings/{ClinicId}", Anonymous);
            yield return new("api/v1/listings/{id:guid}/places", $"/api/v1/listings/{DaycareId}/places", Anonymous);
            yield return new("api/v1/listings/{id:guid}/places", $"/api/v1/listings/{ClinicId}/places", Anonymous);
            yield return new("api/v1/enterprises/{id:guid}/affiliations", $"/api/v1/enterprises/{EnterpriseId}/affiliations", Owner);

            foreach (var reader in new[] { Family, Caregiver, CareManager, Owner, Admin })
            {
                yield return new("api/v1/me", "/api/v1/me", reader);
                yield return new("api/v1/notifications", "/api/v1/notifications", reader);
                yield return new("api/v1/me/email-preferences", "/api/v1/me/email-preferences", reader);
            }

            foreach (var reader in new[] { Family, Caregiver, Owner })
            {
                yield return new("api/v1/bookings", "/api/v1/bookings", reader);
            }

            foreach (var id in Bookings)
            {
                yield return new("api/v1/bookings/{id:guid}", $"/api/v1/bookings/{id}", Family);
                yield return new("api/v1/bookings/{id:guid}", $"/api/v1/bookings/{id}", Admin);
                yield return new("bookings/{id:guid}", $"/bookings/{id}", FamilyPages);
                yield return new("bookings/{id:guid}", $"/bookings/{id}", AdminPages);
                yield return new("api/v1/bookings/{id:guid}/sponsor-offers", $"/api/v1/bookings/{id}/sponsor-offers", Family);
                yield return new("api/v1/bookings/{id:guid}/review", $"/api/v1/bookings/{id}/review", Family);
                yield return new("api/v1/bookings/{id:guid}/review", $"/api/v1/bookings/{id}/review", Admin);
                yield return new("bookings/{id:guid}/review", $"/bookings/{id}/review", FamilyPages);
                yield return new("api/v1/bookings/{id:guid}/complaint", $"/api/v1/bookings/{id}/complaint", Family);
                yield return new("bookings/{id:guid}/complaint", $"/bookings/{id}/complaint", FamilyPages);
            }

            if (Changeable is var (changeable, visit, _))
            {
                yield return new("api/v1/bookings/{id:guid}/cancellation", $"/api/v1/bookings/{changeable}/cancellation", Family);
                yield return new("api/v1/bookings/{id:guid}/visits/{visitId:guid}/cancellation", $"/api/v1/bookings/{changeable}/visits/{visit}/cancellation", Caregiver);
                yield return new("bookings/{id:guid}/cancel", $"/bookings/{changeable}/cancel", FamilyPages);
                yield return new("bookings/{id:guid}/visits/{visitId:guid}/cancel", $"/bookings/{changeable}/visits/{visit}/cancel", CaregiverPages);
                yield return new("bookings/{id:guid}/visits/{visitId:guid}/move", $"/bookings/{changeable}/visits/{visit}/move", FamilyPages);
                yield return new("bookings/{id:guid}/visits/{visitId:guid}/move", $"/bookings/{changeable}/visits/{visit}/move?date={day}&time=13:00", CaregiverPages);
            }

            foreach (var id in Paid)
            {
                yield return new("api/v1/bookings/{id:guid}/receipt", $"/api/v1/bookings/{id}/receipt", Family);
                yield return new("api/v1/bookings/{id:guid}/receipt", $"/api/v1/bookings/{id}/receipt", Caregiver);
                yield return new("bookings/{id:guid}/receipt", $"/bookings/{id}/receipt", FamilyPages);
            }

            yield return new("api/v1/bookings/{id:guid}/receipt", $"/api/v1/bookings/{Guid.NewGuid()}/receipt", Family, HttpStatusCode.NotFound);
            yield return new("bookings/{id:guid}/receipt", $"/bookings/{Guid.NewGuid()}/receipt", FamilyPages, HttpStatusCode.NotFound);
            yield return new("api/v1/caregivers/me/earnings", "/api/v1/caregivers/me/earnings", Caregiver);
            yield return new("api/v1/enterprises/me/revenue", "/api/v1/enterprises/me/revenue", Owner);
            yield return new("enterprise/revenue", "/enterprise/revenue", OwnerPages);
            yield return new("api/v1/caregivers/me/availability", "/api/v1/caregivers/me/availability", Caregiver);
            yield return new("api/v1/caregivers/me/schedule", $"/api/v1/caregivers/me/schedule?from={day}T00:00:00Z&to={DateOnly.FromDateTime(DateTime.UtcNow.AddDays(35)):yyyy-MM-dd}T00:00:00Z", Caregiver);
            yield return new("api/v1/caregivers/me/affiliations", "/api/v1/caregivers/me/affiliations", Caregiver);
            yield return new("api/v1/caregivers/me/certificates", "/api/v1/caregivers/me/certificates", Caregiver);
            yield return new("api/v1/caregivers/me/certificates/{id:guid}", $"/api/v1/caregivers/me/certificates/{CertificateId}", Caregiver);
            yield return new(
                "api/v1/caregivers/{caregiverId:guid}/certificates/{id:guid}/document",
                $"/api/v1/caregivers/{CaregiverId}/certificates/{CertificateId}/document",
                Admin);
            yield return new("api/v1/families/me/recipients", "/api/v1/families/me/recipients", Family);
            yield return new("api/v1/recipients/{id:guid}", $"/api/v1/recipients/{ElderId}", Family);
            yield return new("api/v1/recipients/{id:guid}", $"/api/v1/recipients/{ElderId}", CareManager);
            yield return new("api/v1/families/me/care-manager", "/api/v1/families/me/care-manager", Family);
            yield return new("api/v1/families/me/preferred-caregivers", "/api/v1/families/me/preferred-caregivers", Family);
            yield return new("family/preferred-caregivers", "/family/preferred-caregivers", FamilyPages);
            var (replaceable, toReplace) = ToReplace;
            yield return new(
                "api/v1/bookings/{id:guid}/visits/{visitId:guid}/replacements", $"/api/v1/bookings/{replaceable}/visits/{toReplace}/replacements", Family);
            yield return new("bookings/{id:guid}/visits/{visitId:guid}/replacements", $"/bookings/{replaceable}/visits/{toReplace}/replacements", FamilyPages);
            yield return new("api/v1/care-managers/me/families", "/api/v1/care-managers/me/families", CareManager);
            yield return new("api/v1/recipients/{id:guid}/care-plan", $"/api/v1/recipients/{ElderId}/care-plan", Family);
            yield return new("api/v1/recipients/{id:guid}/care-plan", $"/api/v1/recipients/{ElderId}/care-plan", CareManager);
            yield return new("api/v1/care-managers/me/alerts", "/api/v1/care-managers/me/alerts", CareManager);
            var (alert, alertFound) = CareAlertId is { } raised ? (raised, HttpStatusCode.OK) : (Guid.NewGuid(), HttpStatusCode.NotFound);
            yield return new("api/v1/care-managers/me/alerts/{alertId:guid}", $"/api/v1/care-managers/me/alerts/{alert}", CareManager, alertFound);
            yield return new("care-manager/alerts/{id:guid}", $"/care-manager/alerts/{alert}", CareManagerPages, alertFound);
            yield return new("api/v1/admin/caregivers/pending", "/api/v1/admin/caregivers/pending", Admin);
            yield return new("api/v1/admin/enterprises/pending", "/api/v1/admin/enterprises/pending", Admin);
            yield return new("api/v1/admin/outbox/dead-letters", "/api/v1/admin/outbox/dead-letters", Admin);
            yield return new("api/v1/admin/reviews", "/api/v1/admin/reviews", Admin);
            yield return new("admin/reviews", "/admin/reviews", AdminPages);
            yield return new("api/v1/admin/reports/regions/{areaCode}", "/api/v1/admin/reports/regions/73.71", Admin);
            yield return new("admin/reports/regions", "/admin/reports/regions?area=73.71", AdminPages);
            yield return new("admin/reports/regions/{areaCode}.csv", "/admin/reports/regions/73.71.csv", AdminPages);
            yield return new("api/v1/admin/programme-staff", "/api/v1/admin/programme-staff", Admin);
            yield return new("admin/programme-staff", "/admin/programme-staff", AdminPages);
            yield return new("api/v1/admin/complaints", "/api/v1/admin/complaints", Admin);
            yield return new("admin/complaints", "/admin/complaints", AdminPages);
            var (complaint, complaintFound) = ComplaintId is { } filed ? (filed, HttpStatusCode.OK) : (Guid.NewGuid(), HttpStatusCode.NotFound);
            yield return new("api/v1/admin/complaints/{id:guid}", $"/api/v1/admin/complaints/{complaint}", Admin, complaintFound);
            yield return new("admin/complaints/{id:guid}", $"/admin/complaints/{complaint}", AdminPages, complaintFound);
            yield return new("api/v1/me/payout-account", "/api/v1/me/payout-account", Caregiver);
            yield return new("api/v1/admin/payout-batches", "/api/v1/admin/payout-batches", Admin);
            var (batch, batchFound) = PayoutBatchId is { } run ? (run, HttpStatusCode.OK) : (Guid.NewGuid(), HttpStatusCode.NotFound);
            yield return new("api/v1/admin/payout-batches/{id:guid}", $"/api/v1/admin/payout-batches/{batch}", Admin, batchFound);
            yield return new("api/v1/admin/payout-batches/{id:guid}/transfers.csv", $"/api/v1/admin/payout-batches/{batch}/transfers.csv", Admin, batchFound);
            yield return new("admin/payouts", "/admin/payouts", AdminPages);
            yield return new("admin/payouts/{id:guid}", $"/admin/payouts/{batch}", AdminPages, batchFound);
            yield return new("admin/payouts/{id:guid}/transfers.csv", $"/admin/payouts/{batch}/transfers.csv", AdminPages, batchFound);
            var programme = $"api/v1/admin/sponsor-programmes/{SponsorProgrammeId}";
            yield return new("api/v1/admin/sponsor-programmes", "/api/v1/admin/sponsor-programmes", Admin);
            yield return new("api/v1/admin/sponsor-programmes/{id:guid}", $"/{programme}", Admin);
            yield return new("api/v1/admin/sponsor-programmes/{id:guid}/statement", $"/{programme}/statement", Admin);
            yield return new("api/v1/admin/sponsor-programmes/{id:guid}/statement.csv", $"/{programme}/statement.csv", Admin);
            yield return new("health", "/health", Anonymous);
            yield return new("health/ready", "/health/ready", Anonymous);
            yield return new("openapi/{documentName}.json", "/openapi/v1.json", Anonymous);

            yield return new(string.Empty, "/", Anonymous);
            yield return new(string.Empty, "/", FamilyPages);
            yield return new("search", $"/search?Place=-5.1477,119.4327&RadiusKm=30&VisitDate={day}&VisitTime=09:00&VisitHours=2", Anonymous);
            yield return new("search/services", "/search/services?Place=-5.1477,119.4327&Kind=MobileClinic&RadiusKm=50", Anonymous);
            yield return new("caregivers/{id:guid}", $"/caregivers/{CaregiverId}", Anonymous);
            yield return new("caregivers/{id:guid}", $"/caregivers/{CaregiverId}?date={day}&time=09:00&hours=2", FamilyPages);
            yield return new("account/login", "/account/login", Anonymous);
            yield return new("account/register", "/account/register", Anonymous);
            yield return new("account/check-email", "/account/check-email", Anonymous);
            yield return new("account/forgot-password", "/account/forgot-password", Anonymous);
            yield return new("account/reset-password", "/account/reset-password?email=siapa%40contoh.id&token=bukan-token", Anonymous);
            yield return new("account/confirm-email", "/account/confirm-email", Anonymous, HttpStatusCode.BadRequest);
            yield return new("account/change-email", $"/account/change-email?user={Guid.NewGuid()}&email=baru%40contoh.id&token=bukan-token", Anonymous, HttpStatusCode.BadRequest);
            yield return new("listings/{id:guid}", $"/listings/{DaycareId}", FamilyPages);
            yield return new("listings/{id:guid}", $"/listings/{ClinicId}", FamilyPages);
            yield return new("listings/{id:guid}", $"/listings/{ClinicId}", OwnerPages);
            yield return new("error", "/error", Anonymous, HttpStatusCode.InternalServerError);
            yield return new("error/{status:int}", "/error/404", Anonymous, HttpStatusCode.NotFound);
            yield return new("email/unsubscribe/{token}", "/email/unsubscribe/bukan-tautan", Anonymous, HttpStatusCode.NotFound);

            foreach (var reader in new[] { FamilyPages, CaregiverPages, CareManagerPages, OwnerPages, AdminPages })
            {
                yield return new("account", "/account", reader);
                yield return new("account/email", "/account/email", reader);
                yield return new("notifications", "/notifications", reader);
                yield return new("account/email-preferences", "/account/email-preferences", reader);
            }

            foreach (var reader in new[] { FamilyPages, CaregiverPages, OwnerPages })
            {
                yield return new("bookings", "/bookings", reader);
            }

            yield return new("bookings/new", $"/bookings/new?caregiverId={CaregiverId}", FamilyPages);
            yield return new("family/recipients", "/family/recipients", FamilyPages);
            yield return new("caregiver/profile", "/caregiver/profile", CaregiverPages);
            yield return new("caregiver/availability", "/caregiver/availability", CaregiverPages);
            yield return new("caregiver/certificates", "/caregiver/certificates", CaregiverPages);
            yield return new("caregiver/affiliations", "/caregiver/affiliations", CaregiverPages);
            yield return new("caregiver/schedule", "/caregiver/schedule", CaregiverPages);
            yield return new("earnings", "/earnings", CaregiverPages);
            yield return new("earnings", "/earnings", OwnerPages);
            yield return new("caregiver/schedule", $"/caregiver/schedule?month={day[..7]}", CaregiverPages);
            yield return new("bookings/calendar", $"/bookings/calendar?month={day[..7]}", FamilyPages);
            yield return new("bookings/calendar", $"/bookings/calendar?week={day}", OwnerPages);
            yield return new("family/recipients/{id:guid}", $"/family/recipients/{ElderId}", FamilyPages);
            yield return new("care-manager", "/care-manager", CareManagerPages);
            yield return new("recipients/{id:guid}/care-plan", $"/recipients/{ElderId}/care-plan", FamilyPages);
            yield return new("recipients/{id:guid}/care-plan", $"/recipients/{ElderId}/care-plan", CareManagerPages);
            yield return new("recipients/{id:guid}/care-plan/edit", $"/recipients/{ElderId}/care-plan/edit", CareManagerPages);
            yield return new("enterprise", "/enterprise", OwnerPages);
            yield return new("enterprise/listings/new", "/enterprise/listings/new?kind=Daycare", OwnerPages);
            yield return new("enterprise/listings/{id:guid}", $"/enterprise/listings/{DaycareId}", OwnerPages);
            yield return new("admin/verification", "/admin/verification", AdminPages);
            yield return new("admin/care-managers", "/admin/care-managers", AdminPages);
            yield return new("admin/dead-letters", "/admin/dead-letters", AdminPages);
            yield return new("admin/email", "/admin/email", AdminPages);
            yield return new("admin/sponsors", "/admin/sponsors", AdminPages);
            yield return new("admin/sponsors/new", "/admin/sponsors/new", AdminPages);
            yield return new("admin/sponsors/{id:guid}", $"/admin/sponsors/{SponsorProgrammeId}", AdminPages);
            yield return new("admin/sponsors/{id:guid}/statement", $"/admin/sponsors/{SponsorProgrammeId}/statement", AdminPages);
            yield return new("admin/sponsors/{id:guid}/statement.csv", $"/admin/sponsors/{SponsorProgrammeId}/statement.csv", AdminPages);
        }
    }

    private sealed record Read(string Template, string Url, HttpClient As, HttpStatusCode Expected = HttpStatusCode.OK);
}

public sealed class ReadsAfterChangesOnSqlite(SqliteAppFactory app) : ReadsAfterChangesTests<SqliteAppFactory>(app);

public sealed class ReadsAfterChangesOnPostgres(PostgresAppFactory app) : ReadsAfterChangesTests<PostgresAppFactory>(app);
