using BiasDashboard.Analysis.Aggregation;
using BiasDashboard.Analysis.Sentiment;
using BiasDashboard.Analysis.Text;

namespace BiasDashboard.Analysis.Comparison;

/// <summary>
/// Puts an event's articles side by side: per column (outlet or group) sentiment with its spread and a second
/// lexicon's verdict, who is quoted, how each actor is portrayed, and which facts each column states, omits or
/// contradicts. Every figure carries the sentences behind it.
/// </summary>
public sealed class EventComparer(VaderAnalyzer vader, AfinnAnalyzer afinn)
{
    /// <summary>AFINN mean sentence scores within ±this are neutral.</summary>
    public const double AfinnNeutralBand = 0.25;

    private const string Unattributed = "(unattributed)";

    /// <summary>Shared, thread-safe instance over the default lexicons.</summary>
    public static EventComparer Default { get; } = new(VaderAnalyzer.Default, AfinnAnalyzer.Default);

    /// <summary>Most actors listed (by mentions) and the fewest mentions an actor needs to be listed.</summary>
    public int MaxActors { get; init; } = 30;

    /// <inheritdoc cref="MaxActors"/>
    public int MinActorMentions { get; init; } = 2;

    /// <summary>
    /// Compares <paramref name="articles"/>; <paramref name="teacherFacts"/> head the ledger. Never throws for what is in
    /// the articles: an article that cannot be read is left out, and a section that cannot be computed is empty, each
    /// named in <see cref="EventComparison.Failures"/> with the reason, while everything else is computed.
    /// </summary>
    public EventComparison Compare(IReadOnlyList<ComparedArticle> articles, IReadOnlyList<LedgerFact>? teacherFacts = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var failures = new List<ComparisonFailure>();
        T Contained<T>(string part, Func<T> compute, T fallback) => Contain(failures, part, compute, fallback);

        var read = articles.Select(a => Contained($"article {a.Key}", () => Read(a), null)).OfType<ReadArticle>().ToList();
        var catalog = Contained("actors", () => ActorCatalog.Build(read.SelectMany(r => r.Names)), ActorCatalog.Build([]));
        var analysed = read.Select(r => Analyse(r, catalog, failures)).ToList();
        var columns = analysed.GroupBy(a => a.Source.Column, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.ToList()).ToList();
        var names = columns.Select(c => c[0].Source.Column).ToList();

        var facts = Contained("facts", () => FactRows(columns, names), []);
        var ledger = Contained("facts", () => (teacherFacts ?? []).Select(f => TeacherRow(f, columns, names))
            .Concat(facts.Where(f => f.Cells.Count(c => c.Status != FactStatus.Omits) >= 2)).ToList(), []);
        return new EventComparison(
            Contained("sentiment", () => columns.Select(Column).ToList(), []),
            Contained("voices", () => columns.Select(Voices).ToList(), []),
            Contained("actors", () => ActorRows(columns, catalog), []),
            ledger,
            ledger.Where(f => f.Differs && !f.FromTeacher).ToList(),
            facts.Where(f => f.Cells.Count(c => c.Status != FactStatus.Omits) == 1).ToList())
        {
            Failures = failures,
        };
    }

    private ReadArticle Read(ComparedArticle article)
    {
        var quotes = QuoteFinder.Find(article.Body);
        var sentences = SentenceSegmenter.Segment(article.Body, quotes);
        var compounds = article.Compounds is { } given && given.Count == sentences.Count
            ? given
            : sentences.Select(s => vader.PolarityScores(article.Body.AsSpan(s.Range.Start, s.Range.Length)).Compound).ToList();
        return new ReadArticle(article, quotes, sentences, compounds, NameFinder.Find(article.Body));
    }

    // Runs one part; if it throws, records why and gives `fallback`, so one part never takes down the others.
    private static T Contain<T>(List<ComparisonFailure> failures, string part, Func<T> compute, T fallback)
    {
        try
        {
            return compute();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            failures.Add(new ComparisonFailure(part, $"{e.GetType().Name}: {e.Message}", e));
            return fallback;
        }
    }

