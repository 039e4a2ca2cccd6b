using Marketplace.Application.Areas.ListServiceAreas;
using Mediator;

namespace Marketplace.Web.Pages;

/// <summary>Sulawesi Selatan, the first region: area pickers offer its regencies and districts.</summary>
internal static class FirstRegion
{
    public const string ProvinceCode = "73";

    /// <summary>Kota Makassar's centre, where a map opens while no point is typed yet.</summary>
    public const string CentreLatitude = "-5.1477";

    public const string CentreLongitude = "119.4327";

    public static async Task<IReadOnlyList<AreaGroup>> AreasAsync(this IMediator mediator, CancellationToken cancellationToken) =>
        await mediator.Send(new ListServiceAreas(ProvinceCode), cancellationToken);
}
