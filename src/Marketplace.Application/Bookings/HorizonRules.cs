using FluentValidation;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Bookings;

/// <summary>Validation rules for the booking horizon (<see cref="BookingPolicy.HorizonMonths"/>), said with the horizon's length.</summary>
public static class HorizonRules
{
    public const string BeyondHorizon = "Care can be booked at most {HorizonMonths} months ahead.";

    /// <summary>A visit's start: in the future and inside the horizon.</summary>
    public static IRuleBuilderOptions<T, DateTimeOffset> WithinHorizon<T>(this IRuleBuilder<T, DateTimeOffset> rule, BookingPolicy policy, TimeProvider clock) =>
        rule.GreaterThan(_ => clock.GetUtcNow()).WithMessage("A visit must start in the future.")
            .Must((_, start, context) => Says(context, policy, start <= policy.LatestStart(clock.GetUtcNow()))).WithMessage(BeyondHorizon);

    /// <summary>A date (a daycare day, a clinic stop, a search): inside the horizon from today in <paramref name="timeZone"/>.</summary>
    public static IRuleBuilderOptions<T, DateOnly> WithinHorizon<T>(this IRuleBuilder<T, DateOnly> rule, BookingPolicy policy, TimeProvider clock, string timeZone) =>
        rule.Must((_, date, context) => Says(context, policy, date <= policy.LatestDate(IndonesianTimeZones.LocalDate(clock.GetUtcNow(), timeZone))))
            .WithMessage(BeyondHorizon);

    private static bool Says<T>(ValidationContext<T> context, BookingPolicy policy, bool within)
    {
        context.MessageFormatter.AppendArgument(nameof(BookingPolicy.HorizonMonths), policy.HorizonMonths);
        return within;
    }
}