    // Each finder is contained per article: a finder failing on one article leaves that article's other parts, and the other articles, whole.
    private static Analysed Analyse(ReadArticle read, ActorCatalog catalog, List<ComparisonFailure> failures)
    {
        var body = read.Source.Body;
        var starts = read.Sentences.Select(s => s.Range.Start).ToArray();
        var mentions = Contain(failures, $"actors in {read.Source.Key}", () => read.Names
            .Select(m => (Actor: catalog.Resolve(m), Sentence: SentenceAt(starts, m.Start), Mention: m))
            .Where(m => m.Actor is not null && m.Sentence >= 0)
            .Select(m => new ActorMention(m.Actor!, m.Sentence, m.Mention))
            .ToList(), []);
        var voices = Contain(failures, $"voices in {read.Source.Key}", () => VoiceFinder.Find(body, read.Sentences, read.Quotes, catalog, read.Names), []);
        var facts = Contain(failures, $"facts in {read.Source.Key}", () => FactFinder.Find(body, read.Sentences, catalog, read.Names), []);
        return new Analysed(read.Source, read.Quotes, read.Sentences, read.Compounds, mentions, voices, facts);
    }

    private static int SentenceAt(int[] starts, int offset)
    {
        var i = Array.BinarySearch(starts, offset);
        return i < 0 ? ~i - 1 : i;
    }

    private ComparisonColumn Column(List<Analysed> column)
    {
        var compounds = column.SelectMany(a => a.Compounds).ToList();
        var afinnScores = column.SelectMany(a => a.Sentences.Select(s => (double)afinn.Score(a.Source.Body.Substring(s.Range.Start, s.Range.Length)))).ToList();
        var mean = compounds.Count == 0 ? 0 : Statistics.Mean(compounds);
        var afinnMean = afinnScores.Count == 0 ? 0 : Statistics.Mean(afinnScores);
        var vaderDirection = Direction(mean, 0.05);
        var afinnDirection = Direction(afinnMean, AfinnNeutralBand);
        var agreement = vaderDirection == afinnDirection ? LexiconAgreement.Agree
            : vaderDirection == "neutral" || afinnDirection == "neutral" ? LexiconAgreement.Partly
            : LexiconAgreement.Disagree;
        var note = agreement switch
        {
            LexiconAgreement.Disagree => $"VADER reads this coverage as {vaderDirection} but AFINN-165 reads it as {afinnDirection}: treat the tone as uncertain.",
            LexiconAgreement.Partly => $"VADER reads this coverage as {vaderDirection}, AFINN-165 as {afinnDirection}: the tone is weak either way.",
            _ => null,
        };
        var ranked = column.SelectMany(a => a.Compounds.Select((c, i) => (Ref: new SentenceRef(a.Source.Key, a.Sentences[i].Index), Compound: c))).ToList();
        // 2,000 resamples, fewer for a column of thousands of sentences (at least 500): the interval's ends then move by
        // well under 0.01, and the page stays quick.
        var resamples = Math.Clamp(1_000_000 / Math.Max(1, compounds.Count), 500, 2000);
        var sentiment = new ColumnSentiment(mean, Statistics.BootstrapMeanInterval95(compounds, resamples), vaderDirection, afinnMean, afinnDirection, agreement, note,
            ranked.Where(r => r.Compound <= -0.05).OrderBy(r => r.Compound).Take(3).Select(r => r.Ref).ToList(),
            ranked.Where(r => r.Compound >= 0.05).OrderByDescending(r => r.Compound).Take(3).Select(r => r.Ref).ToList());
        var articles = column.Select(a => new ColumnArticle(a.Source.Key, a.Source.Title, a.Source.Outlet, a.Source.Published, a.Source.Url,
            Tokenizer.CountWords(a.Source.Body), a.Sentences.Count)).ToList();
        // Pooled over the column's sentences when the matches' positions are known; else the articles' indexes weighted by length.
        var pooled = LoadedSpread(column);
        var weighted = column.Zip(articles).Where(x => x.First.Source.LoadedLanguageIndex is not null).ToList();
        double? loaded = pooled?.Index ?? (weighted.Count == 0 ? null
            : weighted.Sum(x => x.First.Source.LoadedLanguageIndex!.Value * x.Second.Words) / Math.Max(1, weighted.Sum(x => x.Second.Words)));
        return new ComparisonColumn(column[0].Source.Column, articles, articles.Sum(a => a.Words), sentiment, loaded, pooled?.Spread);
    }

