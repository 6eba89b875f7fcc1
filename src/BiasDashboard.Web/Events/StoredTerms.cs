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
    /// <summary>The term rules' version; raise it when <see cref="ArticleTerms.Of"/> changes, and the backfill counts every article again.</summary>
    public const int Version = 1;

    /// <summary>The row to store beside an article with headline <paramref name="title"/> and body <paramref name="body"/>.</summary>
    public static ArticleMatchTerms For(string title, string body) => new() { Version = Version, Terms = Encode(ArticleTerms.Of(title, body)) };

    /// <summary>Four parallel lists; a surface equal to its term is stored empty (most words are written in lower case).</summary>
    public static string Encode(ArticleTerms terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var surfaces = terms.Surfaces.Select((s, n) => string.Equals(s, terms.Terms[n], StringComparison.Ordinal) ? string.Empty : s).ToArray();
        return JsonSerializer.Serialize(new Lists([.. terms.Terms], [.. terms.Counts], terms.Kinds.Select(k => (int)k).ToArray(), surfaces), StoredTermsJson.Default.Lists);
    }

    public static ArticleTerms Decode(string stored)
    {
        var lists = JsonSerializer.Deserialize(stored, StoredTermsJson.Default.Lists) ?? throw new FormatException("Stored terms are empty.");
        var surfaces = lists.S.Select((s, n) => s.Length == 0 ? lists.T[n] : s).ToArray();
        return ArticleTerms.FromStored(lists.T, lists.C, lists.K.Select(k => (TermKind)k).ToArray(), surfaces);
    }

    internal sealed record Lists(string[] T, float[] C, int[] K, string[] S);
}

[JsonSerializable(typeof(StoredTerms.Lists))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
internal sealed partial class StoredTermsJson : JsonSerializerContext;
