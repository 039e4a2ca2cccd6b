using Lucene.Net.Index;
using Lucene.Net.Search;
using Marketplace.Application.Search;

namespace Marketplace.Infrastructure.Search.Lucene;

/// <summary>Turns a search into a Lucene query: scored text clauses, and filters that do not score.</summary>
internal static class LuceneCaregiverQuery
{
    public static Query Build(CaregiverSearchQuery search, Func<string, string, IReadOnlyList<string>> analyze)
    {
        var query = new BooleanQuery { { new ConstantScoreQuery(Filters(search)) { Boost = 0 }, Occur.MUST } };
        var (words, phrases) = SearchText.Split(search.Text);
        foreach (var word in words)
        {
            if (TextClause(word, analyze) is { } clause)
            {
                query.Add(clause, Occur.MUST);
            }
        }

        foreach (var phrase in phrases)
        {
            if (PhraseClause(phrase, analyze) is { } clause)
            {
                query.Add(clause, Occur.MUST);
            }
        }

        return query;
    }

    private static BooleanQuery Filters(CaregiverSearchQuery search)
    {
        var box = Distance.BoundingBox(search.Lat, search.Lon, search.RadiusKm);
        var filters = new BooleanQuery
        {
            { NumericRangeQuery.NewDoubleRange(CaregiverFields.Lat, box.MinLat, box.MaxLat, true, true), Occur.MUST },
            { NumericRangeQuery.NewDoubleRange(CaregiverFields.Lon, box.MinLon, box.MaxLon, true, true), Occur.MUST },
        };
        foreach (var skill in search.Skills)
        {
            filters.Add(new TermQuery(new Term(CaregiverFields.Skill, skill)), Occur.MUST);
        }

        if (search.Languages.Count > 0)
        {
            // Any one of the languages will do: the family needs to be understood, not all of them.
            var anyLanguage = new BooleanQuery();
            foreach (var language in search.Languages)
            {
                anyLanguage.Add(new TermQuery(new Term(CaregiverFields.Language, language)), Occur.SHOULD);
            }

            filters.Add(anyLanguage, Occur.MUST);
        }

        if (search.MaxRateIdr is { } maxRate)
        {
            filters.Add(NumericRangeQuery.NewInt64Range(CaregiverFields.Rate, null, maxRate, true, true), Occur.MUST);
        }

        if (search.VerifiedOnly)
        {
            filters.Add(new TermQuery(new Term(CaregiverFields.Verified, CaregiverFields.Yes)), Occur.MUST);
        }

        return filters;
    }

    /// <summary>A word matches in the Indonesian analysis or the English one; a stop word adds no clause.</summary>
    private static BooleanQuery? TextClause(string word, Func<string, string, IReadOnlyList<string>> analyze)
    {
        var either = new BooleanQuery();
        foreach (var field in new[] { CaregiverFields.Text, CaregiverFields.TextEn })
        {
            foreach (var term in analyze(field, word))
            {
                either.Add(new TermQuery(new Term(field, term)), Occur.SHOULD);
            }
        }

        return either.Clauses.Count == 0 ? null : either;
    }

    private static PhraseQuery? PhraseClause(string phrase, Func<string, string, IReadOnlyList<string>> analyze)
    {
        var terms = analyze(CaregiverFields.Text, phrase);
        if (terms.Count == 0)
        {
            return null;
        }

        var query = new PhraseQuery();
        foreach (var term in terms)
        {
            query.Add(new Term(CaregiverFields.Text, term));
        }

        return query;
    }
}
