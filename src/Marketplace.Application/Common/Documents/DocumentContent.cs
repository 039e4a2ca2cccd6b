namespace Marketplace.Application.Common.Documents;

/// <summary>
/// Tells a document's type from its first bytes, never from the name or the Content-Type the browser
/// sent, so a renamed executable or an HTML page is refused.
/// </summary>
public static class DocumentContent
{
    public const int HeaderLength = 8;

    private static readonly (byte[] Signature, string ContentType, string Extension)[] Known =
    [
        ("%PDF-"u8.ToArray(), "application/pdf", ".pdf"),
        ([0xFF, 0xD8, 0xFF], "image/jpeg", ".jpg"),
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "image/png", ".png"),
    ];

    public static bool IsImage(string contentType) => contentType.StartsWith("image/", StringComparison.Ordinal);

    /// <summary>The content type and file extension of a PDF, JPEG or PNG; null for anything else.</summary>
    public static (string ContentType, string Extension)? Detect(ReadOnlySpan<byte> header)
    {
        foreach (var (signature, contentType, extension) in Known)
        {
            if (header.StartsWith(signature))
            {
                return (contentType, extension);
            }
        }

        return null;
    }
}
