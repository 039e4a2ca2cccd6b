using Lucene.Net.Store;
using Marketplace.Infrastructure.Search.Lucene;

namespace Marketplace.IntegrationTests.Search;

/// <summary>Stored-fields files are read through the larger buffer; every other file through Lucene's own.</summary>
public sealed class StoredFieldsReadAheadTests : IDisposable
{
    private readonly DirectoryInfo _folder = System.IO.Directory.CreateTempSubdirectory("peduli-read-ahead-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Theory]
    [InlineData("_0.fdt", StoredFieldsReadAhead.BufferBytes)]
    [InlineData("_0.fdx", BufferedIndexInput.BUFFER_SIZE)]
    [InlineData("_0_Lucene41_0.doc", BufferedIndexInput.BUFFER_SIZE)]
    public void AFile_IsReadThroughTheBufferOfItsKind(string name, int bufferBytes)
    {
        File.WriteAllBytes(Path.Combine(_folder.FullName, name), new byte[64 * 1024]);
        using var directory = new StoredFieldsReadAhead(_folder);

        using var input = directory.OpenInput(name, IOContext.READ);
        using var clone = (IndexInput)input.Clone();

        // Stored fields are read through clones, one per reader thread: they keep the buffer.
        Assert.Equal(bufferBytes, ((BufferedIndexInput)input).BufferSize);
        Assert.Equal(bufferBytes, ((BufferedIndexInput)clone).BufferSize);
    }
}
