using FluentValidation;

namespace Marketplace.Application.SharedKernel;

/// <summary>
/// Times people plan with (opening hours, a visit's start, a clinic's window, time off) are told in whole
/// minutes. A second or a fraction (<c>09:00:30</c>, <c>09:00:00.5</c>) is a client's slip that would make
/// windows miss each other by less than anyone can see, so it is refused rather than kept.
/// </summary>
public static class WholeMinutes
{
    public const string Refusal = "'{PropertyName}' must be given in whole minutes, such as 09:00.";

    public static bool IsWholeMinute(TimeOnly time) => time.Ticks % TimeSpan.TicksPerMinute == 0;

    public static bool IsWholeMinute(DateTimeOffset instant) => instant.Ticks % TimeSpan.TicksPerMinute == 0;

    public static IRuleBuilderOptions<T, TimeOnly> InWholeMinutes<T>(this IRuleBuilder<T, TimeOnly> rule) =>
        rule.Must(IsWholeMinute).WithMessage(Refusal);

    public static IRuleBuilderOptions<T, DateTimeOffset> InWholeMinutes<T>(this IRuleBuilder<T, DateTimeOffset> rule) =>
        rule.Must(IsWholeMinute).WithMessage(Refusal);
}
