using System.Net;
using System.Text;

namespace Marketplace.Application.Notifications;

/// <summary>The HTML alternative of a plain-text body: each paragraph (text between blank lines) a <c>p</c>, every character encoded.</summary>
public static class HtmlParagraphs
{
    /// <summary>Returns <paramref name="text"/> as HTML paragraphs; line breaks inside a paragraph become <c>br</c>.</summary>
    public static string From(string text)
    {
        var html = new StringBuilder();
        foreach (var paragraph in text.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            html.Append("<p>").AppendJoin("<br>", paragraph.Split('\n').Select(WebUtility.HtmlEncode)).Append("</p>\n");
        }

        return html.ToString();
    }
}
