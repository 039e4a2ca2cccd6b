using Lucene.Net.Index;
using Lucene.Net.Search;
using Marketplace.Application.Search;

namespace Marketplace.Infrastructure.Search.Lucene;

/// <summary>
/// The family's words as a Lucene query: every word must match, in the Indonesian analysis or the English
/// one, and every quoted phrase as a phrase. The other filters are tested by <see cref="CaregiverScan"/>.
/// </summary>
internal static class LuceneCaregiverQuery
{
    /// <summary>The words' query, or null when there are none (or only stop words).</summary>
    public static BooleanQuery? Text(CaregiverSearchQuery search, Func<string, string, IReadOnlyList<string>> analyze)
    {
        var query = new BooleanQuery();
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

        return query.Clauses.Count == 0 ? null : query;
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
