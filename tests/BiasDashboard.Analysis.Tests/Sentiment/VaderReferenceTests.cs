using BiasDashboard.Analysis.Sentiment;

namespace BiasDashboard.Analysis.Tests.Sentiment;

public sealed class VaderReferenceTests
{
    public static TheoryData<string> Ids => new(ReferenceFixture.Sentences.Select(s => s.Id));

    [Theory]
    [MemberData(nameof(Ids))]
    public void PolarityScores_ReferenceSentence_MatchesReferenceExactly(string id)
    {
        var text = ReferenceFixture.Sentences.Single(s => s.Id == id).Text;

        var actual = ReferenceFixture.Format(VaderAnalyzer.Default.PolarityScores(text));

        Assert.Equal(ReferenceFixture.Expected[id], actual);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void PolarityScores_ReferenceSentence_MatchesUnroundedCompoundTo12Digits(string id)
    {
        var text = ReferenceFixture.Sentences.Single(s => s.Id == id).Text;

        var explanation = VaderAnalyzer.Default.Explain(text);

        Assert.Equal(ReferenceFixture.ExpectedRaw[id][3], explanation.RawCompound, 12);
    }

    [Fact]
    public void Fixture_CoversEveryReferenceRow()
    {
        Assert.Equal(300, ReferenceFixture.Sentences.Count);
        Assert.Equal(ReferenceFixture.Sentences.Select(s => s.Id), ReferenceFixture.Expected.Keys);
    }
}
