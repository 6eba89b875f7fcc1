using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using BiasDashboard.Analysis.Events;
using BiasDashboard.Web.Data.Entities;

namespace BiasDashboard.Web.Events;

/// <summary>
/// The event matcher's terms of an article as the store keeps them (<see cref="ArticleMatchTerms"/>): counted once
/// from the stored headline and body when the article is stored, and read back exactly
/// (<see cref="ArticleTerms.FromStored"/>), so grouping against stored articles gives the same result as counting
/// their bodies again, without reading them.
/// </summary>
public static class StoredTerms
{
    /// <summary>
    /// The term rules' version; raise it when <see cref="ArticleTerms.Of"/> changes, and the backfill counts every article again.
    /// </summary>
    public const int Version = 1;

    /// <summary>The row to store beside an article with headline <paramref name="title"/> and body <paramref name="body"/>.</summary>
    public static ArticleMatchTerms For(string title, string body) => new()
    {
        Version = Version,
        Terms = Encode(ArticleTerms.Of(title, body))
    };

    /// <summary>
    /// One line per term, <c>term TAB count TAB kind TAB surface</c>, the surface left empty when it is the term itself
    /// (most words are written in lower case): about the size of the text's vocabulary. Terms never hold tabs or line
    /// breaks (the tokenizer splits on white space); should one ever, the four lists are written as JSON instead.
    /// </summary>
    public static string Encode(ArticleTerms terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var surfaces = terms.Surfaces
            .Select((s, n) => string.Equals(s, terms.Terms[n], StringComparison.Ordinal) ? string.Empty : s).ToArray();
        if (terms.Terms.Concat(surfaces).Any(t => t.AsSpan().IndexOfAny('\t', '\n') >= 0))
        {
            return JsonSerializer.Serialize(
                new Lists([.. terms.Terms], [.. terms.Counts], terms.Kinds.Select(k => (int)k).ToArray(), surfaces),
                StoredTermsJson.Default.Lists);
        }

        var text = new System.Text.StringBuilder();
        for (var n = 0; n < terms.Terms.Count; n++)
        {
            text.Append(terms.Terms[n]).Append('\t').Append(terms.Counts[n].ToString("R", CultureInfo.InvariantCulture)).Append('\t')
                .Append((int)terms.Kinds[n]).Append('\t').Append(surfaces[n]).Append('\n');
        }

        return text.ToString();
    }

    public static ArticleTerms Decode(string stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (stored.StartsWith('{'))
        {
            var lists = JsonSerializer.Deserialize(stored, StoredTermsJson.Default.Lists)
                ?? throw new FormatException("Stored terms are empty.");
            return ArticleTerms.FromStored(lists.T, lists.C, lists.K.Select(k => (TermKind)k).ToArray(),
                lists.S.Select((s, n) => s.Length == 0 ? lists.T[n] : s).ToArray());
        }

        var (terms, counts, kinds, surfaces) = (new List<string>(), new List<float>(), new List<TermKind>(), new List<string>());
        Span<Range> fields = stackalloc Range[5];
        var rest = stored.AsSpan();
        while (!rest.IsEmpty)
        {
            var end = rest.IndexOf('\n');
            var line = end < 0 ? rest : rest[..end];
            rest = end < 0 ? [] : rest[(end + 1)..];
            if (line.Split(fields, '\t') != 4)
            {
                throw new FormatException("A stored term line has not four fields.");
            }

            var term = line[fields[0]].ToString();
            terms.Add(term);
            counts.Add(float.Parse(line[fields[1]], CultureInfo.InvariantCulture));
            kinds.Add((TermKind)int.Parse(line[fields[2]], CultureInfo.InvariantCulture));
            surfaces.Add(line[fields[3]].IsEmpty ? term : line[fields[3]].ToString());
        }

        return ArticleTerms.FromStored(terms, counts, kinds, surfaces);
    }

    internal sealed record Lists(string[] T, float[] C, int[] K, string[] S);
}

[JsonSerializable(typeof(StoredTerms.Lists))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
internal sealed partial class StoredTermsJson : JsonSerializerContext;
