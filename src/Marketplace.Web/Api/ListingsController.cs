using Marketplace.Application.Accounts;
using Marketplace.Application.Listings;
using Marketplace.Application.Listings.AddStop;
using Marketplace.Application.Listings.Places;
using Marketplace.Application.Listings.Publish;
using Marketplace.Application.Listings.ViewListings;
using Marketplace.Application.SharedKernel;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Marketplace.Web.OpenApi;

namespace Marketplace.Web.Api;

[ApiController]
[Tags(ApiTags.Enterprises)]
[Route("api/v1/listings")]
public sealed class ListingsController(IMediator mediator) : ControllerBase
{
    /// <summary>A listing: published ones for everybody, drafts and paused ones for their enterprise and admins.</summary>
    [HttpGet("{id:guid}")]
    [ProducesResponseType<ListingView>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<ListingView> Get(Guid id, CancellationToken cancellationToken) =>
        await mediator.Send(new GetListing(id), cancellationToken);

    /// <summary>Free places: a daycare's opening days over the next two weeks, or a clinic's slots still to come.</summary>
    [HttpGet("{id:guid}/places")]
    [ProducesResponseType<ListingPlaces>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<ListingPlaces> Places(Guid id, CancellationToken cancellationToken) =>
        await mediator.Send(new GetListingPlaces(id), cancellationToken);

    /// <summary>Publishes the listing; only a verified enterprise can (409 otherwise).</summary>
    [Authorize(Roles = AccountRoles.Enterprise)]
    [HttpPost("{id:guid}/publish")]
    [ProducesResponseType<ListingView>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<ListingView> Publish(Guid id, CancellationToken cancellationToken) =>
        await mediator.Send(new PublishListing(id), cancellationToken);

    /// <summary>Takes a published listing out of search until it is published again; bookings made stay. 409 when it is not published.</summary>
    [Authorize(Roles = AccountRoles.Enterprise)]
    [HttpPost("{id:guid}/pause")]
    [ProducesResponseType<ListingView>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<ListingView> Pause(Guid id, CancellationToken cancellationToken) =>
        await mediator.Send(new PauseListing(id), cancellationToken);

    /// <summary>Adds a mobile-clinic stop: <c>{placeName, point: {lat, lon}, date, start, end, slotMinutes, capacityPerSlot}</c>.</summary>
    [Authorize(Roles = AccountRoles.Enterprise)]
    [HttpPost("{id:guid}/stops")]
    [ProducesResponseType<StopView>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<ActionResult<StopView>> AddStop(Guid id, StopBody body, CancellationToken cancellationToken)
    {
        var stop = await mediator.Send(
            new AddClinicStop(id, body.PlaceName, body.Point, body.Date, body.Start, body.End, body.SlotMinutes, body.CapacityPerSlot),
            cancellationToken);
        return CreatedAtAction(nameof(Get), new { id }, stop);
    }
}

public sealed record StopBody(string PlaceName, PointInput Point, DateOnly Date, TimeOnly Start, TimeOnly End, int SlotMinutes, int CapacityPerSlot);
