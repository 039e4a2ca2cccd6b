using Marketplace.Application.Accounts;
using Marketplace.Application.Reviews.Hide;
using Marketplace.Application.Reviews.Reply;
using Marketplace.Application.Reviews.View;
using Marketplace.Application.Reviews.Write;
using Marketplace.Web.Pages;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Reviews;

/// <summary>
/// A booking's review page, for its two sides and admins (404 for anyone else): the family writes the review here,
/// the provider replies, an admin hides it. A refused form shows this page again with the reason.
/// </summary>
[Authorize]
[Route("bookings/{id:guid}/review")]
[AutoValidateAntiforgeryToken]
public sealed class ReviewPageController(IMediator mediator, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Show(Guid id, CancellationToken cancellationToken) =>
        View(await PageAsync(id, new ReviewForm(), new ReplyForm(), new HideForm(), cancellationToken));

    [HttpPost("")]
    public Task<IActionResult> Write(Guid id, ReviewForm form, CancellationToken cancellationToken) =>
        this.ActAsync(
            text,
            async () => await mediator.Send(new WriteReview(id, form.Rating, form.Text), cancellationToken),
            text["Review.Written"].Value,
            () => LocalRedirect($"/bookings/{id}/review"),
            async () => View("Show", await PageAsync(id, form, new ReplyForm(), new HideForm(), cancellationToken)));

    [HttpPost("reply")]
    public async Task<IActionResult> Reply(Guid id, ReplyForm form, CancellationToken cancellationToken)
    {
        var review = (await mediator.Send(new GetBookingReview(id), cancellationToken)).Review;
        return await this.ActAsync(
            text,
            async () => await mediator.Send(new ReplyToReview(review?.Id ?? Guid.Empty, form.Reply), cancellationToken),
            text["Review.Replied"].Value,
            () => LocalRedirect($"/bookings/{id}/review"),
            async () => View("Show", await PageAsync(id, new ReviewForm(), form, new HideForm(), cancellationToken)));
    }

    [HttpPost("hide")]
    public async Task<IActionResult> Hide(Guid id, HideForm form, CancellationToken cancellationToken)
    {
        var review = (await mediator.Send(new GetBookingReview(id), cancellationToken)).Review;
        return await this.ActAsync(
            text,
            async () => await mediator.Send(new HideReview(review?.Id ?? Guid.Empty, form.Reason), cancellationToken),
            text["Review.HiddenNotice"].Value,
            () => LocalRedirect($"/bookings/{id}/review"),
            async () => View("Show", await PageAsync(id, new ReviewForm(), new ReplyForm(), form, cancellationToken)));
    }

    private async Task<ReviewPage> PageAsync(Guid id, ReviewForm write, ReplyForm reply, HideForm hide, CancellationToken cancellationToken) =>
        new(id, await mediator.Send(new GetBookingReview(id), cancellationToken), User.IsInRole(AccountRoles.Admin), write, reply, hide);
}
