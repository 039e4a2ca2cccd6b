using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.Analysis;
using Elastic.Clients.Elasticsearch.IndexManagement;
using Elastic.Clients.Elasticsearch.Mapping;

namespace Marketplace.Infrastructure.Search.Elasticsearch;

/// <summary>How a caregiver index is defined: the fields of <see cref="CaregiverSource"/> and their analysis.</summary>
internal static class CaregiverMapping
{
    private const string IndonesianAnalyzer = "peduli_indonesian";

    /// <summary>
    /// A request creating <paramref name="index"/>. Strict mappings (a typo in a field name fails loudly instead of
    /// adding a field). The text analysis matches the embedded engine's: Indonesian stop words and stemmer, with the
    /// forms of "rawat" made to meet "perawat" and "perawatan", and an English copy of the text.
    /// </summary>
    public static CreateIndexRequest CreateIndex(IndexName index) => new(index)
    {
        Settings = new IndexSettings
        {
            Analysis = new IndexSettingsAnalysis
            {
                TokenFilters = new TokenFilters
                {
                    ["indonesian_stop"] = new StopTokenFilter { Stopwords = new(StopWordLanguage.Indonesian) },
                    ["rawat_forms"] = new StemmerOverrideTokenFilter { Rules = ["rawat, merawat, dirawat, merawatnya, dirawatnya, rawatan => awat"] },
                    ["indonesian_stemmer"] = new StemmerTokenFilter { Language = "indonesian" },
                },
                Analyzers = new Analyzers
                {
                    [IndonesianAnalyzer] = new CustomAnalyzer
                    {
                        Tokenizer = "standard",
                        Filter = ["lowercase", "indonesian_stop", "rawat_forms", "indonesian_stemmer"],
                    },
                },
            },
        },
        Mappings = new TypeMapping
        {
            Dynamic = DynamicMapping.Strict,
            Properties = new Properties
            {
                ["id"] = new KeywordProperty(),
                ["name"] = new KeywordProperty { Index = false },
                ["text"] = new TextProperty
                {
                    Analyzer = IndonesianAnalyzer,
                    Fields = new Properties { ["en"] = new TextProperty { Analyzer = "english" } },
                },
                ["location"] = new GeoPointProperty(),
                ["serviceRadiusKm"] = new IntegerNumberProperty(),
                ["skills"] = new KeywordProperty(),
                ["languages"] = new KeywordProperty(),
                ["hourlyRateIdr"] = new LongNumberProperty(),
                ["verified"] = new BooleanProperty(),
                ["rating"] = new DoubleNumberProperty { Index = false },
                ["reviewCount"] = new IntegerNumberProperty { Index = false },
                ["ratingRank"] = new DoubleNumberProperty(),
                ["weekly"] = new IntegerRangeProperty(),
                ["busy"] = new DateRangeProperty { Format = "epoch_millis" },
            },
        },
    };
}
