using BiasDashboard.Analysis.Text;

namespace BiasDashboard.Analysis.Tests.Text;

public sealed class SentenceSegmenterTests
{
    private static string[] Split(string text) =>
        SentenceSegmenter.Segment(text).Select(s => s.Range.In(text).ToString()).ToArray();

    [Fact]
    public void Segment_PlainSentences_SplitsAtFullStops() =>
        Assert.Equal(["The vote passed.", "Labour abstained."], Split("The vote passed. Labour abstained."));

    [Theory]
    [InlineData("Mr Starmer spoke. Ms. Ali replied. Dr. Smith and St. Paul's agreed.", 3)]
    [InlineData("He lives at No. 10 Downing Street. It is big.", 2)]
    [InlineData("The U.S. and the U.K. abstained. Then it passed.", 2)]
    [InlineData("J. K. Rowling wrote it. It sold.", 2)]
    public void Segment_Abbreviations_DoNotEndSentences(string text, int expected) => Assert.Equal(expected, Split(text).Length);

    [Fact]
    public void Segment_AnswerNo_AtSentenceEnd_StillEndsIt() =>
        Assert.Equal(["The answer was no.", "Then they left."], Split("The answer was no. Then they left."));

    [Fact]
    public void Segment_DecimalsThousandsAndDomains_DoNotSplit() =>
        Assert.Single(Split("Turnout was 39.9% of 1,000,000 voters, bbc.co.uk reported."));

    [Fact]
    public void Segment_QuoteClosingAfterFullStop_StaysWithItsSentence() =>
        Assert.Equal(["He said: “We won.”", "Then he left."], Split("He said: “We won.” Then he left."));

    [Fact]
    public void Segment_QuestionInsideQuoteFollowedByLowerCase_DoesNotSplit() =>
        Assert.Single(Split("“Is it over?” he asked."));

    [Fact]
    public void Segment_QuoteSpanningSentences_SplitsAndMarksBothQuoted()
    {
        const string text = "Mr Streeting said his constituents are “better than this. They know what prejudice looks like”.";

        var sentences = SentenceSegmenter.Segment(text);

        Assert.Equal(2, sentences.Count);
        Assert.True(sentences[0].QuotedShare is > 0 and < 0.5);
        Assert.Equal(1.0, sentences[1].QuotedShare, 3);
        Assert.True(sentences[1].IsMainlyQuoted);
    }

    [Fact]
    public void Segment_Ellipsis_SplitsBeforeCapitalButNotBeforeLowerCase() =>
        Assert.Equal(["We waited… and waited…", "Nothing."], Split("We waited… and waited… Nothing."));

    [Fact]
    public void Segment_HeadlineLineWithoutFullStop_IsItsOwnHeadingSentence()
    {
        var sentences = SentenceSegmenter.Segment("Tories and Labour unite in ceasefire vote\n\nPosted on: February 21st, 2024 by TTE\nMPs voted. It passed.");

        Assert.Equal(4, sentences.Count);
        Assert.Equal(SentenceKind.Heading, sentences[0].Kind);
        Assert.Equal(SentenceKind.Heading, sentences[1].Kind);
        Assert.Equal(SentenceKind.Prose, sentences[2].Kind);
    }

    [Fact]
    public void Segment_LastSentenceOfAParagraphWithoutFullStop_StaysProse()
    {
        var sentences = SentenceSegmenter.Segment("MPs voted on Tuesday. Labour abstained on the motion");

        Assert.All(sentences, s => Assert.Equal(SentenceKind.Prose, s.Kind));
    }

    [Fact]
    public void Segment_AsciiEllipsis_SplitsBeforeCapital() =>
        Assert.Equal(["We waited...", "Nothing."], Split("We waited... Nothing."));

    [Fact]
    public void Segment_BulletLines_AreListItemsWithoutTheMarker()
    {
        const string text = "Benefits:\n  • Support fearless journalism\n- Read online, advert free\n1. Faster pages";

        var sentences = SentenceSegmenter.Segment(text);

        Assert.Equal(["Support fearless journalism", "Read online, advert free", "Faster pages"],
            sentences.Skip(1).Select(s => s.Range.In(text).ToString()));
        Assert.All(sentences.Skip(1), s => Assert.Equal(SentenceKind.ListItem, s.Kind));
    }

    [Fact]
    public void Segment_HardWrappedParagraph_JoinsLinesThatContinueInLowerCase() =>
        Assert.Equal(["The vote in parliament showed\nincreasing numbers of rebels."],
            Split("The vote in parliament showed\nincreasing numbers of rebels."));

    [Fact]
    public void Segment_FrontMatterHtmlAndImageLines_AreSkipped()
    {
        const string text = "---\ntitle: \"A\"\ndate: 2024-01-01\n---\n\nFirst line here.\n\n<figure>\n\n![leaflet](/a.jpg)\n\n</figure>\n\nLast.";

        Assert.Equal(["First line here.", "Last."], Split(text));
    }

    [Fact]
    public void Segment_MarkdownLink_DoesNotSplitInsideTheUrl() =>
        Assert.Single(Split("Read [the report](https://example.com/a.b.c/report.html) first."));

    [Fact]
    public void Segment_Paragraphs_AreNumberedInOrder()
    {
        var sentences = SentenceSegmenter.Segment("One. Two.\n\nThree.");

        Assert.Equal([0, 0, 1], sentences.Select(s => s.Paragraph));
        Assert.Equal([0, 1, 2], sentences.Select(s => s.Index));
    }

    [Fact]
    public void Segment_EmptyText_HasNoSentences() => Assert.Empty(SentenceSegmenter.Segment("  \n\n "));

    [Fact]
    public void Segment_Seeds_EverySentenceIsNonEmptyTrimmedAndInOrder()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt"))
        {
            var text = File.ReadAllText(file);
            var sentences = SentenceSegmenter.Segment(text);

            Assert.NotEmpty(sentences);
            Assert.All(sentences, s => Assert.Equal(s.Range.In(text).Trim().Length, s.Range.Length));
            Assert.All(sentences.Zip(sentences.Skip(1)), p => Assert.True(p.First.Range.End <= p.Second.Range.Start));
        }
    }
}
