using System.Linq.Expressions;
using FluentValidation;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Payments.Earnings;

/// <summary>How a provider's earnings are read, for its earnings and for an enterprise's revenue per listing.</summary>
public static class EarningsPeriod
{
    /// <summary>
    /// The period asked for (local days, both inclusive, either or both left out); by default the twelve months to
    /// <paramref name="today"/> (or to the day it starts, when that is later).
    /// </summary>
    public static (DateOnly From, DateOnly To) Resolve(DateOnly? askedFrom, DateOnly? askedTo, DateOnly today)
    {
        var to = askedTo ?? (askedFrom > today ? askedFrom.Value : today);
        return (askedFrom ?? FirstOfMonth(to).AddMonths(-11), to);
    }

    /// <summary>Credits to the provider for care (their share of charges), less their share of refunds to cards.</summary>
    public static long Earned(IEnumerable<AccountMovement> movements) =>
        movements.Sum(m => m switch
        {
            { Kind: LedgerEntryKind.VisitCharge or LedgerEntryKind.CancellationCharge, IsDebit: false } => m.AmountIdr,
            { Kind: LedgerEntryKind.Refund, IsDebit: true } => -m.AmountIdr,
            _ => 0,
        });

    public static DateOnly FirstOfMonth(DateOnly date) => new(date.Year, date.Month, 1);
}

/// <summary>Plausible dates, the end not before the start, and at most 24 months at a time.</summary>
public abstract class EarningsPeriodValidator<T> : AbstractValidator<T>
{
    /// <summary>The longest period one answer covers, in months: enough for a two-year chart, small enough to stay quick.</summary>
    public const int MaxMonths = 24;

    protected EarningsPeriodValidator(TimeProvider clock, Expression<Func<T, DateOnly?>> from, Expression<Func<T, DateOnly?>> to)
    {
        var start = from.Compile();
        var end = to.Compile();
        RuleFor(from).MustBePlausible();
        RuleFor(to).MustBePlausible();
        RuleFor(to)
            .Must((q, last) => last is not { } finish || start(q) is not { } begin || finish >= begin)
            .WithMessage("The period must end on or after the day it starts.");
        RuleFor(from)
            .Must((q, first) => first is not { } begin || !PlausibleDates.IsPlausible(begin)
                || (end(q) ?? IndonesianTimeZones.LocalDate(clock.GetUtcNow(), IndonesianTimeZones.Wita)) < begin.AddMonths(MaxMonths))
            .WithMessage("Ask for at most 24 months at a time.");
    }
}