    // The column's index pooled over its articles' sentences, and its spread: each sentence is a unit, its own-voice loaded
    // matches over its own-voice words (words outside quotations, as the index counts them), resampled.
    private static (double Index, ConfidenceInterval? Spread)? LoadedSpread(List<Analysed> column)
    {
        if (column.Any(a => a.Source.LoadedMatchStarts is null))
        {
            return null;
        }

        var units = new List<(double, double)>();
        foreach (var article in column)
        {
            var quotes = new Framing.QuoteIndex(article.Quotes);
            var starts = article.Source.LoadedMatchStarts!.Order().ToArray();
            foreach (var sentence in article.Sentences)
            {
                var ownWords = Tokenizer.Tokenize(article.Source.Body, sentence.Range).Count(t => t.Kind != TokenKind.Punctuation && quotes.At(t.Start) is null);
                // Matches in [start, end) by two binary searches: counting by a scan per sentence would be quadratic.
                var loaded = LowerBound(starts, sentence.Range.End) - LowerBound(starts, sentence.Range.Start);
                units.Add((loaded, ownWords));
            }
        }

        var own = units.Sum(u => u.Item2);
        return (own == 0 ? 0 : 1000 * units.Sum(u => u.Item1) / own,
            Statistics.BootstrapRatioInterval95(units, 1000, resamples: Math.Clamp(1_000_000 / Math.Max(1, units.Count), 500, 2000)));
    }

    // The index of the first of the ascending `values` at or above `value` (their length when none is).
    private static int LowerBound(int[] values, int value)
    {
        var i = Array.BinarySearch(values, value);
        if (i < 0)
        {
            return ~i;
        }

        while (i > 0 && values[i - 1] == value)
        {
            i--;
        }

        return i;
    }

    private static string Direction(double value, double band) => value >= band ? "positive" : value <= -band ? "negative" : "neutral";

    private static VoiceColumn Voices(List<Analysed> column)
    {
        var passages = column.SelectMany(a => a.Voices.Select(v => (Article: a, Voice: v))).ToList();
        var total = passages.Sum(p => p.Voice.Words);
        var voices = passages.GroupBy(p => p.Voice.Speaker ?? Unattributed, StringComparer.Ordinal)
            .Select(g =>
            {
                var actorId = g.First().Voice.ActorId;
                var group = actorId is null ? Unattributed : GroupOf(g.Select(p => p.Article).Distinct(), actorId);
                var words = g.Sum(p => p.Voice.Words);
                return new VoiceShare(g.Key, actorId, group,
                    g.Where(p => p.Voice.Kind == VoiceKind.Direct).Sum(p => p.Voice.Words),
                    g.Where(p => p.Voice.Kind == VoiceKind.Reported).Sum(p => p.Voice.Words),
                    total == 0 ? 0 : (double)words / total,
                    g.Select(p => new SentenceRef(p.Article.Source.Key, p.Voice.Sentence)).Distinct().ToList());
            })
            .OrderByDescending(v => v.DirectWords + v.ReportedWords).ThenBy(v => v.Speaker, StringComparer.Ordinal)
            .ToList();
        var groups = voices.GroupBy(v => v.Group, StringComparer.Ordinal)
            .Select(g => new GroupShare(g.Key, g.Sum(v => v.DirectWords + v.ReportedWords), total == 0 ? 0 : (double)g.Sum(v => v.DirectWords + v.ReportedWords) / total))
            .OrderByDescending(g => g.Words).ToList();
        var quotations = passages.Where(p => p.Voice.Kind == VoiceKind.Direct).ToList();
        return new VoiceColumn(column[0].Source.Column, total, voices, groups, quotations.Count, quotations.Count(p => p.Voice.Speaker is null));
    }

    private static string GroupOf(IEnumerable<Analysed> articles, string actorId)
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

    private List<ActorRow> ActorRows(List<List<Analysed>> columns, ActorCatalog catalog)
    {
        var all = columns.SelectMany(c => c).SelectMany(a => a.Mentions).ToList();
        var actors = all.GroupBy(m => m.Actor.Id, StringComparer.Ordinal)
            .Where(g => g.Count() >= MinActorMentions)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(MaxActors)
            .Select(g => (Id: g.Key, Seen: g.First().Actor))
            .ToList();
        // The catalogue's ids are unique by construction (ActorId); a duplicate would still only keep the first, never throw.
        var latest = new Dictionary<string, Actor>(StringComparer.Ordinal);
        foreach (var actor in catalog.Actors)
        {
            latest.TryAdd(actor.Id, actor);
        }

        return actors.Select(a => new ActorRow(latest.GetValueOrDefault(a.Id, a.Seen), all.Count(m => m.Actor.Id == a.Id), columns.Select(c => ActorCell(c, a.Id)).ToList())).ToList();
    }

