using System.Text;
using System.Text.RegularExpressions;

namespace BiasDashboard.Analysis.Classroom;

/// <summary>
/// Hides who published a text for a blind reading: the outlet's name and its usual short forms ("The National" →
/// "National", "Middle East Eye" → "MEE"), its web domain and the domain's stem ("express.co.uk", "middleeasteye"),
/// every link, and the author's name (from the metadata, or from a byline line such as "By …" or "Posted on: … by …")
/// are replaced by a neutral label ("Outlet B", "[author]", "[link]").
/// </summary>
public static partial class OutletMasker
{
    /// <summary><paramref name="text"/> with the outlet and author hidden behind <paramref name="label"/>.</summary>
    public static string Mask(string text, string outlet, string? domain, string? author, string label)
    {
        ArgumentNullException.ThrowIfNull(text);
        return For(outlet, domain, author, label)(text);
    }

    /// <summary>
    /// The same masking as <see cref="Mask"/>, with its patterns built once: for masking many sentences of a lesson
    /// without rebuilding a regular expression for every sentence and outlet.
    /// </summary>
    public static Func<string, string> For(string outlet, string? domain, string? author, string label)
    {
        ArgumentNullException.ThrowIfNull(outlet);
        // Names are proper nouns, matched as written ("the national mood" stays); web addresses in any case.
        // A plain scan rather than a pattern with look-arounds: linear in the text, and no pattern built per outlet.
        var names = FormsOf(outlet, domain).OrderByDescending(f => f.Length)
            .Select(form => (Form: form, Comparison: form.Any(char.IsUpper)
                ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase))
            .ToList();
        var byName = !string.IsNullOrWhiteSpace(author) && author.Trim().Length >= 4 ? author.Trim() : null;
        return text =>
        {
            var masked = UrlRegex().Replace(text, "[link]");
            masked = names.Aggregate(masked, (t, name) => ReplaceWhole(t, name.Form, name.Comparison, char.IsLetterOrDigit, label));
            // A byline line ("By Christian Calgie", "Posted on: … by TTE") names the author even when the metadata does not.
            masked = BylineRegex().Replace(masked, m => m.Value[..(m.Groups["who"].Index - m.Index)] + "[author]");
            return byName is null ? masked : ReplaceWhole(masked, byName, StringComparison.OrdinalIgnoreCase, char.IsLetter, "[author]");
        };
    }

    /// <summary>The spellings that give an outlet away: its name, the name without "The"/"Daily", its initials, its domain and the domain's
    /// stem.</summary>
    public static IReadOnlyList<string> FormsOf(string outlet, string? domain)
    {
        var forms = new List<string> { outlet.Trim() };
        var words = outlet.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var core = words.SkipWhile(w => w is "The" or "the" or "Daily" or "Sunday").ToArray();
        if (core.Length > 0 && core.Length < words.Length && string.Join(' ', core).Length >= 5)
        {
            forms.Add(string.Join(' ', core)); // "The National" → "National", "Daily Express" → "Express"
        }

        if (words.Length >= 3)
        {
            forms.Add(string.Concat(words.Select(w => char.ToUpperInvariant(w[0])))); // "Middle East Eye" → "MEE"
        }

        if (!string.IsNullOrWhiteSpace(domain))
        {
            var host = domain.Trim().ToLowerInvariant();
            forms.Add(host);
            var stem = host.Split('.')[0];
            if (stem == "www" && host.Split('.').Length > 1)
            {
                stem = host.Split('.')[1];
            }

            // A stem that is a plain word ("express") would hide that word everywhere; only a run-together one ("middleeasteye") is masked.
            if (stem.Length >= 5 && !forms.Any(f => f.Equals(stem, StringComparison.OrdinalIgnoreCase)))
            {
                forms.Add(stem);
            }
        }

        return forms.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    // Replaces each occurrence of `form` that is not part of a longer word (no `inWord` character either side) with `with`.
    private static string ReplaceWhole(string text, string form, StringComparison comparison, Func<char, bool> inWord, string with)
    {
        if (form.Length == 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var copied = 0;
        for (var at = text.IndexOf(form, comparison); at >= 0; at = text.IndexOf(form, at + 1, comparison))
        {
            var end = at + form.Length;
            if (at < copied || at > 0 && inWord(text[at - 1]) || end < text.Length && inWord(text[end]))
            {
                continue;
            }

            builder.Append(text, copied, at - copied).Append(with);
            copied = end;
        }

        return copied == 0 ? text : builder.Append(text, copied, text.Length - copied).ToString();
    }

    [GeneratedRegex(@"(?:^[ \t]*|\b(?:Posted|Published|Written)\b[^\n]{0,60}?\s)[Bb]y\s+(?<who>\p{Lu}[\p{L}’'.-]*(?:[ " +
        @"\t]+\p{Lu}[\p{L}’'.-]*){0,3})[ \t]*$",
        RegexOptions.Multiline | RegexOptions.NonBacktracking)]
    private static partial Regex BylineRegex();

    [GeneratedRegex(@"\b(?:https?://|www\.)[^\s)\]""'<>]+", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex UrlRegex();
}
