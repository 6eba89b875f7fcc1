namespace BiasDashboard.Analysis.Comparison;

/// <summary>
/// The third step of <see cref="NameFinder"/>, over one part of a run: a title ("Sen.", "Baroness") goes into the
/// mention's title, a job word ("MP", "Secretary") ends the name with the words before it that only describe the job,
/// an ordinary word that opens a sentence ("The", "Last") is left out, and the rest is written as mentions.
/// </summary>
internal sealed class TitleAndJobFilter
{
    private readonly MentionWriter _writer;
    private readonly List<NameToken> _tokens;
    private readonly bool _opensSentence;
    private readonly List<NameToken> _dropped = [];
    private List<NameToken> _current = [];
    private List<NameToken> _titles = [];

    private TitleAndJobFilter(MentionWriter writer, List<NameToken> tokens)
    {
        _writer = writer;
        _tokens = tokens;
        _opensSentence = writer.OpensSentence(tokens[0].Start);
    }

    public static void Apply(MentionWriter writer, List<NameToken> tokens)
    {
        var filter = new TitleAndJobFilter(writer, tokens);
        for (var i = 0; i < tokens.Count; i++)
        {
            filter.Take(i);
        }

        filter.Flush();
    }

    private void Take(int i)
    {
        var t = _tokens[i];
        var bare = NameRuns.StripDot(t.Text);
        if (!NameRuns.IsNamePart(t))
        {
            _current.Add(t); // a connector the previous step kept
            return;
        }

        if (i == 0 && _opensSentence && !NameWords.Titles.Contains(bare) && !KnownActors.IsKnown(bare) && t.Kind == NameTokenKind.Capital &&
            _writer.IsLowerCaseWord(bare))
        {
            return; // "The", "Last", "But": an ordinary word at the start of a sentence
        }

        // "Justice Department", "Judge Business School": a title before an organisation's name is part of that name.
        var restIsOrganisation = _tokens.Skip(i + 1).Any(x => KnownActors.IsOrganisationWord(NameRuns.StripDot(x.Text)));
        if (NameWords.Titles.Contains(bare) && !restIsOrganisation && i + 1 < _tokens.Count && TakeTitle(i, t))
        {
            return;
        }

        if (NameWords.RoleWords.Contains(bare) && !restIsOrganisation || NameWords.NotNames.Contains(bare) ||
            NameWords.FunctionWords.Contains(bare))
        {
            EndName(i, t, bare);
            return;
        }

        _current.Add(t);
        if (t.Possessive)
        {
            Flush(); // "Starmer’s three-line whip": a possessive ends the name
        }
    }

    // A title before a name is the mention's title; after words ("Defense Secretary", "Police Chief") those words describe
    // the job, and only a known body among them is kept.
    private bool TakeTitle(int i, NameToken t)
    {
        if (_current.Count == 0 && _tokens.Skip(i + 1).Any(x =>
                NameRuns.IsNamePart(x) && !NameWords.Titles.Contains(NameRuns.StripDot(x.Text)) &&
                    !NameWords.RoleWords.Contains(NameRuns.StripDot(x.Text))))
        {
            _titles.Add(t);
            return true;
        }

        if (_current.Count > 0)
        {
            _writer.EmitIfOrganisation(_current);
            _titles.Add(t);
            _current = [];
            return true;
        }

        return false;
    }

    private void EndName(int i, NameToken t, string bare)
    {
        // "Olivia Grant KC told", "Rachel Greaves MP said": letters after a name end it; they do not describe the job of what follows.
        if (bare is "KC" or "QC" or "MP" or "MEP" or "MSP" or "Jr" or "Sr" or "OBE" or "MBE" or "CBE" && _current.Count > 0 &&
            (i + 1 >= _tokens.Count || !NameRuns.IsNamePart(_tokens[i + 1])))
        {
            Flush();
            return;
        }

        if (NameWords.RoleWords.Contains(bare) && !NameWords.FunctionWords.Contains(bare))
        {
            _writer.EmitIfOrganisation(_current);
            _current = [];
            _titles = [];
            _dropped.Add(t);
            return;
        }

        Flush();
    }

    private void Flush()
    {
        if (_current.Count > 0)
        {
            var first = _titles.Count > 0 ? _titles[0] : _current[0];
            _writer.Emit(_current, _titles, _dropped, _opensSentence && first.Start == _tokens[0].Start);
        }

        _current = [];
        _titles = [];
    }
}
