using Marketplace.Application.Areas.ListServiceAreas;
using Mediator;

namespace Marketplace.Web.Pages;

/// <summary>Sulawesi Selatan, the first region: area pickers offer its regencies and districts.</summary>
internal static class FirstRegion
{
    public const string ProvinceCode = "73";

    public static async Task<IReadOnlyList<AreaGroup>> AreasAsync(this IMediator mediator, CancellationToken cancellationToken) =>
        await mediator.Send(new ListServiceAreas(ProvinceCode), cancellationToken);
}
