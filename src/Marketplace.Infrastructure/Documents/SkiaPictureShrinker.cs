using Marketplace.Application.Common.Documents;
using Marketplace.Application.Common.Ports;
using SkiaSharp;

namespace Marketplace.Infrastructure.Documents;

/// <summary>
/// Shrinks pictures with SkiaSharp. Only the pixels go into the new JPEG: the encoder writes no EXIF, XMP or
/// comment, so what the camera recorded (GPS position, device, time) is left behind with the original bytes.
/// </summary>
internal sealed class SkiaPictureShrinker : IPictureShrinker
{
    public byte[]? ShrinkToJpeg(byte[] picture, PictureFit fit)
    {
        using var data = SKData.CreateCopy(picture);
        using var codec = SKCodec.Create(data);
        if (codec is null || (long)codec.Info.Width * codec.Info.Height > PictureFit.MaxPixels)
        {
            return null;
        }

        var decoded = Decode(codec, fit.LongestSide);
        if (decoded is null)
        {
            return null;
        }

        using var fitted = Fitted(decoded, fit.LongestSide);
        using var upright = Upright(fitted, codec.EncodedOrigin);
        using var encoded = upright.PeekPixels().Encode(new SKJpegEncoderOptions(fit.Quality, SKJpegEncoderDownsample.Downsample420, SKJpegEncoderAlphaOption.Ignore));
        return encoded?.ToArray();
    }

    /// <summary>
    /// Decodes at the smallest size the codec can give directly that is still no smaller than the fit (a JPEG decodes
    /// at 1/2, 1/4 or 1/8), so a 12 MP photo never takes 48 MB of memory; into sRGB, as browsers show pictures.
    /// </summary>
    private static SKBitmap? Decode(SKCodec codec, int longestSide)
    {
        var size = DecodedSize(codec, longestSide);
        var info = new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Premul, SKColorSpace.CreateSrgb());
        var bitmap = new SKBitmap(info);
        var result = codec.GetPixels(info, bitmap.GetPixels());

        // An incomplete picture (a cut-off upload) decodes what there is; the rest is blank, as a browser shows it.
        if (result is SKCodecResult.Success or SKCodecResult.IncompleteInput)
        {
            return bitmap;
        }

        bitmap.Dispose();
        return null;
    }

    /// <summary>The smallest size the codec decodes to whose longest side still reaches <paramref name="longestSide"/> (it rounds scales down).</summary>
    private static SKSizeI DecodedSize(SKCodec codec, int longestSide)
    {
        for (var eighths = 1; eighths < 8; eighths++)
        {
            var size = codec.GetScaledDimensions(eighths / 8f);
            if (Math.Max(size.Width, size.Height) >= longestSide)
            {
                return size;
            }
        }

        return codec.Info.Size;
    }

    /// <summary>
    /// Halves the bitmap while it is more than twice the fit (each halving averages 2×2 pixels, so fine detail does
    /// not alias), then scales the rest of the way with a cubic filter. Takes <paramref name="decoded"/> over: it is
    /// disposed once replaced.
    /// </summary>
    private static SKBitmap Fitted(SKBitmap decoded, int longestSide)
    {
        var current = decoded;
        while (Math.Max(current.Width, current.Height) > 2 * longestSide)
        {
            current = Replace(current, current.Resize(new SKSizeI(Math.Max(1, current.Width / 2), Math.Max(1, current.Height / 2)),
                new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.None)));
        }

        var factor = Math.Min(1d, (double)longestSide / Math.Max(current.Width, current.Height));
        if (factor < 1d)
        {
            var size = new SKSizeI(Math.Max(1, (int)Math.Round(current.Width * factor)), Math.Max(1, (int)Math.Round(current.Height * factor)));
            current = Replace(current, current.Resize(size, new SKSamplingOptions(SKCubicResampler.Mitchell)));
        }

        return current;
    }

    private static SKBitmap Replace(SKBitmap old, SKBitmap? next)
    {
        old.Dispose();
        return next ?? throw new InvalidOperationException("SkiaSharp could not resize a decoded picture.");
    }

    /// <summary>
    /// The bitmap turned as its EXIF orientation says it is to be seen (a phone held upright stores its photo on its
    /// side), drawn on white so a transparent PNG does not turn black in the JPEG.
    /// </summary>
    private static SKBitmap Upright(SKBitmap bitmap, SKEncodedOrigin origin)
    {
        var (width, height) = (bitmap.Width, bitmap.Height);
        var turned = origin >= SKEncodedOrigin.LeftTop;
        var upright = new SKBitmap(bitmap.Info.WithSize(turned ? height : width, turned ? width : height));
        using var canvas = new SKCanvas(upright);
        canvas.Clear(SKColors.White);
        canvas.SetMatrix(Orientation(origin, width, height));

        // Every pixel lands on a whole pixel: nothing to blend.
        canvas.DrawBitmap(bitmap, 0, 0, new SKSamplingOptions(SKFilterMode.Nearest), null);
        return upright;
    }

    /// <summary>The matrix that maps a stored pixel (x, y) of a <paramref name="width"/>×<paramref name="height"/> bitmap to where it is seen.</summary>
    private static SKMatrix Orientation(SKEncodedOrigin origin, int width, int height) => origin switch
    {
        SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, width, 0, 1, 0, 0, 0, 1),
        SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, width, 0, -1, height, 0, 0, 1),
        SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, height, 0, 0, 1),
        SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
        SKEncodedOrigin.RightTop => new SKMatrix(0, -1, height, 1, 0, 0, 0, 0, 1),
        SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, height, -1, 0, width, 0, 0, 1),
        SKEncodedOrigin.LeftBottom => new SKMatrix(0, 1, 0, -1, 0, width, 0, 0, 1),
        _ => SKMatrix.Identity,
    };
}
