using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Families;

/// <summary>Where care is given: an official district code, a street line and the point on the map.</summary>
public sealed record RecipientAddress
{
    public RecipientAddress(AreaCode areaCode, string line, GeoPoint point)
    {
        AreaCode = areaCode;
        Line = line;
        Point = point;
    }

    // EF Core sets Point (a nested complex property) after construction.
    private RecipientAddress(AreaCode areaCode, string line)
    {
        AreaCode = areaCode;
        Line = line;
        Point = null!;
    }

    public AreaCode AreaCode { get; private set; }

    public string Line { get; private set; }

    public GeoPoint Point { get; private set; }
}
