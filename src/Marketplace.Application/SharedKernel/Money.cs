using System.Globalization;

namespace Marketplace.Application.SharedKernel;

/// <summary>
/// An amount of Indonesian Rupiah. Whole Rupiah only, held as a <see cref="long"/> so sums are exact;
/// never negative (refunds and charges are separate ledger entries, not negative amounts).
/// </summary>
public readonly record struct Money : IComparable<Money>
{
    /// <summary>Rupiah are written with a dot between thousands in every language the UI speaks.</summary>
    private static readonly NumberFormatInfo RupiahDigits = new() { NumberGroupSeparator = ".", NumberGroupSizes = [3] };

    private Money(long rupiah) => Rupiah = rupiah;

    public static Money Zero { get; } = new(0);

    public long Rupiah { get; }

    public static Money FromRupiah(long rupiah) =>
        rupiah >= 0 ? new Money(rupiah) : throw new ArgumentOutOfRangeException(nameof(rupiah), rupiah, "An amount cannot be negative.");

    public static Money operator +(Money left, Money right) => new(checked(left.Rupiah + right.Rupiah));

    /// <summary>The difference; throws <see cref="ArgumentOutOfRangeException"/> when <paramref name="right"/> is the larger.</summary>
    public static Money operator -(Money left, Money right) => FromRupiah(left.Rupiah - right.Rupiah);

    public static Money operator *(Money price, int quantity) =>
        quantity >= 0 ? new(checked(price.Rupiah * quantity)) : throw new ArgumentOutOfRangeException(nameof(quantity));

    public static bool operator <(Money left, Money right) => left.Rupiah < right.Rupiah;

    public static bool operator >(Money left, Money right) => left.Rupiah > right.Rupiah;

    public static bool operator <=(Money left, Money right) => left.Rupiah <= right.Rupiah;

    public static bool operator >=(Money left, Money right) => left.Rupiah >= right.Rupiah;

    public int CompareTo(Money other) => Rupiah.CompareTo(other.Rupiah);

    /// <summary>The way Indonesians write prices: <c>Rp 150.000</c>.</summary>
    public override string ToString() => "Rp " + Rupiah.ToString("#,0", RupiahDigits);
}
