using BiasDashboard.Analysis.Comparison;
using BiasDashboard.Analysis.Text;

namespace BiasDashboard.Analysis.Tests.Comparison;

public sealed class FactFinderTests
{
    private static List<FactClaim> Facts(string text) =>
        FactFinder.Find(text, SentenceSegmenter.Segment(text), ActorCatalog.Build(NameFinder.Find(text))).ToList();

    [Theory]
    [InlineData("Overall, 56 Labour MPs backed the amendment, which failed by 293 to 125 votes.", "293–125")]
    [InlineData("The motion was rejected by parliament, with 294 voting against and 125 voting in favour.", "294–125")]
    [InlineData("The amendment fell 125-294 in the Commons.", "294–125")]
    public void Find_VoteTalliesAreNormalisedLargerFirst(string sentence, string expected)
    {
        var tally = Assert.Single(Facts(sentence), f => f.Key == "tally:motion");
        Assert.Equal(expected, tally.Value);
    }

    [Fact]
    public void Find_ATallyAtTheUnIsNotTheCommonsVote()
    {
        Assert.Equal("tally:council", Assert.Single(Facts("The vote on a ceasefire in the 15-member Security Council was 13 to one.")).Key);
    }

    [Theory]
    [InlineData("Ali voted against the motion, unlike 10 of her frontbench colleagues who resigned their posts.", "10")]
    [InlineData("They saw how eight members of Starmer’s frontbench were willing to defy him and resign.", "8")]
    public void Find_CountsAreKeyedByWhatTheyCountAndTheAction(string sentence, string expected)
    {
        var count = Assert.Single(Facts(sentence), f => f.Key == "frontbenchers:resigned");
        Assert.Equal(expected, count.Value);
        Assert.Equal("Frontbenchers who resigned", count.Label);
    }

    [Fact]
    public void Find_APartyBetweenNumberAndNounNarrowsTheKey()
    {
        var claim = Assert.Single(Facts("Overall, 56 Labour MPs backed the amendment."));
        Assert.Equal("mps:labour:backed", claim.Key);
        Assert.Equal("56", claim.Value);
    }

    [Theory]
    [InlineData("Rushanara Ali, the Shadow Minister for Investment, voted against the SNP’s ceasefire motion last night.", "voted against")]
    [InlineData("Last November, Ali courted controversy after she abstained in a parliamentary ceasefire vote.", "abstained")]
    [InlineData("Ali, shadow minister for investment, chose not to rebel from Keir Starmer’s three-line whip and abstained.", "abstained")]
    [InlineData("Ali, who won by 1,689 votes, faced criticism for abstaining on a ceasefire vote.", "abstained")]
    public void Find_HowANamedPersonVotedIsTheirStance(string sentence, string expected)
    {
        var stance = Assert.Single(Facts(sentence), f => f.Key.StartsWith("stance:", StringComparison.Ordinal));
        Assert.Equal(expected, stance.Value);
        Assert.EndsWith("ali", stance.Key, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Ali wrote that voting for this motion wouldn’t have secured one.")]
    [InlineData("One user listed every Labour MP who abstained or voted against a ceasefire.")]
    [InlineData("Tory whips told their MPs to abstain on the Labour motion.")]
    public void Find_HypotheticalsAndOtherPeoplesVotesAreNotAStance(string sentence)
    {
        Assert.DoesNotContain(Facts(sentence), f => f.Key.StartsWith("stance:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The protest on 15 November drew crowds.")]
    [InlineData("It cost £1,500 per worker in 2023.")]
    [InlineData("She finished 2nd in the race.")]
    public void Find_DatesMoneyAndOrdinalsAreNotCounts(string sentence)
    {
        Assert.DoesNotContain(Facts(sentence), f => !f.Key.StartsWith("money:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The council will spend £410,000 on new junctions.", "money:£:5", "£410,000")]
    [InlineData("The Senate passed a $4.2 billion budget.", "money:$:9", "$4.2 billion")]
    [InlineData("Executives were paid £25m in bonuses.", "money:£:7", "£25 million")]
    [InlineData("EU leaders backed a €20bn fund.", "money:€:10", "€20 billion")]
    public void Find_MoneyIsAnAmountWithItsCurrencyAndMagnitude(string sentence, string key, string value)
    {
        var money = Assert.Single(Facts(sentence), f => f.Key.StartsWith("money:", StringComparison.Ordinal));

        Assert.Equal(key, money.Key);
        Assert.Equal(value, money.Value);
    }

    [Theory]
    [InlineData("Two dozen protesters were arrested on Wednesday.", "count:people:arrested", 24, 24)]
    [InlineData("Nearly 400 people have died.", "count:people:killed", 360, 400)]
    [InlineData("About 300 homes were flooded.", "count:homes", 270, 330)]
    [InlineData("More than 20,000 people have been evacuated.", "count:people:evacuated", 20000, 26667)]
    [InlineData("Up to 120 lorries a day will use the lane.", "count:lorries", 90, 120)]
    public void Find_ApproximateCountsAreRanges(string sentence, string key, double low, double high)
    {
        var count = Assert.Single(Facts(sentence), f => f.Key == key);

        Assert.InRange(count.Span!.Value.Low, low - 1, low + 1);
        Assert.InRange(count.Span!.Value.High, high - 1, high + 1);
    }

    [Fact]
    public void Find_AMajorityBelongsToTheNamedWinner()
    {
        var claim = Assert.Single(Facts("Rushanara Ali, who won by 1,689 votes, held the seat."), f => f.Key.StartsWith("majority", StringComparison.Ordinal));
        Assert.Equal("majority:rushanara-ali", claim.Key);
        Assert.Equal("1689", claim.Value);
    }

    [Fact]
    public void Find_ClaimRangesPointAtTheWords()
    {
        const string text = "Turnout was high. The amendment failed by 293 to 125 votes.";
        var claim = Assert.Single(Facts(text));
        Assert.Equal("293 to 125 votes", text.Substring(claim.Range.Start, claim.Range.Length));
        Assert.Equal(1, claim.Sentence);
    }
}
