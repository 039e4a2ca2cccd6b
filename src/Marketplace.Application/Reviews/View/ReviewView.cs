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

/// <summary>
/// The visible reviews of a caregiver or listing: their <paramref name="Count"/> and <paramref name="Mean"/> rating (null
/// without any), and a
/// page of them shaped as every paged list (<paramref name="Items"/>, <paramref name="Total"/>, which is the count,
/// <paramref name="Page"/>, <paramref name="PageSize"/>).
/// </summary>
public sealed record ReviewList(int Count, double? Mean, IReadOnlyList<ReviewView> Items, int Total, int Page, int PageSize);
