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
        var names = FormsOf(outlet, domain).OrderByDescending(f => f.Length)
            .Select(form => new Regex($@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(form)}(?![\p{{L}}\p{{N}}])",
                form.Any(char.IsUpper) ? RegexOptions.CultureInvariant : RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))
            .ToList();
        var byName = !string.IsNullOrWhiteSpace(author) && author.Trim().Length >= 4
            ? new Regex($@"(?<![\p{{L}}]){Regex.Escape(author.Trim())}(?![\p{{L}}])", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1))
            : null;
        return text =>
        {
            var masked = UrlRegex().Replace(text, "[link]");
            masked = names.Aggregate(masked, (t, name) => name.Replace(t, label));
            // A byline line ("By Christian Calgie", "Posted on: … by TTE") names the author even when the metadata does not.
            masked = BylineRegex().Replace(masked, m => m.Value[..(m.Groups["who"].Index - m.Index)] + "[author]");
            return byName?.Replace(masked, "[author]") ?? masked;
        };
    }

    /// <summary>The spellings that give an outlet away: its name, the name without "The"/"Daily", its initials, its domain and the domain's stem.</summary>
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

    [GeneratedRegex(@"(?:^[ \t]*|\b(?:Posted|Published|Written)\b[^\n]{0,60}?\s)[Bb]y\s+(?<who>\p{Lu}[\p{L}’'.-]*(?:[ \t]+\p{Lu}[\p{L}’'.-]*){0,3})[ \t]*$",
        RegexOptions.Multiline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BylineRegex();

    [GeneratedRegex(@"\b(?:https?://|www\.)[^\s)\]""'<>]+", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex UrlRegex();
}
