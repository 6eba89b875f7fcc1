using BiasDashboard.Analysis.Framing;

namespace BiasDashboard.Analysis.Tests.Framing;

public sealed class FramingLexiconTests
{
    [Fact]
    public void Default_HasTheFiveNewsFramesLoadedLanguageAndContestedSets_EachWithASource()
    {
        var lexicon = FramingLexicon.Default;

        Assert.Equal(5, lexicon.Categories.Count(c => c.Group == "frame"));
        Assert.Contains(lexicon.Categories, c => c.Id == "violent-intensity" && c.Group == "loaded");
        Assert.Contains(lexicon.Contested, c => c.Id == "ceasefire-pause");
        Assert.All(lexicon.Categories, c => Assert.False(string.IsNullOrWhiteSpace(c.Source)));
        Assert.All(lexicon.Categories, c => Assert.False(string.IsNullOrWhiteSpace(c.Description)));
    }

    [Fact]
    public void Default_LeavesOutNamesAndRoutineWords()
    {
        var terms = FramingLexicon.Default.Categories.SelectMany(c => c.Terms).Select(t => t.Term).ToHashSet(StringComparer.OrdinalIgnoreCase);

        Assert.DoesNotContain("trump", terms);
        Assert.DoesNotContain("said", terms);
        Assert.DoesNotContain("told", terms);
    }

    [Fact]
    public void ToJson_RoundTrips() =>
        Assert.Equal(FramingLexicon.Default.ToJson(), FramingLexicon.Parse(FramingLexicon.Default.ToJson()).ToJson());

    [Theory]
    [InlineData("{", "not valid JSON")]
    [InlineData("""{"id":"x"}""", "needs an array 'categories'")]
    [InlineData("""{"id":"x","categories":[{"id":"a","name":"A","terms":[]}]}""", "'a' has no terms")]
    [InlineData("""{"id":"x","categories":[{"name":"A","terms":["t"]}]}""", "missing 'id'")]
    [InlineData("""{"id":"x","categories":[{"id":"a","name":"A","terms":["t"]},{"id":"a","name":"B","terms":["u"]}]}""", "'a' is used twice")]
    public void Parse_BadLexicon_SaysWhatIsWrong(string json, string message) =>
        Assert.Contains(message, Assert.Throws<FormatException>(() => FramingLexicon.Parse(json)).Message, StringComparison.Ordinal);
}
