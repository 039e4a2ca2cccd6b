using System.Text;
using Marketplace.Application.Common.Documents;

namespace Marketplace.Application.UnitTests.Caregivers;

public sealed class DocumentContentTests
{
    [Theory]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37 }, "application/pdf")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46 }, "image/jpeg")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, "image/png")]
    public void Detect_KnowsTheAllowedTypesByTheirFirstBytes(byte[] header, string contentType)
    {
        Assert.Equal(contentType, DocumentContent.Detect(header)?.ContentType);
    }

    [Theory]
    [InlineData("<html><script>")]
    [InlineData("MZ\u0090\0\u0003\0\0\0")]
    [InlineData("GIF89a")]
    [InlineData("")]
    public void Detect_RefusesEverythingElse(string start)
    {
        Assert.Null(DocumentContent.Detect(Encoding.Latin1.GetBytes(start)));
    }
}
