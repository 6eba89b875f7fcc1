namespace BiasDashboard.Analysis.Comparison;

/// <summary>
/// Finds proper names in one pass over the text (no regular expressions): runs of capitalised words, acronyms
/// ("F.B.I."), middle initials ("Robert K. Lane"), particles ("von der Leyen", "da Silva", "al-Mansouri"), and
/// organisation names joined by "of", "for", "to" or "and" when the whole is an organisation ("Northshire Fire and
/// Rescue Service", "House of Commons"). Titles ("Sen.", "Lt. Gen.", "Baroness", "Cllr") are split off as the
/// mention's title; job words ("MP", "Defense Secretary") are cut out with the words that only describe the job. A
/// possessive "’s" ends a name; months, weekdays and number words are not names; a capitalised word that opens a
/// sentence counts only when the same word is never written in lower case in the text ("Ali said" is a name, "Last
/// November" is not). Headline-like lines (no closing punctuation, or shouted in capitals) and datelines
/// ("WASHINGTON (AP) —") are left out when the text has more than one line.
/// </summary>
/// <remarks>
/// The steps, each in its own file: <see cref="ProseLines"/> keeps the lines that are prose, <see cref="NameRuns"/>
/// scans each for runs of name words, <see cref="NameConnectors"/> splits a run where "and" or "of" joins two names,
/// <see cref="TitleAndJobFilter"/> takes titles and job words out of each part, and <see cref="MentionWriter"/> writes
/// what is left as mentions. Each step is linear in its input; runs are at most <see cref="NameRuns.MaxRun"/> words.
/// </remarks>
public static class NameFinder
{
    /// <summary>The names in <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<NameMention> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var writer = new MentionWriter(text, SentenceCase.LowerCaseWords(text));
        foreach (var (start, end) in ProseLines.Of(text))
        {
            foreach (var run in NameRuns.Scan(NameTokens.Scan(text, start, end)))
            {
                Split(writer, run);
            }
        }

        return writer.Mentions;
    }

    private static void Split(MentionWriter writer, List<NameToken> run)
    {
        // "Stop The War", "House Of Commons": a known name in any case is one name, whatever its small words.
        if (run.Count is >= 2 and <= 6 && run.Any(t => NameWords.FunctionWords.Contains(t.Text) || NameWords.Connectors.Contains(t.Text)) &&
            KnownActors.IsKnown(string.Join(' ', run.Select(t => t.Text))))
        {
            writer.Emit(run, [], [], writer.OpensSentence(run[0].Start));
            return;
        }

        foreach (var part in NameConnectors.Split(run))
        {
            TitleAndJobFilter.Apply(writer, part);
        }
    }
}
