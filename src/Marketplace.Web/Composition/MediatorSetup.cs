using Marketplace.Application;
using Marketplace.Application.Bookings;
using Marketplace.Application.Bookings.View;
using Marketplace.Application.Common.Behaviors;

namespace Marketplace.Web.Composition;

internal static class MediatorSetup
{
    /// <summary>
    /// Scoped, because handlers use the DbContext and validators. Behaviors run in the listed order:
    /// log, validate, access-log the health data a command answers with (after its commit), then open the unit of
    /// work around the handler.
    /// </summary>
    public static IServiceCollection AddUseCases(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddApplication();
        services.AddSingleton(new BookingPolicy(
            configuration.GetValue("Bookings:ResponseTime", BookingPolicy.Default.ResponseTime),
            configuration.GetValue("Bookings:LateCancellationPercent", BookingPolicy.Default.LateCancellationPercent),
            configuration.GetValue("Bookings:HorizonMonths", BookingPolicy.Default.HorizonMonths),
            configuration.GetValue("Bookings:CommissionPercent", BookingPolicy.Default.CommissionPercent),
            configuration.GetValue("Bookings:SocialEnterpriseCommissionPercent", BookingPolicy.Default.SocialEnterpriseCommissionPercent)).Checked());
        services.AddMediator(options =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.Assemblies = [typeof(IApplicationMarker)];
            options.PipelineBehaviors =
            [
                typeof(LoggingBehavior<,>),
                typeof(ValidationBehavior<,>),
                typeof(VisitLogAnswers<,>),
                typeof(UnitOfWorkBehavior<,>),
            ];
        });
        return services;
    }
}
