using FluentValidation;
using FluentValidation.Results;
using Marketplace.Application.Common.Ports;

namespace Marketplace.Application.Common.Documents;

/// <summary>
/// An uploaded file read once into memory (uploads are <see cref="SharedKernel.FieldLimits.MaxUploadBytes"/> at most)
/// and recognised by its first bytes, so a use case can check every rule (type, the account's quota) before anything is stored.
/// </summary>
public sealed class CheckedUpload
{
    private readonly byte[] _content;

    private CheckedUpload(byte[] content, string contentType, string extension)
    {
        _content = content;
        ContentType = contentType;
        Extension = extension;
    }

    /// <summary>The error code of a validation failure that refuses a file for its size; the API answers it with 413.</summary>
    public const string TooLarge = "file-too-large";

    public string ContentType { get; }

    /// <summary>The file name extension of the detected type, with its dot (".pdf").</summary>
    public string Extension { get; }

    public long SizeBytes => _content.LongLength;

    /// <summary>Reads <paramref name="file"/>; a 400 on <c>file</c> saying <paramref name="refusal"/> unless <paramref name="allowed"/> accepts its content type.</summary>
    public static async Task<CheckedUpload> ReadAsync(Stream file, Func<string, bool> allowed, string refusal, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        var content = buffer.ToArray();
        var detected = DocumentContent.Detect(content.AsSpan(0, Math.Min(content.Length, DocumentContent.HeaderLength)));
        if (detected is not { } type || !allowed(type.ContentType))
        {
            throw new ValidationException([new ValidationFailure("file", refusal)]);
        }

        return new CheckedUpload(content, type.ContentType, type.Extension);
    }

    /// <summary>
    /// This upload as it is to be kept: a picture re-encoded by <paramref name="pictures"/> to <paramref name="fit"/>
    /// (upright, smaller, without its metadata), any other document (a PDF) as it came. A 400 on <c>file</c> saying
    /// <paramref name="unreadable"/> when a picture cannot be decoded.
    /// </summary>
    public CheckedUpload ToKeep(IPictureShrinker pictures, PictureFit fit, string unreadable)
    {
        if (!DocumentContent.IsImage(ContentType))
        {
            return this;
        }

        var shrunk = pictures.ShrinkToJpeg(_content, fit)
            ?? throw new ValidationException([new ValidationFailure("file", unreadable)]);
        return new CheckedUpload(shrunk, "image/jpeg", ".jpg");
    }

    /// <summary>Keeps the file in <paramref name="documents"/> and returns its new key.</summary>
    public async Task<string> StoreAsync(IDocumentStore documents, CancellationToken cancellationToken)
    {
        using var content = new MemoryStream(_content, writable: false);
        return await documents.SaveAsync(content, Extension, cancellationToken);
    }
}
