using BiasDashboard.Analysis.Framing;
using BiasDashboard.Web.Data.Entities;

namespace BiasDashboard.Web.Lexicon;

/// <summary>
/// Writes a framing analysis onto an article: its match rows, lexicon version and voice counts, replacing any older ones.
/// </summary>
internal static class FramingMapping
{
    public static void ApplyFraming(this Article article, FramingAnalysis framing)
    {
        article.FramingMatches.Clear();
        var index = 0;
        foreach (var m in framing.Matches)
        {
            article.FramingMatches.Add(Row(index++, m.Start, m.End, m.Text, m.Term, m.Category, null, m.InQuote, m.Speaker));
        }

        foreach (var m in framing.ContestedMatches)
        {
            article.FramingMatches.Add(Row(index++, m.Start, m.End, m.Text, m.Option, m.Set, m.Option, m.InQuote, m.Speaker));
        }

        article.LexiconId = framing.LexiconId;
        article.LexiconVersion = framing.LexiconVersion;
        article.OwnVoiceWords = framing.OwnVoiceWords;
        article.QuotedWords = framing.QuotedWords;
        article.LoadedLanguageIndex = framing.LoadedLanguageIndex;
    }

    private static FramingMatchRow Row(
        int index, int start, int end, string text, string term, string category, string? option, bool inQuote, string? speaker) => new()
        {
            Index = index,
            Start = start,
            End = end,
            Text = Clip(text),
            Term = Clip(term),
            Category = category,
            Option = option,
            InQuote = inQuote,
            Speaker = speaker is null ? null : Clip(speaker),
        };

    private static string Clip(string text) => text.Length <= 200 ? text : text[..200];
}
