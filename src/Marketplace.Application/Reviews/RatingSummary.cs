namespace Marketplace.Application.Reviews;

/// <summary>How a caregiver or a listing is rated: the visible reviews' count and mean (null without any).</summary>
public sealed record RatingSummary(int Count, double? Mean)
{
    /// <summary>The weight of the prior, in reviews: a mean of few reviews is pulled this hard towards <see cref="PriorMean"/>.</summary>
    public const int PriorWeight = 5;

    /// <summary>The rating assumed before any review: a good but unproven 4 of 5.</summary>
    public const double PriorMean = 4.0;

    public static readonly RatingSummary None = new(0, null);

    /// <summary>The summary of <paramref name="count"/> reviews whose stars add up to <paramref name="sum"/>.</summary>
    public static RatingSummary Of(int count, int sum) => count == 0 ? None : new RatingSummary(count, (double)sum / count);

    /// <summary>
    /// The Bayesian mean that ranks by rating: (<see cref="PriorWeight"/> × <see cref="PriorMean"/> + sum) /
    /// (<see cref="PriorWeight"/> + count), so one 5-star review (4.17) does not beat forty of 4.8 (4.71). Null without reviews:
    /// the unrated come last.
    /// </summary>
    public double? Rank => Mean is { } mean ? (PriorWeight * PriorMean + mean * Count) / (PriorWeight + Count) : null;
}
