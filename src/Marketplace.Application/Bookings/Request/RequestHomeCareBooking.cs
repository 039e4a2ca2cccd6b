using Marketplace.Application.Accounts;
using Marketplace.Application.Caregivers;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.Families;
using Marketplace.Application.SharedKernel;
using Mediator;

namespace Marketplace.Application.Bookings.Request;

/// <summary>A family asks a verified caregiver for home visits to one of its recipients.</summary>
public sealed record RequestHomeCareBooking(Guid CaregiverId, Guid RecipientId, DateTimeOffset Start, int Hours, WeeklyRepeat? RepeatWeekly)
    : ICommand<BookingView>;

public sealed class RequestHomeCareBookingHandler(
    ICurrentUser currentUser,
    IFamilyRepository families,
    ICaregiverRepository caregivers,
    IBookingRepository bookings,
    BookingPolicy policy,
    TimeProvider clock) : ICommandHandler<RequestHomeCareBooking, BookingView>
{
    public async ValueTask<BookingView> Handle(RequestHomeCareBooking command, CancellationToken cancellationToken)
    {
        currentUser.RequireRole(AccountRoles.Family, "Only a family account can book care.");
        var family = await families.ReadByUserAsync(currentUser.RequireUserId(), cancellationToken)
            ?? throw new ForbiddenException("Only a family account can book care.");
        var recipient = family.Recipients.FirstOrDefault(r => r.Id == command.RecipientId)
            ?? throw new NotFoundException("Recipient", command.RecipientId);
        var caregiver = await caregivers.ReadAsync(command.CaregiverId, cancellationToken);
        if (caregiver is null || caregiver.Verification != VerificationStatus.Verified)
        {
            throw new BusinessRuleException("Only a verified caregiver can be booked.");
        }

        var starts = VisitPlan.Starts(command.Start, caregiver.TimeZone, command.RepeatWeekly);
        var duration = TimeSpan.FromHours(command.Hours);
        EnsureServes(caregiver, recipient.Address.Point);
        if (starts.Where(start => !caregiver.IsAvailable(start, duration)).Select(start => (DateTimeOffset?)start).FirstOrDefault() is { } offHours)
        {
            throw new BusinessRuleException(Booking.CaregiverNotWorking, IndonesianTimeZones.ToLocal(offHours, caregiver.TimeZone));
        }

        if (await bookings.AnyVisitOverlapsAsync(caregiver.Id, [.. starts.Select(s => new TimeWindow(s, s + duration))], null, cancellationToken))
        {
            throw new BusinessRuleException(Booking.CaregiverAlreadyBooked);
        }

        var parties = new BookingParties(
            family.Id, family.UserId, recipient.Id, recipient.Name, caregiver.UserId, caregiver.FullName, caregiver.Id, ListingId: null,
            recipient.Kind, recipient.Address.AreaCode.Value);
        var booking = Booking.RequestHomeCare(
            new HomeCareRequest(
                parties, starts, command.Hours, caregiver.HourlyRate, caregiver.TimeZone, policy.LateCancellationPercent, policy.ResponseTime,
                policy.LatestStart(clock.GetUtcNow()), policy.CommissionPercent),
            clock.GetUtcNow());
        bookings.Add(booking);
        return BookingView.Of(booking, currentUser.UserId);
    }

    private static void EnsureServes(Caregiver caregiver, GeoPoint address)
    {
        if (caregiver.PublicPoint is null)
        {
            throw new BusinessRuleException("Only a verified caregiver can be booked.");
        }

        if (!ServiceArea.Serves(caregiver, address))
        {
            throw new BusinessRuleException("This address is outside the caregiver's service area.");
        }
    }
}