    private static ActorCell ActorCell(List<Analysed> column, string actorId)
    {
        var hits = column.SelectMany(a => a.MentionsOf[actorId].Select(m => (Article: a, m.Sentence))).ToList();
        var sentences = hits.Select(h => (h.Article, h.Sentence)).Distinct().ToList();
        var all = sentences.Select(s => s.Article.Compounds[s.Sentence]).ToList();
        var own = sentences.Where(s => !s.Article.Sentences[s.Sentence].IsMainlyQuoted).Select(s => s.Article.Compounds[s.Sentence]).ToList();
        return new ActorCell(column[0].Source.Column, hits.Count, all.Count == 0 ? null : Statistics.Mean(all), own.Count == 0 ? null : Statistics.Mean(own), own.Count,
            sentences.Select(s => new SentenceRef(s.Article.Source.Key, s.Article.Sentences[s.Sentence].Index)).ToList(),
            Statistics.BootstrapMeanInterval95(all, 1000));
    }

    private static List<FactRow> FactRows(List<List<Analysed>> columns, List<string> names)
    {
        var byKey = columns.SelectMany((c, i) => c.SelectMany(a => a.Facts.Select(f => (Column: i, Article: a, Fact: f))))
            .GroupBy(x => x.Fact.Key, StringComparer.Ordinal);
        var rows = new List<FactRow>();
        foreach (var key in byKey)
        {
            if (key.All(x => x.Fact.Span is not null))
            {
                rows.Add(RangeRow(key.Key, key.ToList(), names));
                continue;
            }

            // A column's value is the one it states most often (then first); the consensus is the value most columns give.
            var primary = key.GroupBy(x => x.Column)
                .ToDictionary(g => g.Key, g => g.GroupBy(x => x.Fact.Value, StringComparer.Ordinal).OrderByDescending(v => v.Count()).First().Key);
            var tally = primary.Values.GroupBy(v => v, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ToList();
            var consensus = tally.Count == 1 || tally[0].Count() > tally[1].Count() ? tally[0].Key : null;
            var cells = names.Select((name, i) =>
            {
                var stated = key.Where(x => x.Column == i).ToList();
                var status = stated.Count == 0 ? FactStatus.Omits
                    : consensus is null ? FactStatus.Disputed
                    : primary[i] == consensus ? FactStatus.States
                    : FactStatus.Contradicts;
                return new FactCell(name, status, stated.Select(x => x.Fact.Value).Distinct(StringComparer.Ordinal).ToList(),
                    stated.Select(x => Evidence(x.Article, x.Fact)).ToList());
            }).ToList();
            var first = key.First().Fact;
            rows.Add(new FactRow(key.Key, first.Label, consensus, tally.Count > 1, false, cells));
        }

        return rows.OrderByDescending(r => r.Differs).ThenByDescending(r => r.Cells.Count(c => c.Status != FactStatus.Omits))
            .ThenBy(r => r.Label, StringComparer.Ordinal).ToList();
    }

    // Quantities read as ranges ("about 300", "nearly 400"): two columns disagree only when none of one's ranges overlaps
    // any of the other's, so rounding and approximations are not contradictions. The consensus is the value of the column
    // most others agree with; with a tie the row is disputed.
    private static FactRow RangeRow(string key, List<(int Column, Analysed Article, FactClaim Fact)> claims, List<string> names)
    {
        var byColumn = claims.GroupBy(x => x.Column).ToDictionary(g => g.Key, g => g.Select(x => x.Fact).ToList());
        bool Agree(int a, int b) => byColumn[a].Any(x => byColumn[b].Any(y => x.Span!.Value.Low <= y.Span!.Value.High + 1e-9 && y.Span!.Value.Low <= x.Span!.Value.High + 1e-9));
        var columns = byColumn.Keys.ToList();
        var support = columns.ToDictionary(c => c, c => columns.Count(o => Agree(c, o)));
        var differs = columns.Any(a => columns.Any(b => !Agree(a, b)));
        var best = support.Values.Max();
        var leaders = columns.Where(c => support[c] == best).ToList();
        var leader = leaders.Count == 1 || leaders.All(a => leaders.All(b => Agree(a, b))) ? leaders[0] : (int?)null;
        var cells = names.Select((name, i) =>
        {
            var stated = claims.Where(x => x.Column == i).ToList();
            var status = stated.Count == 0 ? FactStatus.Omits
                : !differs || leader is { } l && Agree(i, l) ? FactStatus.States
                : leader is null ? FactStatus.Disputed
                : FactStatus.Contradicts;
            return new FactCell(name, status, stated.Select(x => x.Fact.Value).Distinct(StringComparer.Ordinal).ToList(),
                stated.Select(x => Evidence(x.Article, x.Fact)).ToList());
        }).ToList();
        var consensus = leader is { } c ? byColumn[c][0].Value : null;
        return new FactRow(key, claims[0].Fact.Label, consensus, differs, false, cells);
    }

    private static FactEvidence Evidence(Analysed article, FactClaim fact) =>
        new(article.Source.Key, fact.Sentence, fact.Range.Start, fact.Range.Length, article.Source.Body.Substring(fact.Range.Start, fact.Range.Length), fact.InQuote);

    private static FactRow TeacherRow(LedgerFact fact, List<List<Analysed>> columns, List<string> names)
    {
        var cells = columns.Select((column, i) =>
        {
            var states = TermMatches(column, fact.Terms);
            var contradicts = fact.ContradictTerms.Count == 0 ? [] : TermMatches(column, fact.ContradictTerms);
            var status = contradicts.Count > 0 && states.Count == 0 ? FactStatus.Contradicts
                : states.Count > 0 ? FactStatus.States
                : FactStatus.Omits;
            var evidence = status == FactStatus.Contradicts ? contradicts : states;
            return new FactCell(names[i], status, [], evidence);
        }).ToList();
        return new FactRow("teacher:" + fact.Id, fact.Statement, null, cells.Any(c => c.Status == FactStatus.Contradicts), true, cells);
    }

    // Each term is a word or phrase; its words match words that start with them, in order ("voted against" matches "voted against").
    private static List<FactEvidence> TermMatches(List<Analysed> column, IReadOnlyList<string> terms)
    {
        var wanted = terms.Select(t => Framing.WordPart.Of(t).Select(p => p.Key).ToList()).Where(t => t.Count > 0).ToList();
        if (wanted.Count == 0)
        {
            return [];
        }

        var found = new List<FactEvidence>();
        foreach (var article in column)
        {
            foreach (var sentence in article.Sentences)
            {
                var text = article.Source.Body.Substring(sentence.Range.Start, sentence.Range.Length);
                var words = Framing.WordPart.Of(text).Select(p => p.Key).ToList();
                if (wanted.All(phrase => ContainsPhrase(words, phrase)))
                {
                    found.Add(new FactEvidence(article.Source.Key, sentence.Index, sentence.Range.Start, sentence.Range.Length, text, sentence.IsMainlyQuoted));
                }
            }
        }

        return found;
    }

    private static bool ContainsPhrase(List<string> words, List<string> phrase) =>
        Enumerable.Range(0, Math.Max(0, words.Count - phrase.Count + 1))
            .Any(i => phrase.Select((w, j) => words[i + j].StartsWith(w, StringComparison.Ordinal)).All(x => x));

    private sealed record ReadArticle(ComparedArticle Source, IReadOnlyList<QuoteSpan> Quotes, IReadOnlyList<Sentence> Sentences, IReadOnlyList<double> Compounds, IReadOnlyList<NameMention> Names);

    // A class, not a record: it is used as a key (Distinct, GroupBy), and a record would hash the whole article body each time.
    private sealed class Analysed(
        ComparedArticle source, IReadOnlyList<QuoteSpan> quotes, IReadOnlyList<Sentence> sentences, IReadOnlyList<double> compounds, List<ActorMention> mentions,
        IReadOnlyList<VoicePassage> voices, IReadOnlyList<FactClaim> facts)
    {
        public ComparedArticle Source { get; } = source;

        public IReadOnlyList<QuoteSpan> Quotes { get; } = quotes;

        public IReadOnlyList<Sentence> Sentences { get; } = sentences;

        public IReadOnlyList<double> Compounds { get; } = compounds;

        public List<ActorMention> Mentions { get; } = mentions;

        // Per actor, so looking up one actor's mentions does not scan them all (once per speaker it was quadratic).
        public ILookup<string, ActorMention> MentionsOf { get; } = mentions.ToLookup(m => m.Actor.Id, StringComparer.Ordinal);

        public IReadOnlyList<VoicePassage> Voices { get; } = voices;

        public IReadOnlyList<FactClaim> Facts { get; } = facts;
    }

    private sealed record ActorMention(Actor Actor, int Sentence, NameMention Mention);
}
