using Lucene.Net.Store;

namespace Marketplace.Infrastructure.Search.Lucene;

/// <summary>
/// NIOFSDirectory reading the stored-fields files (<c>.fdt</c>) through a 16 KiB buffer instead of Lucene's 1 KiB.
/// Reading a result page's stored fields refilled the 1 KiB buffer several times per document, each refill a
/// <c>pread</c> and often an <c>fstat</c>; a chunk of them is compressed from 16 KiB, so one read now takes in what
/// took several. In a profile of the engine benchmark at 1,000,000 caregivers (2026-12-03) the reads fell from 11.5 %
/// to 6.7 % of the engine's CPU, and the page's stored fields from 25.9 % to 21.0 %; at 100,000 the engine answered
/// about a third more searches a second (docs/benchmarks.md).
/// </summary>
internal sealed class StoredFieldsReadAhead(DirectoryInfo folder) : NIOFSDirectory(folder)
{
    /// <summary>The buffer of a stored-fields input, in bytes: the size of the chunks Lucene compresses them in.</summary>
    public const int BufferBytes = 16 * 1024;

    public override IndexInput OpenInput(string name, IOContext context)
    {
        var input = base.OpenInput(name, context);
        if (input is BufferedIndexInput buffered && name.EndsWith(".fdt", StringComparison.Ordinal))
        {
            buffered.SetBufferSize(BufferBytes);
        }

        return input;
    }
}
