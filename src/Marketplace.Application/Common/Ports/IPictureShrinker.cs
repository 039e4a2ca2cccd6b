using Marketplace.Application.Common.Documents;

namespace Marketplace.Application.Common.Ports;

/// <summary>
/// Turns a picture as a phone camera or a scanner app made it into one fit to keep and show on the web: upright
/// (its EXIF orientation applied), no larger than its <see cref="PictureFit"/>, and with none of its metadata, so
/// no camera's GPS position (a caregiver's home) and no device details are ever stored or served.
/// </summary>
public interface IPictureShrinker
{
    /// <summary>
    /// The JPEG or PNG in <paramref name="picture"/> re-encoded as a JPEG whose longest side is at most
    /// <see cref="PictureFit.LongestSide"/> pixels (a smaller picture keeps its size), transparent parts on white;
    /// null when it cannot be decoded or has more than <see cref="PictureFit.MaxPixels"/> pixels.
    /// </summary>
    byte[]? ShrinkToJpeg(byte[] picture, PictureFit fit);
}
