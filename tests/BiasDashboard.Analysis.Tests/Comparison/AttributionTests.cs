using BiasDashboard.Analysis.Comparison;
using BiasDashboard.Analysis.Text;

namespace BiasDashboard.Analysis.Tests.Comparison;

/// <summary>The failure classes issue 12 names, each as a reader would check it: who is credited with which words.</summary>
public sealed class AttributionTests
{
    private static List<(string? Speaker, VoiceKind Kind, string Words)> Voices(string text)
    {
        var quotes = QuoteFinder.Find(text);
        var names = NameFinder.Find(text);
        var catalog = ActorCatalog.Build(names);
        return VoiceFinder.Find(text, SentenceSegmenter.Segment(text, quotes), quotes, catalog, names)
            .Select(v => (v.Speaker, v.Kind, text.Substring(v.Range.Start, v.Range.Length))).ToList();
    }

    private static string? SpeakerOf(string text, string words) => Voices(text).Single(v => v.Words.Contains(words, StringComparison.Ordinal)).Speaker;

    [Fact]
    public void SplitQuote_BothHalvesHaveTheOneSpeaker()
    {
        const string text = "“We will appeal,” said Jane Roe, a lawyer for the council. “The ruling ignores the evidence.”";

        Assert.Equal("Jane Roe", SpeakerOf(text, "We will appeal"));
        Assert.Equal("Jane Roe", SpeakerOf(text, "The ruling ignores"));
    }

    [Fact]
    public void SpeakerNamedInTheSentenceBefore_IsThePronounsSpeaker()
    {
        const string text = "Station manager Karen Holt said the line would reopen. She said: “We are ready for Monday.”";

        Assert.Equal("Karen Holt", SpeakerOf(text, "We are ready"));
        Assert.Equal("Karen Holt", SpeakerOf(text, "the line would reopen"));
    }

    [Theory]
    [InlineData("“We will not stop,” said Gov. Tom Reid.", "Tom Reid")]
    [InlineData("“We will not stop,” said Rep. Ana Ortiz.", "Ana Ortiz")]
    [InlineData("Defense Secretary Lee Park said: “We will not stop.”", "Lee Park")]
    [InlineData("“We will not stop,” said Representative Mary B. Holt.", "Mary B. Holt")]
    [InlineData("“We will not stop,” said Lt. Gen. David R. Simmons.", "David R. Simmons")]
    [InlineData("“We will not stop,” Baroness Crossley said.", "Baroness Crossley")]
    [InlineData("Prosecutor Olivia Grant KC told the court: “We will not stop.”", "Olivia Grant")]
    public void Titles_AreNotTakenForNames(string text, string expected) => Assert.Equal(expected, SpeakerOf(text, "We will not stop"));

    [Fact]
    public void ColonAfterAnAbbreviation_CreditsTheSentencesSubject()
    {
        Assert.Equal("Mr Smith", SpeakerOf("Mr. Smith asked what Mr. Jones knew: “Who signed the order?”", "Who signed"));
    }

    [Fact]
    public void AskedAbout_TheParticipleIsNotTheWordsSaid()
    {
        var voice = Assert.Single(Voices("Asked about the budget, Paul Smith said the cuts were fair and overdue."));

        Assert.Equal("Paul Smith", voice.Speaker);
        Assert.StartsWith("the cuts were fair", voice.Words, StringComparison.Ordinal);
    }

    [Fact]
    public void AccordingToSomeonesLawyer_IsNotThatPersonSpeaking()
    {
        Assert.DoesNotContain(Voices("Paul Smith was charged. According to Smith's lawyer, the documents show he raised concerns."), v => v.Speaker is not null);
    }

    [Fact]
    public void LocalNewsPatterns_AgesAppositivesAndSpokespeople()
    {
        const string text = "GreenCycle wants the site.\n\nSue Patel, 58, who lives nearby, said the lorries would ruin the street.\n\nA spokesperson for GreenCycle said the site would create 40 jobs.";

        Assert.Equal("Sue Patel", SpeakerOf(text, "the lorries would ruin"));
        Assert.Equal("GreenCycle", SpeakerOf(text, "the site would create"));
    }

    [Fact]
    public void HisLawyerSaid_LeavesTheQuotationUnattributed()
    {
        Assert.Null(SpeakerOf("Prosecutors said Costa took bribes. His lawyer said: “We will fight every count.”", "We will fight"));
    }

    [Fact]
    public void TwoNamedSubjects_AreNotGuessedBetween()
    {
        Assert.DoesNotContain(Voices("Ana Ortiz and Mary Holt said in a letter that the clinic must stay open."), v => v.Speaker is not null);
    }
}
