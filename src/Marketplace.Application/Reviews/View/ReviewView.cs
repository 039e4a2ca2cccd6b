namespace Marketplace.Application.Reviews.View;

/// <summary>
/// A review as shown: the stars (1–5), the words, who wrote it (short name) and when, the provider's reply, and, for
/// a hidden review (seen only by its two sides and admins), why it was hidden.
/// </summary>
public sealed record ReviewView(
    Guid Id, Guid BookingId, int Rating, string Text, string ReviewerName, DateTimeOffset CreatedAt,
    string? Reply, DateTimeOffset? RepliedAt, bool Hidden, string? HiddenReason)
{
    public static ReviewView Of(Review review) => new(
        review.Id, review.BookingId, review.Rating, review.Text, review.ReviewerName, review.CreatedAt,
        review.Reply, review.RepliedAt, review.IsHidden, review.HiddenReason);
}

/// <summary>A caregiver's or a listing's rating: the visible reviews' count and mean (null without any), and the latest of them.</summary>
public sealed record ReviewList(int Count, double? Mean, IReadOnlyList<ReviewView> Items);
