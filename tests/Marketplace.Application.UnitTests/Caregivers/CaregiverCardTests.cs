using Marketplace.Application.Caregivers;

namespace Marketplace.Application.UnitTests.Caregivers;

public sealed class CaregiverCardTests
{
    [Fact]
    public void LineOf_AShortBio_IsTheBioItself() =>
        Assert.Equal("Sabar dan tepat waktu.", CaregiverCard.LineOf("  Sabar dan tepat waktu.  "));

    [Fact]
    public void LineOf_ABioOfSeveralLines_IsItsFirstLine() =>
        Assert.Equal("Pendamping lansia di Tamalate.", CaregiverCard.LineOf("Pendamping lansia di Tamalate.\r\nPengalaman 8 tahun."));

    [Fact]
    public void LineOf_ALongBio_IsCutAtAWordAndEndedWithAnEllipsis()
    {
        var bio = string.Join(' ', Enumerable.Repeat("Pendamping bersertifikat,", 10));

        var line = CaregiverCard.LineOf(bio);

        Assert.True(line.Length <= CaregiverCard.BioLineMaxLength, line);
        Assert.EndsWith("…", line, StringComparison.Ordinal);
        Assert.StartsWith(line[..^1], bio, StringComparison.Ordinal);
        Assert.Contains(bio[line.Length - 1], " ,");
    }

    [Fact]
    public void LineOf_ALongWordWithoutSpaces_IsCutAtTheLimit() =>
        Assert.Equal(CaregiverCard.BioLineMaxLength, CaregiverCard.LineOf(new string('a', 500)).Length);

    [Fact]
    public void LineOf_AnEmptyBio_IsEmpty() => Assert.Equal("", CaregiverCard.LineOf(""));
}
