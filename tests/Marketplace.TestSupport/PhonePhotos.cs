using System.Buffers.Binary;
using System.Text;
using SkiaSharp;

namespace Marketplace.TestSupport;

/// <summary>
/// Pictures as a phone camera stores them: large, noisy (so they weigh megabytes, as real photos do), stored on their
/// side with an EXIF orientation that turns them upright, and carrying the GPS position where they were taken.
/// </summary>
public static class PhonePhotos
{
    /// <summary>EXIF orientation 6: the stored picture is seen turned 90° clockwise (a phone held upright).</summary>
    public const ushort TurnedClockwise = 6;

    /// <summary>Where the test photos say they were taken: a house in Tamalate, Makassar.</summary>
    public const double Latitude = -5.1977;
    public const double Longitude = 119.4213;

    /// <summary>
    /// A <paramref name="width"/>×<paramref name="height"/> JPEG as stored, with EXIF <paramref name="orientation"/> and
    /// GPS tags. Its stored top-left quarter is red and the rest grey-blue, so a test can tell where that corner went.
    /// </summary>
    public static byte[] Jpeg(int width, int height, ushort orientation = TurnedClockwise, int quality = 92)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        var pixels = bitmap.GetPixelSpan();
        var noise = new byte[width * height];
        new Random(14).NextBytes(noise);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var red = x < width / 2 && y < height / 2;
                var grain = (noise[(y * width) + x] % 49) - 24;
                var at = ((y * width) + x) * 4;
                pixels[at] = Channel((red ? 220 : 90) + grain);
                pixels[at + 1] = Channel((red ? 30 : 110) + grain);
                pixels[at + 2] = Channel((red ? 30 : 150) + grain);
                pixels[at + 3] = 255;
            }
        }

        using var encoded = bitmap.PeekPixels().Encode(new SKJpegEncoderOptions(quality, SKJpegEncoderDownsample.Downsample420, SKJpegEncoderAlphaOption.Ignore))
            ?? throw new InvalidOperationException("SkiaSharp could not encode the test photo.");
        return WithExif(encoded.ToArray(), orientation);
    }

    /// <summary>The APP1 segments (EXIF, XMP) and comment segments of a JPEG, where cameras and editors write metadata.</summary>
    public static IReadOnlyList<byte[]> MetadataSegments(byte[] jpeg)
    {
        var found = new List<byte[]>();
        var at = 2;
        while (at + 4 <= jpeg.Length && jpeg[at] == 0xFF && jpeg[at + 1] != 0xDA)
        {
            var length = BinaryPrimitives.ReadUInt16BigEndian(jpeg.AsSpan(at + 2));
            if (jpeg[at + 1] is 0xE1 or 0xFE)
            {
                found.Add(jpeg[(at + 4)..(at + 2 + length)]);
            }

            at += 2 + length;
        }

        return found;
    }

    /// <summary>The width and height a picture is stored at.</summary>
    public static (int Width, int Height) SizeOf(byte[] picture)
    {
        var info = SKBitmap.DecodeBounds(picture);
        return (info.Width, info.Height);
    }

    /// <summary>The colour of the pixel at a fraction of the picture's width and height (0.1, 0.1 is near its top-left corner).</summary>
    public static SKColor ColourAt(byte[] picture, double across, double down)
    {
        using var bitmap = SKBitmap.Decode(picture) ?? throw new ArgumentException("Not a picture.", nameof(picture));
        return bitmap.GetPixel((int)(bitmap.Width * across), (int)(bitmap.Height * down));
    }

    private static byte Channel(int value) => (byte)Math.Clamp(value, 0, 255);

    /// <summary>Puts an EXIF APP1 segment (orientation, GPS latitude and longitude) right after the JPEG's start marker.</summary>
    private static byte[] WithExif(byte[] jpeg, ushort orientation)
    {
        var tiff = ExifTiff(orientation);
        var segment = new byte[4 + 6 + tiff.Length];
        segment[0] = 0xFF;
        segment[1] = 0xE1;
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), (ushort)(2 + 6 + tiff.Length));
        Encoding.ASCII.GetBytes("Exif\0\0").CopyTo(segment, 4);
        tiff.CopyTo(segment, 10);
        return [.. jpeg[..2], .. segment, .. jpeg[2..]];
    }

    /// <summary>A big-endian TIFF block: IFD0 with Orientation and a GPS IFD pointer; the GPS IFD with S/E degrees, minutes, seconds.</summary>
    private static byte[] ExifTiff(ushort orientation)
    {
        const int ifd0 = 8, ifd0Entries = 2, gpsIfd = ifd0 + 2 + (ifd0Entries * 12) + 4, gpsEntries = 4;
        const int latitudeAt = gpsIfd + 2 + (gpsEntries * 12) + 4, longitudeAt = latitudeAt + 24;
        var tiff = new byte[longitudeAt + 24];
        var span = tiff.AsSpan();
        "MM"u8.CopyTo(span);
        BinaryPrimitives.WriteUInt16BigEndian(span[2..], 42);
        BinaryPrimitives.WriteUInt32BigEndian(span[4..], ifd0);

        BinaryPrimitives.WriteUInt16BigEndian(span[ifd0..], ifd0Entries);
        Entry(span[(ifd0 + 2)..], 0x0112, 3, 1, (uint)orientation << 16);
        Entry(span[(ifd0 + 14)..], 0x8825, 4, 1, gpsIfd);

        BinaryPrimitives.WriteUInt16BigEndian(span[gpsIfd..], gpsEntries);
        Entry(span[(gpsIfd + 2)..], 0x0001, 2, 2, (uint)'S' << 24);
        Entry(span[(gpsIfd + 14)..], 0x0002, 5, 3, latitudeAt);
        Entry(span[(gpsIfd + 26)..], 0x0003, 2, 2, (uint)'E' << 24);
        Entry(span[(gpsIfd + 38)..], 0x0004, 5, 3, longitudeAt);
        DegreesMinutesSeconds(span[latitudeAt..], Math.Abs(Latitude));
        DegreesMinutesSeconds(span[longitudeAt..], Math.Abs(Longitude));
        return tiff;
    }

    private static void Entry(Span<byte> at, ushort tag, ushort type, uint count, uint valueOrOffset)
    {
        BinaryPrimitives.WriteUInt16BigEndian(at, tag);
        BinaryPrimitives.WriteUInt16BigEndian(at[2..], type);
        BinaryPrimitives.WriteUInt32BigEndian(at[4..], count);
        BinaryPrimitives.WriteUInt32BigEndian(at[8..], valueOrOffset);
    }

    private static void DegreesMinutesSeconds(Span<byte> at, double value)
    {
        var degrees = (uint)value;
        var minutes = (uint)((value - degrees) * 60);
        var hundredthsOfSeconds = (uint)Math.Round((((value - degrees) * 60) - minutes) * 6000);
        uint[] parts = [degrees, 1, minutes, 1, hundredthsOfSeconds, 100];
        for (var i = 0; i < parts.Length; i++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(at[(i * 4)..], parts[i]);
        }
    }
}
