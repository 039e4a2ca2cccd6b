using Marketplace.Application.Accounts;
using Marketplace.Application.Reviews.Hide;
using Marketplace.Application.Reviews.Reply;
using Marketplace.Application.Reviews.View;
using Marketplace.Application.Reviews.Write;
using Marketplace.Application.Common.Paging;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Marketplace.Web.OpenApi;

namespace Marketplace.Web.Reviews;

/// <summary>Families rate the care of a booking; providers reply; admins hide abuse; anyone reads a caregiver's or listing's reviews.</summary>
[ApiController]
[Tags(ApiTags.QualityOfCare)]
[Route("api/v1")]
public sealed class ReviewsApiController(IMediator mediator) : ControllerBase
{
    /// <summary>
    /// The family reviews the booking's care: <c>{rating: 1..5, text}</c>, once, after care was given and within 30 days
    /// of the latest. 201 with the review; 400 naming a field; 403 for the provider; 404 for anyone else; 409 before any
    /// care, too late, or reviewed already.
    /// </summary>
    [Authorize]
    [HttpPost("bookings/{id:guid}/review")]
    [ProducesResponseType<ReviewView>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<IActionResult> Write(Guid id, ReviewBody body, CancellationToken cancellationToken)
    {
        var review = await mediator.Send(new WriteReview(id, body.Rating, body.Text), cancellationToken);
        return Created($"/api/v1/bookings/{id}/review", review);
    }

    /// <summary>The booking's review (<c>review</c>, null while none) and until when the family may write one (<c>writableUntil</c>, null when it may not), for its two sides and admins.</summary>
    [Authorize]
    [HttpGet("bookings/{id:guid}/review")]
    [ProducesResponseType<BookingReview>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<BookingReview> OfBooking(Guid id, CancellationToken cancellationToken) =>
        await mediator.Send(new GetBookingReview(id), cancellationToken);

    /// <summary>The provider of the reviewed booking replies, once: <c>{text}</c>. 403 for the family, 404 for anyone else, 409 when replied already.</summary>
    [Authorize]
    [HttpPost("reviews/{id:guid}/reply")]
    [ProducesResponseType<ReviewView>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<ReviewView> Reply(Guid id, ReplyBody body, CancellationToken cancellationToken) =>
        await mediator.Send(new ReplyToReview(id, body.Text), cancellationToken);

    /// <summary>An admin hides an abusive review: <c>{reason}</c>, shown to both sides. 409 when hidden already.</summary>
    [Authorize(Roles = AccountRoles.Admin)]
    [HttpPost("admin/reviews/{id:guid}/hide")]
    [ProducesResponseType<ReviewView>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<ReviewView> Hide(Guid id, HideBody body, CancellationToken cancellationToken) =>
        await mediator.Send(new HideReview(id, body.Reason), cancellationToken);

    /// <summary>
    /// The reviews of everyone, hidden ones too, newest first, a page at a time (what admins moderate): <c>page</c> (from 1)
    /// and <c>pageSize</c> (1 to 100, 20 by default).
    /// </summary>
    [Authorize(Roles = AccountRoles.Admin)]
    [HttpGet("admin/reviews")]
    [ProducesResponseType<Paged<ReviewView>>(StatusCodes.Status200OK)]
    public async Task<Paged<ReviewView>> Latest(int page = 1, int pageSize = PageRequests.DefaultPageSize, CancellationToken cancellationToken = default) =>
        await mediator.Send(new ListLatestReviews(page, pageSize), cancellationToken);

    /// <summary>
    /// What families said of a caregiver: <c>{count, mean, items, total, page, pageSize}</c>, visible reviews only, newest
    /// first, a page at a time: <c>page</c> (from 1) and <c>pageSize</c> (1 to 100, 20 by default).
    /// </summary>
    [HttpGet("caregivers/{id:guid}/reviews")]
    [ProducesResponseType<ReviewList>(StatusCodes.Status200OK)]
    public async Task<ReviewList> OfCaregiver(Guid id, int page = 1, int pageSize = PageRequests.DefaultPageSize, CancellationToken cancellationToken = default) =>
        await mediator.Send(new GetCaregiverReviews(id, page, pageSize), cancellationToken);

    /// <summary>What families said of a daycare or mobile clinic, as for a caregiver.</summary>
    [HttpGet("listings/{id:guid}/reviews")]
    [ProducesResponseType<ReviewList>(StatusCodes.Status200OK)]
    public async Task<ReviewList> OfListing(Guid id, int page = 1, int pageSize = PageRequests.DefaultPageSize, CancellationToken cancellationToken = default) =>
        await mediator.Send(new GetListingReviews(id, page, pageSize), cancellationToken);
}

/// <param name="Rating">1 to 5 stars.</param>
/// <param name="Text">What the family says of the care; may be empty, at most 2,000 characters.</param>
public sealed record ReviewBody(int? Rating, string? Text);

/// <param name="Text">The provider's answer, at most 2,000 characters.</param>
public sealed record ReplyBody(string Text);

/// <param name="Reason">Why the review is hidden, shown to both sides; at most 500 characters.</param>
public sealed record HideBody(string Reason);
