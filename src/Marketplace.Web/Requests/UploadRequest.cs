using Marketplace.Application.SharedKernel;

namespace Marketplace.Web.Requests;

/// <summary>The request limits of an endpoint that takes one uploaded file (a profile photo, a certificate scan).</summary>
internal static class UploadRequest
{
    /// <summary>
    /// How many bytes such an endpoint reads: four times the largest file taken (<see cref="FieldLimits.MaxUploadBytes"/>).
    /// A file a little too large (a 20 MB photo) is read whole and refused beside its field, which a browser shows; an
    /// answer sent while the browser is still sending is often shown as a broken connection instead. Past this, the
    /// request is refused unread (<see cref="OversizedBodyFilter"/>).
    /// </summary>
    public const long MaxBytes = 4 * FieldLimits.MaxUploadBytes;
}
