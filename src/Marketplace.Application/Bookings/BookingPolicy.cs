using FluentValidation;

namespace Marketplace.Application.Bookings;

/// <summary>
/// Rules an operator may tune (<c>Bookings:*</c> in configuration): how long a caregiver has to answer, the
/// late-cancellation share for caregivers who are not booked through a listing, and how far ahead care can
/// be booked (the horizon, in months).
/// </summary>
public sealed record BookingPolicy(TimeSpan ResponseTime, int LateCancellationPercent, int HorizonMonths)
{
    public const string BeyondHorizon = "Care can be booked at most {HorizonMonths} months ahead.";

    public static BookingPolicy Default { get; } = new(TimeSpan.FromHours(24), 50, 12);

    /// <summary>The latest instant a visit may start when booked (or moved) at <paramref name="now"/>.</summary>
    public DateTimeOffset LatestStart(DateTimeOffset now) => now.AddMonths(HorizonMonths);

    /// <summary>The latest date a daycare day or clinic stop may fall on, counted from <paramref name="today"/>.</summary>
    public DateOnly LatestDate(DateOnly today) => today.AddMonths(HorizonMonths);

    /// <summary>A rule for a visit's start: in the future and inside the horizon, said with the horizon's length.</summary>
    public IRuleBuilderOptions<T, DateTimeOffset> WithinHorizon<T>(IRuleBuilder<T, DateTimeOffset> rule, TimeProvider clock) =>
        rule.GreaterThan(_ => clock.GetUtcNow()).WithMessage("A visit must start in the future.")
            .Must((_, start, context) => Says(context, start <= LatestStart(clock.GetUtcNow()))).WithMessage(BeyondHorizon);

    /// <summary>A rule for a date (a daycare day, a clinic stop, a search): inside the horizon from today in <paramref name="timeZone"/>.</summary>
    public IRuleBuilderOptions<T, DateOnly> DateWithinHorizon<T>(IRuleBuilder<T, DateOnly> rule, TimeProvider clock, string timeZone) =>
        rule.Must((_, date, context) => Says(context, date <= LatestDate(SharedKernel.IndonesianTimeZones.LocalDate(clock.GetUtcNow(), timeZone))))
            .WithMessage(BeyondHorizon);

    private bool Says<T>(ValidationContext<T> context, bool within)
    {
        context.MessageFormatter.AppendArgument(nameof(HorizonMonths), HorizonMonths);
        return within;
    }
}
