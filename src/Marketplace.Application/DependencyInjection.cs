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
        services.AddValidatorsFromAssemblyContaining<IApplicationMarker>(ServiceLifetime.Scoped);
        services.AddScoped(typeof(IValidator<>), typeof(Common.Validation.StorableTextValidator<>));
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<Bookings.Reserve.ListingForBooking>();
        return services;
    }
}

/// <summary>Names this assembly for scanning (validators, Mediator's generator).</summary>
public interface IApplicationMarker;
