using FluentValidation;

namespace Marketplace.Application.SharedKernel;

/// <summary>
/// The dates a person can mean on Peduli: from 2000 to the end of 2100. Anything outside is a typing slip
/// (year 9999, year 1), and refusing it here keeps every later sum of dates and zones in range.
/// Narrower rules (the booking horizon) apply on top.
/// </summary>
public static class PlausibleDates
{
    public static readonly DateOnly Earliest = new(2000, 1, 1);
    public static readonly DateOnly Latest = new(2100, 12, 31);

    public const string Refusal = "'{PropertyName}' must be a date between 2000 and 2100.";

    public static bool IsPlausible(DateOnly date) => date >= Earliest && date <= Latest;

    public static bool IsPlausible(DateTimeOffset instant) =>
        instant.UtcDateTime >= Earliest.ToDateTime(TimeOnly.MinValue) && instant.UtcDateTime <= Latest.ToDateTime(TimeOnly.MaxValue);

    public static IRuleBuilderOptions<T, DateOnly> MustBePlausible<T>(this IRuleBuilder<T, DateOnly> rule) =>
        rule.Must(IsPlausible).WithMessage(Refusal);

    public static IRuleBuilderOptions<T, DateTimeOffset> MustBePlausible<T>(this IRuleBuilder<T, DateTimeOffset> rule) =>
        rule.Must(IsPlausible).WithMessage(Refusal);

    public static IRuleBuilderOptions<T, DateTimeOffset?> MustBePlausible<T>(this IRuleBuilder<T, DateTimeOffset?> rule) =>
        rule.Must(instant => instant is not { } given || IsPlausible(given)).WithMessage(Refusal);

    public static IRuleBuilderOptions<T, DateOnly?> MustBePlausible<T>(this IRuleBuilder<T, DateOnly?> rule) =>
        rule.Must(date => date is not { } given || IsPlausible(given)).WithMessage(Refusal);
}
