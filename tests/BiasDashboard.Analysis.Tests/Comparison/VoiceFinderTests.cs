using BiasDashboard.Analysis.Comparison;
using BiasDashboard.Analysis.Text;

namespace BiasDashboard.Analysis.Tests.Comparison;

public sealed class VoiceFinderTests
{
    private static IReadOnlyList<VoicePassage> Voices(string text, out string body)
    {
        body = text;
        var quotes = QuoteFinder.Find(text);
        var catalog = ActorCatalog.Build(NameFinder.Find(text));
        return VoiceFinder.Find(text, SentenceSegmenter.Segment(text, quotes), quotes, catalog);
    }

    [Fact]
    public void Find_DirectQuotationCountsItsWordsForTheNamedSpeaker()
    {
        var voices = Voices("Marc Francis, a Labour councillor, said: “The party has lost its way on Gaza.”", out var body);

        var voice = Assert.Single(voices);
        Assert.Equal("Marc Francis", voice.Speaker);
        Assert.Equal(VoiceKind.Direct, voice.Kind);
        Assert.Equal(8, voice.Words);
        Assert.Equal("The party has lost its way on Gaza.", body.Substring(voice.Range.Start, voice.Range.Length));
    }

    [Fact]
    public void Find_ReportedSpeechAfterSaidThatCountsTheClause()
    {
        var voices = Voices("Rushanara Ali met constituents on Friday.\n\nMs Ali said that voting for the motion would not have secured a ceasefire.", out var body);

        var voice = Assert.Single(voices);
        Assert.Equal("Rushanara Ali", voice.Speaker);
        Assert.Equal(VoiceKind.Reported, voice.Kind);
        Assert.StartsWith("voting for the motion", body.Substring(voice.Range.Start, voice.Range.Length), StringComparison.Ordinal);
        Assert.Equal(10, voice.Words);
    }

    [Fact]
    public void Find_AccordingToNamesTheSpeaker()
    {
        var voice = Assert.Single(Voices("According to Jess Phillips, the whips had lost control of the party.", out _));

        Assert.Equal("Jess Phillips", voice.Speaker);
        Assert.Equal(VoiceKind.Reported, voice.Kind);
    }

    [Fact]
    public void Find_TellsUsesTheSubjectNotTheListener()
    {
        var voice = Assert.Single(Voices("Andrew Wood told Roman Road London the council had ignored residents for years.", out _));

        Assert.Equal("Andrew Wood", voice.Speaker);
    }

    [Fact]
    public void Find_APronounIsNeverASpeaker()
    {
        var voice = Assert.Single(Voices("“We are not going anywhere,” she said.", out _));

        Assert.Null(voice.Speaker);
    }

    [Fact]
    public void SpeakerGroups_TheDescriptionAroundANameGivesTheGroup()
    {
        const string text = "Marc Francis, a Labour councillor, spoke. Jane Doe, a local resident, agreed. Sam Roe, a campaigner with Stop the War, did not. Ali Khan, a student at the march, cheered.";
        var mentions = NameFinder.Find(text);
        var catalog = ActorCatalog.Build(mentions);
        string GroupOf(string name) => SpeakerGroups.Of(text, catalog.Resolve(name)!, mentions.Where(m => catalog.Resolve(m)?.Name == name));

        Assert.Equal("Labour", GroupOf("Marc Francis"));
        Assert.Equal("resident", GroupOf("Jane Doe"));
        Assert.Equal("campaign group", GroupOf("Sam Roe"));
        Assert.Equal("protester", GroupOf("Ali Khan"));
    }
}
