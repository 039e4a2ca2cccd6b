using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Sponsors;

/// <summary>A programme's terms as a booking keeps them: who pays, what share of the price, and at most how much.</summary>
public sealed record SponsorTerms(Guid ProgrammeId, string ProgrammeName, int SharePercent, Money CapPerBooking)
{
    /// <summary><paramref name="percent"/> of <paramref name="price"/>, rounded down to whole Rupiah, at most <paramref name="cap"/>.</summary>
    public static Money ShareOf(Money price, int percent, Money cap)
    {
        var share = Money.FromRupiah((long)((Int128)price.Rupiah * percent / 100));
        return share < cap ? share : cap;
    }
}
