using System.Text.Json;
using BiasDashboard.Analysis.Comparison;
using BiasDashboard.Analysis.Ingest;

namespace BiasDashboard.Analysis.Tests.Comparison;

public sealed class EventComparerTests
{
    // The four seeds the manifest puts on the SNP amendment vote of 15 November 2023.
    private static readonly (string File, string Outlet)[] SnpVote =
    [
        ("000_17ccc34b285f9fce.txt", "Daily Express"),
        ("001_c79b1406bd644c2f.txt", "Middle East Eye"),
        ("003_2bc5a03e90a2a01a.txt", "Roman Road London"),
        ("004_afb372a0990edb70.txt", "The National"),
    ];

    private static readonly Lazy<EventComparison> Seeds = new(() => EventComparer.Default.Compare(SnpVote.Select(s =>
    {
        var article = ArticleParser.Parse(s.File, File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", s.File)));
        var framing = Analysis.Framing.FramingAnalyzer.Default.Analyze(article.Body, Analysis.Text.QuoteFinder.Find(article.Body));
        var loaded = Analysis.Framing.FramingLexicon.Default.Categories.Where(c => c.Group == "loaded").Select(c => c.Id).ToHashSet();
        return new ComparedArticle(s.File, s.Outlet, s.Outlet, article.Metadata.Title ?? s.File, article.Metadata.Published, null, article.Body,
            LoadedLanguageIndex: framing.LoadedLanguageIndex, LoadedMatchStarts: framing.Matches.Where(m => !m.InQuote && loaded.Contains(m.Category)).Select(m => m.Start).ToList());
    }).ToList()));

    private static FactCell Cell(FactRow row, string outlet) => row.Cells.Single(c => c.Column == outlet);

    [Fact]
    public void Seeds_TheSnpAmendmentTallyDiffersBetweenRomanRoadAndTheNational()
    {
        var tally = Assert.Single(Seeds.Value.Differences, d => d.Key == "tally:motion");

        Assert.Equal(["294–125"], Cell(tally, "Roman Road London").Values);
        Assert.Equal(["293–125"], Cell(tally, "The National").Values);
        Assert.Equal(FactStatus.Omits, Cell(tally, "Daily Express").Status);
        Assert.Contains("293 to 125", Cell(tally, "The National").Evidence[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Seeds_TenFrontbenchersResignInTheExpressAndEightInRomanRoad()
    {
        var resigned = Assert.Single(Seeds.Value.Differences, d => d.Key == "frontbenchers:resigned");

        Assert.Equal(["10"], Cell(resigned, "Daily Express").Values);
        Assert.Equal(["8"], Cell(resigned, "Roman Road London").Values);
    }

    [Fact]
    public void Seeds_AliVotedAgainstInTheExpressButAbstainedInTheOthers()
    {
        var stance = Assert.Single(Seeds.Value.Differences, d => d.Key == "stance:rushanara-ali");

        Assert.Equal("abstained", stance.Consensus);
        Assert.Equal(FactStatus.Contradicts, Cell(stance, "Daily Express").Status);
        Assert.Equal(["voted against"], Cell(stance, "Daily Express").Values);
        Assert.Equal(FactStatus.States, Cell(stance, "Middle East Eye").Status);
        Assert.Equal(FactStatus.States, Cell(stance, "Roman Road London").Status);
        Assert.Equal(FactStatus.Omits, Cell(stance, "The National").Status);
    }

    [Fact]
    public void Seeds_CoverageCountsTheQuotedPassagesWithNoNamedSpeaker()
    {
        var coverage = Seeds.Value.Coverage;

        Assert.Equal(Seeds.Value.Voices.Sum(v => v.Quotations), coverage.Quotations);
        Assert.InRange(coverage.Unattributed, 0, coverage.Quotations);
        Assert.True(coverage.Quotations > 0);
        Assert.Equal($"{coverage.Unattributed} of {coverage.Quotations} quoted passages have no named speaker.", coverage.Sentence);
        Assert.All(Seeds.Value.Voices, v => Assert.Equal(v.UnattributedQuotations > 0, v.Voices.Any(s => s.Speaker == "(unattributed)" && s.DirectWords > 0)));
    }

    [Fact]
    public void Seeds_AliAndStarmerAreEachOneActorUnderAllTheirNames()
    {
        var ali = Assert.Single(Seeds.Value.Actors, a => a.Actor.Id == "rushanara-ali");
        var starmer = Assert.Single(Seeds.Value.Actors, a => a.Actor.Id == "keir-starmer");

        Assert.Superset(new HashSet<string> { "Rushanara Ali", "Ms Ali", "Ali" }, ali.Actor.Aliases.ToHashSet());
        Assert.Superset(new HashSet<string> { "Keir Starmer", "Sir Keir", "Starmer" }, starmer.Actor.Aliases.ToHashSet());
        Assert.Equal(ali.Mentions, ali.Cells.Sum(c => c.Mentions));
        Assert.Null(ali.Cells.Single(c => c.Column == "The National").MeanAll); // The National never names her
        var express = ali.Cells.Single(c => c.Column == "Daily Express");
        Assert.InRange(express.MeanAll!.Value, express.Spread!.Low, express.Spread.High);
    }

    [Fact]
    public void Seeds_EveryColumnShowsItsSpreadAndWhetherAfinnAgrees()
    {
        foreach (var column in Seeds.Value.Columns)
        {
            Assert.NotNull(column.Sentiment.Spread);
            Assert.InRange(column.Sentiment.Mean, column.Sentiment.Spread!.Low, column.Sentiment.Spread.High);
            Assert.Equal(column.Sentiment.Agreement == LexiconAgreement.Agree, column.Sentiment.Note is null);
            Assert.InRange(column.LoadedLanguageIndex!.Value, column.LoadedLanguageSpread!.Low - 0.01, column.LoadedLanguageSpread.High + 0.01);
        }
    }

    [Fact]
    public void Seeds_QuotedWordSharesAddUpToOnePerColumn()
    {
        foreach (var column in Seeds.Value.Voices.Where(v => v.Words > 0))
        {
            Assert.Equal(1.0, column.Voices.Sum(v => v.Share), 6);
            Assert.Equal(1.0, column.Groups.Sum(g => g.Share), 6);
        }

        var express = Seeds.Value.Voices.Single(v => v.Column == "Daily Express");
        Assert.Equal("Labour", express.Voices.Single(v => v.Speaker == "Rushanara Ali").Group);
    }

    [Fact]
    public void TeacherFact_StatedContradictedAndOmittedByTerms()
    {
        var comparison = EventComparer.Default.Compare(
            [
                new ComparedArticle("a", "A", "A", "a", null, null, "Ms Ali abstained in the vote."),
                new ComparedArticle("b", "B", "B", "b", null, null, "Ms Ali voted against the motion."),
                new ComparedArticle("c", "C", "C", "c", null, null, "The march went ahead."),
            ],
            [new LedgerFact("1", "Ali abstained", ["Ali", "abstain"], ["Ali", "voted against"])]);

        var row = comparison.Ledger[0];
        Assert.True(row.FromTeacher);
        Assert.Equal([FactStatus.States, FactStatus.Contradicts, FactStatus.Omits], row.Cells.Select(c => c.Status));
        Assert.Equal("Ms Ali voted against the motion.", row.Cells[1].Evidence[0].Text);
    }

    [Fact]
    public void Compare_SerialisesToJson()
    {
        var json = JsonSerializer.Serialize(Seeds.Value);
        Assert.Contains("\"Differences\"", json, StringComparison.Ordinal);
    }
}
