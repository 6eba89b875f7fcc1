using BiasDashboard.Analysis.Comparison;

namespace BiasDashboard.Analysis.Tests.Comparison;

/// <summary>
/// An actor's id is its name folded (case, diacritics, hyphens, spaces, punctuation): two spellings of one name are one
/// actor, and no two actors share an id, so the comparison never meets a duplicate.
/// </summary>
public sealed class ActorIdentityTests
{
    private static EventComparison Compare(params string[] bodies) =>
        EventComparer.Default.Compare(bodies.Select((b, i) => new ComparedArticle($"a{i}.txt", $"Outlet {i % 2}", $"Outlet {i % 2}", $"Title {i}", null, null, b)).ToList());

    private static ActorRow Row(EventComparison comparison, string id) => Assert.Single(comparison.Actors, a => a.Actor.Id == id);

    [Fact]
    public void Compare_CapitalisedDatelineBesideTheSameNameInTitleCase_IsOneActor()
    {
        var comparison = Compare("Senate talks resume\n\nWASHINGTON — Senators met on Monday.\n\nOfficials in Washington said talks would continue.\n");

        var washington = Row(comparison, "washington");
        Assert.Equal(2, washington.Mentions);
        Assert.Equal("Washington", washington.Actor.Name);
    }

    [Theory]
    [InlineData("Kim Jong Un", "Kim Jong-un", "kim-jong-un")]
    [InlineData("WikiLeaks", "Wikileaks", "wikileaks")]
    [InlineData("Enrique Peña Nieto", "Enrique Pena Nieto", "enrique-pena-nieto")]
    [InlineData("Peña", "Pena", "pena")]
    [InlineData("José Ramos-Horta", "Jose Ramos Horta", "jose-ramos-horta")]
    [InlineData("Lech Wałęsa", "LECH WALESA", "lech-walesa")]
    public void Compare_TwoSpellingsOfOneName_AreOneActorWithBothAsAliases(string one, string other, string id)
    {
        var comparison = Compare(
            $"Talks\n\nOn Monday {one} met envoys in Geneva. Aides to {one} said talks went well.\n",
            $"Talks\n\nOn Monday {other} met envoys in Geneva. Aides to {other} said the talks were hard.\n");

        var row = Row(comparison, id);
        Assert.Equal(4, row.Mentions);
        Assert.Contains(one, row.Actor.Aliases);
        Assert.Contains(other, row.Actor.Aliases);
    }

    [Fact]
    public void Compare_ManySpellingsAcrossArticles_NeverGivesTwoActorsOneId()
    {
        var comparison = Compare(
            "KIM JONG UN and Kim Jong-un and Kim Jong Un met WIKILEAKS, WikiLeaks and Wikileaks in Washington.\n\nWASHINGTON — Peña, Pena and PEÑA spoke. Ms Peña said so.",
            "Washington. washington. Kim-Jong-Un. Wiki-Leaks and WikiLeaks. Mr. Pena and Mr Pena and Dr Peña.");

        Assert.Equal(comparison.Actors.Count, comparison.Actors.Select(a => a.Actor.Id).Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData("Peña", "pena")]
    [InlineData("PEÑA", "pena")]
    [InlineData("Kim Jong-un", "kim-jong-un")]
    [InlineData("Kim  Jong – Un", "kim-jong-un")]
    [InlineData("O’Connor", "oconnor")]
    [InlineData("U.S.", "us")]
    [InlineData("Łódź", "lodz")]
    [InlineData("Straße", "strasse")]
    [InlineData("Ærø", "aero")]
    [InlineData("Pen\u0303a", "pena")]
    [InlineData("Rushanara Ali", "rushanara-ali")]
    public void ActorId_FoldsCaseDiacriticsHyphensAndPunctuation(string name, string id) =>
        Assert.Equal(id, ActorId.Of(name));
}
