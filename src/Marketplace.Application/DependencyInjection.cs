using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Application;

public static class DependencyInjection
{
    /// <summary>
    /// Validators of this assembly. The mediator itself is registered by the outermost project,
    /// because only that project runs Mediator's source generator.
    /// </summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        // A rule stops at its first failure: "Must(skills => skills.Count ...)" never runs on the null that
        // NotEmpty() has just refused. Rules of other members still run, so every field's fault is reported.
        ValidatorOptions.Global.DefaultRuleLevelCascadeMode = CascadeMode.Stop;
        // Singletons: a validator builds its rules in its constructor, compiling expressions such as
        // GreaterThan(_ => clock.GetUtcNow()) to code; built per request, that was a JIT compile per booking.
        // Their dependencies (clock, booking policy, area catalog) are singletons; a scoped one would be refused
        // at start-up by the container's scope validation.
        services.AddValidatorsFromAssemblyContaining<IApplicationMarker>(ServiceLifetime.Singleton);
        services.AddSingleton(typeof(IValidator<>), typeof(Common.Validation.StorableTextValidator<>));
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<Bookings.Reserve.ListingForBooking>();
        services.AddScoped<Sponsors.SponsorShares>();
        services.AddScoped<Families.RecipientReaders>();
        services.AddScoped<CarePlans.CareOversight>();
        services.AddScoped<CarePlans.View.CareWeeks>();
        services.AddScoped<Bookings.Replacements.ReplacementNeeds>();
        return services;
    }
}

/// <summary>Names this assembly for scanning (validators, Mediator's generator).</summary>
public interface IApplicationMarker;
