using FluentValidation;
using Marketplace.Application.Accounts;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.Reviews.View;
using Mediator;

namespace Marketplace.Application.Reviews.Hide;

/// <summary>An admin hides an abusive review, saying why (shown to both sides); it leaves every count, list and ranking.</summary>
public sealed record HideReview(Guid ReviewId, string Reason) : ICommand<ReviewView>;

public sealed class HideReviewValidator : AbstractValidator<HideReview>
{
    public HideReviewValidator() => RuleFor(c => c.Reason).NotEmpty().MaximumLength(Review.HiddenReasonMaxLength);
}

public sealed class HideReviewHandler(ICurrentUser currentUser, IReviewRepository reviews, TimeProvider clock) : ICommandHandler<HideReview, ReviewView>
{
    public async ValueTask<ReviewView> Handle(HideReview command, CancellationToken cancellationToken)
    {
        currentUser.RequireRole(AccountRoles.Admin, "Only an admin hides a review.");
        var review = await reviews.FindAsync(command.ReviewId, cancellationToken) ?? throw new NotFoundException("Review", command.ReviewId);
        review.Hide(command.Reason, clock.GetUtcNow());
        return ReviewView.Of(review);
    }
}
