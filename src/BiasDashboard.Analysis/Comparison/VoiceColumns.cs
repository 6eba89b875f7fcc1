namespace BiasDashboard.Analysis.Comparison;

/// <summary>
/// Builds a column's voices: who is quoted or reported, in how many words, the share of each speaker and of each
/// group of speakers, and how many quotations have no speaker.
/// </summary>
internal static class VoiceColumns
{
    private const string Unattributed = "(unattributed)";

    public static VoiceColumn Build(List<AnalysedArticle> column)
    {
        var passages = column.SelectMany(a => a.Voices.Select(v => (Article: a, Voice: v))).ToList();
        var total = passages.Sum(p => p.Voice.Words);
        var voices = passages.GroupBy(p => p.Voice.Speaker ?? Unattributed, StringComparer.Ordinal)
            .Select(g => Share(g.Key, g.ToList(), total))
            .OrderByDescending(v => v.DirectWords + v.ReportedWords).ThenBy(v => v.Speaker, StringComparer.Ordinal)
            .ToList();
        var groups = voices.GroupBy(v => v.Group, StringComparer.Ordinal)
            .Select(g => new GroupShare(g.Key, g.Sum(v => v.DirectWords + v.ReportedWords),
                total == 0 ? 0 : (double)g.Sum(v => v.DirectWords + v.ReportedWords) / total))
            .OrderByDescending(g => g.Words).ToList();
        var quotations = passages.Where(p => p.Voice.Kind == VoiceKind.Direct).ToList();
        return new VoiceColumn(column[0].Source.Column, total, voices, groups, quotations.Count,
            quotations.Count(p => p.Voice.Speaker is null));
    }

    private static VoiceShare Share(string speaker, List<(AnalysedArticle Article, VoicePassage Voice)> passages, int total)
    {
        var actorId = passages[0].Voice.ActorId;
        var group = actorId is null ? Unattributed : GroupOf(passages.Select(p => p.Article).Distinct(), actorId);
        var words = passages.Sum(p => p.Voice.Words);
        return new VoiceShare(speaker, actorId, group,
            passages.Where(p => p.Voice.Kind == VoiceKind.Direct).Sum(p => p.Voice.Words),
            passages.Where(p => p.Voice.Kind == VoiceKind.Reported).Sum(p => p.Voice.Words),
            total == 0 ? 0 : (double)words / total,
            passages.Select(p => new SentenceRef(p.Article.Source.Key, p.Voice.Sentence)).Distinct().ToList());
    }

    // The first group an article states for the actor; "not stated" when none does.
    private static string GroupOf(IEnumerable<AnalysedArticle> articles, string actorId)
    {
        string? found = null;
        foreach (var article in articles)
        {
            var mentions = article.MentionsOf[actorId].ToList();
            if (mentions.Count == 0)
            {
                continue;
            }

            var group = SpeakerGroups.Of(article.Source.Body, mentions[0].Actor, mentions.Select(m => m.Mention));
            if (group != SpeakerGroups.NotStated)
            {
                return group;
            }

            found = group;
        }

        return found ?? SpeakerGroups.NotStated;
    }
}
