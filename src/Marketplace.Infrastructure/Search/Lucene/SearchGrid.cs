namespace Marketplace.Infrastructure.Search.Lucene;

/// <summary>
/// The grid a segment's caregivers are grouped by (<see cref="SegmentColumns"/>): cells of <see cref="CellDegrees"/>
/// (about 5.5 km), each cut into <see cref="PartsPerSide"/> × <see cref="PartsPerSide"/> parts (about 0.7 km). A
/// segment is laid out by cell, and within a cell by part, so a part is a range of positions too. A search judges
/// caregivers one by one only where its circle cuts their range; in a city a cell holds thousands, and a wide search
/// around Makassar cut dozens of cells (issue #19: its slowest searches judged 94,000 caregivers at 1,000,000), so a
/// crowded cell the circle cuts is looked at part by part.
/// </summary>
internal static class SearchGrid
{
    /// <summary>About 5.5 km: a search of 5–25 km touches a few dozen cells.</summary>
    public const double CellDegrees = 0.05;

    /// <summary>Parts along each side of a cell: 64 parts of about 0.7 km.</summary>
    public const int PartsPerSide = 8;

    public const double PartDegrees = CellDegrees / PartsPerSide;

    /// <summary>
    /// A cell of more caregivers than this keeps its parts: below it, judging the cell's caregivers one by one costs
    /// about as little as judging its 64 parts (issue #19's engine benchmark).
    /// </summary>
    public const int SplitAbove = 512;

    private const int PartBits = 6;

    /// <summary>The row (of a latitude) or column (of a longitude) of the grid's cells.</summary>
    public static long CellIndex(double degrees) => (long)Math.Floor(degrees / CellDegrees);

    public static long CellKey(long latCell, long lonCell) => (latCell << 32) | (uint)lonCell;

    /// <summary>A key that orders points by cell (<see cref="CellOf"/>), then by part within it (<see cref="PartOf"/>).</summary>
    public static long PartKey(double lat, double lon)
    {
        var (latCell, lonCell) = (CellIndex(lat), CellIndex(lon));
        return (CellKey(latCell, lonCell) << PartBits) | (long)((PartIndex(lat, latCell) * PartsPerSide) + PartIndex(lon, lonCell));
    }

    /// <summary>The <see cref="CellKey"/> of a <see cref="PartKey"/>.</summary>
    public static long CellOf(long partKey) => partKey >> PartBits;

    /// <summary>The row (south to north) and column (west to east) of a <see cref="PartKey"/>'s part within its cell.</summary>
    public static (int Row, int Column) PartOf(long partKey)
    {
        var part = (int)(partKey & ((1 << PartBits) - 1));
        return (part / PartsPerSide, part % PartsPerSide);
    }

    private static int PartIndex(double degrees, long cell) =>
        Math.Clamp((int)Math.Floor(((degrees / CellDegrees) - cell) * PartsPerSide), 0, PartsPerSide - 1);
}

/// <summary>An occupied cell: all its positions, and, when it holds more than <see cref="SearchGrid.SplitAbove"/>, its occupied parts.</summary>
internal sealed record GridCell(CellRange Range, CellPart[] Parts);

/// <summary>One occupied part of a cell, by row (south to north) and column (west to east) within it.</summary>
internal readonly record struct CellPart(int Row, int Column, CellRange Range);
