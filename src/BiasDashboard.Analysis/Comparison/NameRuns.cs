namespace BiasDashboard.Analysis.Comparison;

/// <summary>
/// The first step of <see cref="NameFinder"/> over a line's tokens: runs of name words (capitals, acronyms, initials)
/// with the particles ("von der", "da") and connectors ("of", "and", "&amp;") between them.
/// </summary>
internal static class NameRuns
{
    /// <summary>No name is longer than this many words; a longer run of capitals is cut, which keeps every step per run bounded.</summary>
    public const int MaxRun = 12;

    /// <summary>The runs in <paramref name="tokens"/>, in order; each token is in at most one run.</summary>
    public static IEnumerable<List<NameToken>> Scan(List<NameToken> tokens)
    {
        var i = 0;
        while (i < tokens.Count)
        {
            if (!StartsRun(tokens, i))
            {
                i++;
                continue;
            }

            var run = Run(tokens, i);
            var length = run.Count;
            yield return run;
            i += length;
        }
    }

    public static bool IsNamePart(NameToken t) => t.Kind is NameTokenKind.Capital or NameTokenKind.Acronym or NameTokenKind.Initial;

    public static string StripDot(string word) => word.TrimEnd('.');

    private static bool StartsRun(List<NameToken> tokens, int i) =>
        IsNamePart(tokens[i]) ||
        tokens[i].Kind == NameTokenKind.Lower && NameWords.Particles.Contains(tokens[i].Text) && ParticleLeadsToName(tokens, i);

    private static bool ParticleLeadsToName(List<NameToken> tokens, int i)
    {
        var j = i;
        while (j < tokens.Count && tokens[j].Kind == NameTokenKind.Lower && NameWords.Particles.Contains(tokens[j].Text) && j - i < 3)
        {
            j++;
        }

        return j > i && j < tokens.Count && tokens[j].Kind == NameTokenKind.Capital && !NameWords.FunctionWords.Contains(tokens[j].Text);
    }

    // The tokens of one run: name parts, with particles and connectors between them; a possessive or anything else ends it.
    private static List<NameToken> Run(List<NameToken> tokens, int i)
    {
        var run = new List<NameToken> { tokens[i] };
        var k = i + 1;
        while (k < tokens.Count && !run[^1].Possessive && run.Count < MaxRun)
        {
            var t = tokens[k];
            if (!IsNamePart(t) && !IsParticle(tokens, k) && !IsConnector(tokens, k))
            {
                break;
            }

            run.Add(t);
            k++;
        }

        // A run never ends on a particle or connector.
        while (run.Count > 1 && !IsNamePart(run[^1]))
        {
            run.RemoveAt(run.Count - 1);
        }

        return run;
    }

    private static bool IsParticle(List<NameToken> tokens, int k) =>
        tokens[k].Kind == NameTokenKind.Lower && NameWords.Particles.Contains(tokens[k].Text) && ParticleLeadsToName(tokens, k);

    private static bool IsConnector(List<NameToken> tokens, int k) =>
        (tokens[k].Kind == NameTokenKind.Lower && NameWords.Connectors.Contains(tokens[k].Text) || tokens[k].Text == "&") &&
        ConnectorLeadsToName(tokens, k);

    private static bool ConnectorLeadsToName(List<NameToken> tokens, int k)
    {
        var j = k + 1;
        if (j < tokens.Count && tokens[j].Text == "the")
        {
            j++;
        }

        return j < tokens.Count && tokens[j].Kind is NameTokenKind.Capital or NameTokenKind.Acronym &&
            !NameWords.FunctionWords.Contains(tokens[j].Text);
    }
}
