using System.Text;

namespace Marketplace.IntegrationTests.Localization;

/// <summary>
/// The regular and interpolated string literals of a C# file, as written (escapes and holes kept), found by
/// walking its characters: comments, character literals, verbatim and raw strings are stepped over, and the
/// holes of an interpolated string may hold strings of their own (<c>$"{string.Join(", ", x)}"</c>).
/// </summary>
internal static class CSharpLiterals
{
    public static IEnumerable<Literal> Of(string source)
    {
        var i = 0;
        while (i < source.Length)
        {
            var c = source[i];
            if (c == '/' && At(source, i + 1) == '/')
            {
                i = source.IndexOf('\n', i) is var end and >= 0 ? end : source.Length;
            }
            else if (c == '/' && At(source, i + 1) == '*')
            {
                i = source.IndexOf("*/", i + 2, StringComparison.Ordinal) is var end and >= 0 ? end + 2 : source.Length;
            }
            else if (c == '\'')
            {
                i = SkipQuoted(source, i, '\'');
            }
            else if (c == '"' && At(source, i + 1) == '"' && At(source, i + 2) == '"')
            {
                i = SkipRaw(source, i);
            }
            else if (c is '@' or '$' && Prefix(source, i) is { Length: > 0 } prefix && At(source, i + prefix.Length) == '"')
            {
                var start = i;
                i += prefix.Length;
                if (prefix.Contains('@', StringComparison.Ordinal))
                {
                    i = SkipVerbatim(source, i);
                }
                else if (At(source, i + 1) == '"' && At(source, i + 2) == '"')
                {
                    i = SkipRaw(source, i);
                }
                else
                {
                    var (text, next) = ReadInterpolated(source, i);
                    yield return new Literal(start, text, Interpolated: true);
                    i = next;
                }
            }
            else if (c == '"')
            {
                var next = SkipQuoted(source, i, '"');
                yield return new Literal(i, source[(i + 1)..(next - 1)], Interpolated: false);
                i = next;
            }
            else
            {
                i++;
            }
        }
    }

    private static char At(string source, int i) => i < source.Length ? source[i] : '\0';

    private static string Prefix(string source, int i) =>
        At(source, i) == '$' && At(source, i + 1) == '@' ? "$@"
        : At(source, i) == '@' && At(source, i + 1) == '$' ? "@$"
        : At(source, i) is '$' or '@' ? source[i].ToString()
        : string.Empty;

    /// <summary>The index after a quoted literal with backslash escapes, starting at its opening quote.</summary>
    private static int SkipQuoted(string source, int i, char quote)
    {
        for (i++; i < source.Length; i++)
        {
            if (source[i] == '\\')
            {
                i++;
            }
            else if (source[i] == quote || source[i] == '\n')
            {
                return i + 1;
            }
        }

        return i;
    }

    private static int SkipVerbatim(string source, int i)
    {
        for (i++; i < source.Length; i++)
        {
            if (source[i] == '"')
            {
                if (At(source, i + 1) != '"')
                {
                    return i + 1;
                }

                i++;
            }
        }

        return i;
    }

    private static int SkipRaw(string source, int i)
    {
        var quotes = 0;
        while (At(source, i + quotes) == '"')
        {
            quotes++;
        }

        var close = source.IndexOf(new string('"', quotes), i + quotes, StringComparison.Ordinal);
        return close < 0 ? source.Length : close + quotes;
    }

    /// <summary>An interpolated literal's text as written, starting at its opening quote; holes are kept, with the strings inside them.</summary>
    private static (string Text, int Next) ReadInterpolated(string source, int i)
    {
        var text = new StringBuilder();
        for (i++; i < source.Length; i++)
        {
            var c = source[i];
            if (c == '\\')
            {
                text.Append(c).Append(At(source, i + 1));
                i++;
            }
            else if (c == '{' && At(source, i + 1) == '{')
            {
                text.Append("{{");
                i++;
            }
            else if (c == '{')
            {
                var end = SkipHole(source, i);
                text.Append(source, i, end - i);
                i = end - 1;
            }
            else if (c is '"' or '\n')
            {
                return (text.ToString(), i + 1);
            }
            else
            {
                text.Append(c);
            }
        }

        return (text.ToString(), i);
    }

    /// <summary>The index after a hole that opens at <paramref name="i"/>, stepping over the strings inside it.</summary>
    private static int SkipHole(string source, int i)
    {
        var depth = 0;
        for (; i < source.Length; i++)
        {
            switch (source[i])
            {
                case '{':
                    depth++;
                    break;
                case '}':
                    if (--depth == 0)
                    {
                        return i + 1;
                    }

                    break;
                case '"':
                    i = SkipQuoted(source, i, '"') - 1;
                    break;
            }
        }

        return i;
    }
}

/// <summary>A literal found at <see cref="Start"/>, its text as written between the quotes.</summary>
internal sealed record Literal(int Start, string Text, bool Interpolated);
