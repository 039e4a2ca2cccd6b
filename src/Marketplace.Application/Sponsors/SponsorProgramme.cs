using Marketplace.Application.Bookings;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Sponsors;

/// <summary>
/// A programme that pays part of eligible families' bookings: a district social office, an ATENSI-style assistance
/// budget, a company's CSR fund. It pays <see cref="SharePercent"/> of a booking's price, at most
/// <see cref="CapPerBooking"/>, for the service kinds and areas it covers, on days from <see cref="ValidFrom"/> to
/// <see cref="ValidUntil"/>; all it pays together never passes <see cref="Budget"/>, which the database itself enforces
/// (see <see cref="Committed"/>).
/// </summary>
public sealed class SponsorProgramme
{
    /// <summary>Said when the budget left is less than a booking's share, by the use case or by the database; {0} is what is left.</summary>
    public const string BudgetSpent = "The sponsor programme has only {0} of its budget left, less than this booking's share.";

    private readonly List<BookingKind> _kinds = [];
    private readonly List<string> _areaCodes = [];

    private SponsorProgramme(Guid id, DateTimeOffset createdAt)
    {
        Id = id;
        CreatedAt = createdAt;
        Name = string.Empty;
        Funder = string.Empty;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    /// <summary>Who pays: the office or company behind the programme.</summary>
    public string Funder { get; private set; }

    /// <summary>All the programme may pay, in whole Rupiah.</summary>
    public Money Budget { get; private set; }

    /// <summary>
    /// What the programme has promised: shares reserved for confirmed bookings and shares already spent on care given.
    /// Kept by the database in single statements (never by loading and saving this object), which refuse to let it pass
    /// <see cref="Budget"/>; as loaded here it is a snapshot for showing.
    /// </summary>
    public Money Committed { get; private set; }

    /// <summary>What is left to promise: <see cref="Budget"/> less <see cref="Committed"/>.</summary>
    public Money Available => Money.FromRupiah(Math.Max(0, Budget.Rupiah - Committed.Rupiah));

    /// <summary>The part of a booking's price the programme pays, in percent (1–100).</summary>
    public int SharePercent { get; private set; }

    /// <summary>The most the programme pays for one booking.</summary>
    public Money CapPerBooking { get; private set; }

    /// <summary>The kinds of care the programme pays for.</summary>
    public IReadOnlyList<BookingKind> Kinds => _kinds;

    /// <summary>The areas covered (provinces, regencies or districts): a family whose person in care lives inside one of them.</summary>
    public IReadOnlyList<string> AreaCodes => _areaCodes;

    /// <summary>The first day of care the programme pays for (local date).</summary>
    public DateOnly ValidFrom { get; private set; }

    /// <summary>The last day of care the programme pays for (local date).</summary>
    public DateOnly ValidUntil { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static SponsorProgramme Create(SponsorProgrammeDetails details, DateTimeOffset now)
    {
        var programme = new SponsorProgramme(Guid.CreateVersion7(now), now);
        programme.Change(details);
        return programme;
    }

    /// <summary>
    /// Changes the programme's terms. Shares already reserved keep the terms they were reserved under; the budget cannot
    /// fall below what is committed (the database refuses that too, for a reservation made meanwhile).
    /// </summary>
    public void Change(SponsorProgrammeDetails details)
    {
        if (details.Budget < Committed)
        {
            throw new BusinessRuleException("The budget cannot be less than what the programme has already committed, {0}.", Committed);
        }

        Name = details.Name;
        Funder = details.Funder;
        Budget = details.Budget;
        SharePercent = details.SharePercent;
        CapPerBooking = details.CapPerBooking;
        ValidFrom = details.ValidFrom;
        ValidUntil = details.ValidUntil;
        _kinds.Clear();
        _kinds.AddRange(details.Kinds.Distinct().Order());
        _areaCodes.Clear();
        _areaCodes.AddRange(details.AreaCodes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// Whether the programme pays for <paramref name="kind"/> of care for a person living in <paramref name="area"/>,
    /// given on days from <paramref name="firstDay"/> to <paramref name="lastDay"/>; refuses with the reason when not.
    /// </summary>
    public void RequireCovers(BookingKind kind, AreaCode area, DateOnly firstDay, DateOnly lastDay)
    {
        if (!_kinds.Contains(kind))
        {
            throw new BusinessRuleException("This sponsor programme does not pay for this kind of care.");
        }

        if (!_areaCodes.Any(code => area.IsWithin(AreaCode.Parse(code))))
        {
            throw new BusinessRuleException("This sponsor programme does not cover the area where the person in care lives.");
        }

        if (firstDay < ValidFrom || lastDay > ValidUntil)
        {
            throw new BusinessRuleException("This sponsor programme pays only for care from {0:d MMMM yyyy} to {1:d MMMM yyyy}.", ValidFrom, ValidUntil);
        }
    }

    /// <summary>The programme's share of <paramref name="price"/>: <see cref="SharePercent"/> of it rounded down, at most <see cref="CapPerBooking"/>.</summary>
    public Money ShareOf(Money price) => SponsorTerms.ShareOf(price, SharePercent, CapPerBooking);

    /// <summary>The terms a booking keeps once its share is reserved, whatever the programme changes later.</summary>
    public SponsorTerms Terms => new(Id, Name, SharePercent, CapPerBooking);
}

/// <summary>What an admin sets for a programme; <see cref="AreaCodes"/> are official area codes (<c>73.71</c>).</summary>
public sealed record SponsorProgrammeDetails(
    string Name, string Funder, Money Budget, int SharePercent, Money CapPerBooking, IReadOnlyList<BookingKind> Kinds,
    IReadOnlyList<string> AreaCodes, DateOnly ValidFrom, DateOnly ValidUntil);
