namespace BiasDashboard.Analysis.Comparison;

/// <summary>
/// The last step of <see cref="NameFinder"/>: writes a name's words as a <see cref="NameMention"/>, with its title, the
/// job words cut from it and a cue from the words around it, and splits off a known body or place that stands before
/// a name ("Commons Penny Mordaunt").
/// </summary>
internal sealed class MentionWriter(string text, HashSet<string> lowerCaseWords)
{
    public List<NameMention> Mentions { get; } = [];

    /// <inheritdoc cref="SentenceCase.OpensSentence"/>
    public bool OpensSentence(int offset) => SentenceCase.OpensSentence(text, offset);

    /// <summary>Whether the text also writes <paramref name="word"/> in lower case, as an ordinary word.</summary>
    public bool IsLowerCaseWord(string word) => lowerCaseWords.Contains(word.ToLowerInvariant());

    // Words before a job word ("Defense" in "Defense Secretary Lee Park") only describe the job, unless they name a known
    // body or an organisation ("Labour MP", "European Commission President").
    public void EmitIfOrganisation(List<NameToken> current)
    {
        var words = current.Where(NameRuns.IsNamePart).ToList();
        if (words.Count == 0)
        {
            return;
        }

        var name = string.Join(' ', current.Select(c => NameRuns.StripDot(c.Text)));
        if (KnownActors.IsKnown(name) || KnownActors.LooksLikeOrganisation(words.Select(w => NameRuns.StripDot(w.Text)).ToList()))
        {
            Emit(current, [], [], false);
        }
    }

    /// <summary>Writes <paramref name="current"/> (its trailing connectors dropped) as a mention.</summary>
    public void Emit(List<NameToken> current, List<NameToken> titles, List<NameToken> dropped, bool opensSentence)
    {
        while (current.Count > 0 && !NameRuns.IsNamePart(current[^1]))
        {
            current.RemoveAt(current.Count - 1);
        }

        if (current.Count == 0)
        {
            return;
        }

        var tokens = current.Select(c => c.Kind == NameTokenKind.Initial || c.Kind == NameTokenKind.Acronym
            ? c.Text : NameRuns.StripDot(c.Text))
            .ToList();
        var start = titles.Count > 0 ? titles[0].Start : current[0].Start;
        var title = titles.Count == 0 ? null : string.Join(' ', titles.Select(t => t.Text));
        var known = title is null ? KnownPrefix(tokens) : 0;
        if (known > 0)
        {
            Mentions.Add(new NameMention(start, current[known - 1].End - start, null, tokens[..known]) { OpensSentence = opensSentence });
            tokens = tokens[known..];
            start = current[known].Start;
            opensSentence = false;
        }

        Mentions.Add(new NameMention(start, current[^1].End - start, title, tokens)
        {
            CommonFirstWord = IsLowerCaseWord(tokens[0]),
            OpensSentence = opensSentence,
            Role = dropped.Count == 0 ? null : string.Join(' ', dropped.Select(t => t.Text)),
            Cue = title is null ? NameCues.Around(text, start, current[^1]) : null,
        });
    }

    // "Commons Penny Mordaunt", "Ohio Republican": how many words of a known body or place stand before a name (0: none).
    private static int KnownPrefix(List<string> tokens) =>
        KnownActors.IsKnown(string.Join(' ', tokens)) ? 0 : Enumerable.Range(1, Math.Max(0, tokens.Count - 1)).Reverse()
            .FirstOrDefault(k => KnownActors.TryGet(string.Join(' ', tokens.Take(k)), out _, out var kind) &&
                                 (tokens.Count - k >= 2 || kind == ActorKind.Party ||
                                     KnownActors.TryGet(string.Join(' ', tokens.Skip(k)), out _, out _)) &&
                                 // "American Civil Liberties Union"
                                 !(kind is ActorKind.Place or ActorKind.Group &&
                                 KnownActors.LooksLikeOrganisation(tokens.Skip(k).ToList())));
}
