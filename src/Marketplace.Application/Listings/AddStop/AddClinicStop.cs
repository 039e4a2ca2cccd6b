using FluentValidation;
using Marketplace.Application.Bookings;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.Enterprises;
using Marketplace.Application.SharedKernel;
using Mediator;

namespace Marketplace.Application.Listings.AddStop;

/// <summary>A mobile clinic adds a stop: a place, a date and a local time window cut into slots.</summary>
public sealed record AddClinicStop(
    Guid ListingId, string PlaceName, PointInput Point, DateOnly Date, TimeOnly Start, TimeOnly End, int SlotMinutes, int CapacityPerSlot)
    : ICommand<StopView>;

public sealed class AddClinicStopHandler(
    ICurrentUser currentUser, IEnterpriseRepository enterprises, IListingRepository listings, BookingPolicy policy, TimeProvider clock)
    : ICommandHandler<AddClinicStop, StopView>
{
    public async ValueTask<StopView> Handle(AddClinicStop command, CancellationToken cancellationToken)
    {
        var (listing, _) = await listings.GetOwnedAsync(command.ListingId, enterprises, currentUser, cancellationToken);
        var stop = listing.AddStop(
            new StopDetails(
                command.PlaceName.Trim(), GeoPoint.Create(command.Point.Lat, command.Point.Lon), command.Date, command.Start, command.End,
                command.SlotMinutes, command.CapacityPerSlot),
            policy,
            clock.GetUtcNow());
        return StopView.Of(stop, listing.TimeZone);
    }
}

public sealed class AddClinicStopValidator : AbstractValidator<AddClinicStop>
{
    public AddClinicStopValidator(TimeProvider clock, BookingPolicy policy)
    {
        RuleFor(c => c.PlaceName).NotEmpty().MaximumLength(FieldLimits.PlaceNameMaxLength);
        RuleFor(c => c.Point).NotNull().SetValidator(new PointInputValidator("The stop must be in Indonesia."));
        RuleFor(c => c.Date).MustBePlausible().WithinHorizon(policy, clock, IndonesianTimeZones.Wit);
        RuleFor(c => c.Start).InWholeMinutes();
        RuleFor(c => c.End).InWholeMinutes().GreaterThan(c => c.Start).WithMessage("The stop must end after it starts.");
        RuleFor(c => c.SlotMinutes).InclusiveBetween(FieldLimits.MinSlotMinutes, FieldLimits.MaxSlotMinutes);
        RuleFor(c => c.SlotMinutes).Must((c, minutes) => (c.End - c.Start).TotalMinutes >= minutes)
            .WithMessage("The time window must hold at least one slot.").When(c => c.End > c.Start);
        RuleFor(c => c.CapacityPerSlot).InclusiveBetween(1, FieldLimits.MaxSlotCapacity);
    }
}
