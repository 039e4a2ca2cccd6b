using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Id;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace Marketplace.Infrastructure.Search.Lucene;

/// <summary>
/// Bahasa Indonesia text: lower case, stop words, then the Indonesian stemmer. Lucene's stemmer takes
/// "perawat", "perawatan" and "keperawatan" to "awat" but "merawat" to "rawat"; the overrides make the
/// verb forms of rawat (to care for) meet the nouns, so a family typing any of them finds the others.
/// </summary>
internal sealed class IndonesianSearchAnalyzer : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private static readonly StemmerOverrideFilter.StemmerOverrideMap Overrides = BuildOverrides();

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new StandardFilter(Version, source);
        stream = new LowerCaseFilter(Version, stream);
        stream = new StopFilter(Version, stream, IndonesianAnalyzer.DefaultStopSet);
        stream = new StemmerOverrideFilter(stream, Overrides);
        stream = new IndonesianStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    private static StemmerOverrideFilter.StemmerOverrideMap BuildOverrides()
    {
        var builder = new StemmerOverrideFilter.Builder(ignoreCase: true);
        foreach (var form in new[] { "rawat", "merawat", "dirawat", "merawatnya", "dirawatnya", "rawatan" })
        {
            builder.Add(form, "awat");
        }

        return builder.Build();
    }
}
