namespace Marketplace.Application.Common.Documents;

/// <summary>How large a kept picture may be (pixels on its longest side) and the JPEG quality (1–100) it is kept at.</summary>
public sealed record PictureFit(int LongestSide, int Quality)
{
    /// <summary>
    /// Pictures with more pixels are refused before they are decoded: 50 megapixels hold a 48 MP phone camera's
    /// full-size photo, and keep a small file that decodes to gigabytes (a decompression bomb) out.
    /// </summary>
    public const long MaxPixels = 50_000_000;

    /// <summary>A profile photo: sharp on a phone and on a desktop page, about 100–300 KB.</summary>
    public static PictureFit Photo { get; } = new(1200, 82);

    /// <summary>A certificate photographed or scanned: its small print stays readable for the verifying admin.</summary>
    public static PictureFit Scan { get; } = new(2400, 85);
}
