using System.Text;

namespace BiasDashboard.Web.Events;

/// <summary>Readable ids for new events: "Commons vote on Gaza" → "commons-vote-on-gaza".</summary>
public static class Slug
{
    public static string From(string title, int maxLength = 60)
    {
        var builder = new StringBuilder();
        foreach (var c in title.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-' && (char.IsWhiteSpace(c) || c is '-' or '_' or '/' or '.'))
            {
                builder.Append('-');
            }

            if (builder.Length >= maxLength)
            {
                break;
            }
        }

        var slug = builder.ToString().Trim('-');
        return slug.Length == 0 ? "event" : slug;
    }
}
