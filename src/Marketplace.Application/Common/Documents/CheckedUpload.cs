using FluentValidation;
using FluentValidation.Results;
using Marketplace.Application.Common.Ports;

namespace Marketplace.Application.Common.Documents;

/// <summary>
/// An uploaded file read once into memory (uploads are a few megabytes at most), recognised by its first
/// bytes, and kept in the document store only if it is one of the allowed types.
/// </summary>
public static class CheckedUpload
{
    /// <summary>Stores <paramref name="file"/> if <paramref name="allowed"/> accepts its content type; otherwise a 400 on <c>file</c>.</summary>
    public static async Task<StoredUpload> StoreAsync(
        this IDocumentStore documents, Stream file, Func<string, bool> allowed, string refusal, CancellationToken cancellationToken)
    {
        using var content = new MemoryStream();
        await file.CopyToAsync(content, cancellationToken);
        var detected = DocumentContent.Detect(content.GetBuffer().AsSpan(0, (int)Math.Min(content.Length, DocumentContent.HeaderLength)));
        if (detected is not { } type || !allowed(type.ContentType))
        {
            throw new ValidationException([new ValidationFailure("file", refusal)]);
        }

        content.Position = 0;
        var key = await documents.SaveAsync(content, type.Extension, cancellationToken);
        return new StoredUpload(key, type.ContentType, content.Length);
    }
}

public sealed record StoredUpload(string Key, string ContentType, long SizeBytes);
