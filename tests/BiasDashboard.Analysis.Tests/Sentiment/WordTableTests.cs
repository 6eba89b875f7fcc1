using BiasDashboard.Analysis.Sentiment;

namespace BiasDashboard.Analysis.Tests.Sentiment;

public sealed class WordTableTests
{
    [Fact]
    public void TryGetValue_FindsEveryLexiconWord_AndMissesOthers()
    {
        var words = Vader.Lexicon.Entries.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
        var table = new WordTable<double>(words);

        Assert.All(words, w => Assert.True(table.TryGetValue(w.Key, out var v) && v == w.Value));
        Assert.False(table.TryGetValue("goodd", out _));
        Assert.False(table.TryGetValue("", out _));
    }

    [Fact]
    public void TryGetValue_ComparesWholeWords_NotPrefixes()
    {
        var table = new WordTable<int>(new Dictionary<string, int> { ["kind"] = 1, ["kind of"] = 2 });

        Assert.True(table.TryGetValue("kind of".AsSpan(0, 4), out var kind));
        Assert.Equal(1, kind);
        Assert.False(table.TryGetValue("kin", out _));
    }
}
