using Marketplace.Application.Bookings;
using Marketplace.Application.Common.Errors;

namespace Marketplace.Application.Reviews;

/// <summary>
/// A family's rating (1–5) and words about the care of one booking, written once, within <see cref="WindowDays"/>
/// days of the latest care given. It is about the caregiver (home care) or the listing (daycare, clinic). The
/// provider may reply once; an admin may hide it with a reason, which takes it out of every count and list.
/// </summary>
public sealed class Review
{
    public const int WindowDays = 30;
    public const int TextMaxLength = 2000;
    public const int ReplyMaxLength = 2000;
    public const int HiddenReasonMaxLength = 500;
    public const int LowestRating = 1;
    public const int HighestRating = 5;

    public const string NoCareGiven = "Only care that was given can be reviewed: wait until after the first visit.";
    public const string TooLate = "Reviews are written within 30 days of the care.";
    public const string ReviewedAlready = "This booking has a review already.";
    public const string RepliedAlready = "The review has a reply already.";
    public const string HiddenAlready = "The review is hidden already.";

    private Review(
        Guid id, Guid bookingId, string? recipientAreaCode, Guid familyUserId, string reviewerName, Guid? caregiverId, Guid? listingId, int rating, string text,
        DateTimeOffset createdAt)
    {
        Id = id;
        BookingId = bookingId;
        RecipientAreaCode = recipientAreaCode;
        FamilyUserId = familyUserId;
        ReviewerName = reviewerName;
        CaregiverId = caregiverId;
        ListingId = listingId;
        Rating = rating;
        Text = text;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }

    /// <summary>The booking reviewed; one review per booking (the database refuses a second).</summary>
    public Guid BookingId { get; private set; }

    /// <summary>Copied from the booking (<see cref="BookingParties.RecipientAreaCode"/>) so the regional report finds an area's reviews on this table alone.</summary>
    public string? RecipientAreaCode { get; private set; }

    public Guid FamilyUserId { get; private set; }

    /// <summary>How the reviewer is shown: first name and the initial of the next ("Hasnah D."), never the whole name.</summary>
    public string ReviewerName { get; private set; }

    /// <summary>The caregiver reviewed (home care); null for a listing's review.</summary>
    public Guid? CaregiverId { get; private set; }

    /// <summary>The daycare or clinic reviewed; null for a caregiver's review.</summary>
    public Guid? ListingId { get; private set; }

    /// <summary>1 to 5 stars.</summary>
    public int Rating { get; private set; }

    public string Text { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The provider's one reply; null until they write it.</summary>
    public string? Reply { get; private set; }

    public DateTimeOffset? RepliedAt { get; private set; }

    /// <summary>When an admin hid it; hidden reviews count nowhere and are shown only to admins and the two sides.</summary>
    public DateTimeOffset? HiddenAt { get; private set; }

    public string? HiddenReason { get; private set; }

    public bool IsHidden => HiddenAt is not null;

    /// <summary>
    /// The family of <paramref name="booking"/> reviews its care. Refused (409) before any care was given and more than
    /// <see cref="WindowDays"/> days after the latest.
    /// </summary>
    public static Review Write(Booking booking, string familyFullName, int rating, string text, DateTimeOffset now)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rating, LowestRating);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rating, HighestRating);
        var given = booking.CareGivenUntil(now) ?? throw new BusinessRuleException(NoCareGiven);
        if (now > given.AddDays(WindowDays))
        {
            throw new BusinessRuleException(TooLate);
        }

        var (caregiverId, listingId) = booking.Kind == BookingKind.HomeCare ? (booking.Parties.CaregiverId, (Guid?)null) : (null, booking.Parties.ListingId);
        return new Review(
            Guid.CreateVersion7(now), booking.Id, booking.Parties.RecipientAreaCode, booking.Parties.FamilyUserId, ShortName(familyFullName), caregiverId, listingId, rating, text.Trim(), now);
    }

    /// <summary>The provider answers, once.</summary>
    public void ReplyWith(string text, DateTimeOffset now)
    {
        if (Reply is not null)
        {
            throw new BusinessRuleException(RepliedAlready);
        }

        Reply = text.Trim();
        RepliedAt = now;
    }

    /// <summary>An admin hides an abusive review, saying why; the reason is shown to both sides.</summary>
    public void Hide(string reason, DateTimeOffset now)
    {
        if (IsHidden)
        {
            throw new BusinessRuleException(HiddenAlready);
        }

        HiddenAt = now;
        HiddenReason = reason.Trim();
    }

    /// <summary>"Hasnah Daeng Ngai" as "Hasnah D.": enough to tell reviews apart, too little to find the family.</summary>
    public static string ShortName(string fullName)
    {
        var words = fullName.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return words.Length switch
        {
            0 => "-",
            1 => words[0],
            _ => $"{words[0]} {char.ToUpperInvariant(words[1][0])}.",
        };
    }
}
