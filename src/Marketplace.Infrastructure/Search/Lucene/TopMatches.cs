using Marketplace.Application.Search;

namespace Marketplace.Infrastructure.Search.Lucene;

/// <summary>
/// The best <c>capacity</c> matches seen so far in the asked order, then distance, then id (so pages
/// never overlap or skip); every other match is only counted. Kept as a heap whose root is the worst.
/// </summary>
internal sealed class TopMatches(int capacity)
{
    private readonly PriorityQueue<RankedMatch, RankedMatch> _worstFirst = new(capacity + 1, Comparer<RankedMatch>.Create((a, b) => b.CompareTo(a)));

    public static double Primary(SearchSort sort, long rate, double rating, float score) => sort switch
    {
        SearchSort.Price => rate,

        // The rank by rating (a Bayesian mean); unrated caregivers are indexed as -1, so they come last.
        SearchSort.Rating => -rating,
        SearchSort.Relevance => -score,
        _ => 0,
    };

    /// <summary>
    /// Whether a match ranked so could be kept: there is room, or it is not behind the worst kept on order and
    /// distance alone (a tie is settled by id in <see cref="Offer"/>). Lets a scan skip reading the id of most matches.
    /// </summary>
    public bool MayKeep(double primary, double term)
    {
        if (_worstFirst.Count < capacity)
        {
            return true;
        }

        if (capacity == 0)
        {
            return false;
        }

        var worst = _worstFirst.Peek();
        return primary < worst.Primary || (primary == worst.Primary && term <= worst.Term);
    }

    public void Offer(RankedMatch match)
    {
        if (_worstFirst.Count < capacity)
        {
            _worstFirst.Enqueue(match, match);
        }
        else if (capacity > 0 && match.CompareTo(_worstFirst.Peek()) < 0)
        {
            _worstFirst.DequeueEnqueue(match, match);
        }
    }

    /// <summary>The kept matches, best first.</summary>
    public List<RankedMatch> InOrder()
    {
        var matches = _worstFirst.UnorderedItems.Select(item => item.Element).ToList();
        matches.Sort();
        return matches;
    }
}

/// <summary>
/// A match and where to find it: <see cref="Term"/> is its haversine term (<see cref="GreatCircle"/>),
/// which orders like the distance.
/// </summary>
internal readonly record struct RankedMatch(double Primary, double Term, Guid Id, int Leaf, int Position) : IComparable<RankedMatch>
{
    public int CompareTo(RankedMatch other)
    {
        var byPrimary = Primary.CompareTo(other.Primary);
        if (byPrimary != 0)
        {
            return byPrimary;
        }

        var byDistance = Term.CompareTo(other.Term);
        return byDistance != 0 ? byDistance : Id.CompareTo(other.Id);
    }
}
