using System.ComponentModel.DataAnnotations;

namespace Marketplace.Web.Reviews;

// Display names are resource keys, translated by the data-annotations localizer.
public sealed class ReviewForm
{
    [Display(Name = "Field.Rating")]
    public int? Rating { get; set; }

    [Display(Name = "Field.ReviewText")]
    public string? Text { get; set; }
}

public sealed class ReplyForm
{
    [Display(Name = "Field.Reply")]
    public string Reply { get; set; } = string.Empty;
}

public sealed class HideForm
{
    [Display(Name = "Field.Reason")]
    public string Reason { get; set; } = string.Empty;
}

/// <summary>The review page: the booking's review (or the form to write it), and the forms its reader may send.</summary>
public sealed record ReviewPage(Guid BookingId, Application.Reviews.View.BookingReview Booking, bool IsAdmin, ReviewForm Write, ReplyForm Reply, HideForm Hide);
