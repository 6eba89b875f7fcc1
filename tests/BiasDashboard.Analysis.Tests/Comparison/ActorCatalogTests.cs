using BiasDashboard.Analysis.Comparison;

namespace BiasDashboard.Analysis.Tests.Comparison;

public sealed class ActorCatalogTests
{
    private static (ActorCatalog Catalog, List<Actor?> Resolved) Build(string text)
    {
        var mentions = NameFinder.Find(text);
        var catalog = ActorCatalog.Build(mentions);
        return (catalog, mentions.Select(catalog.Resolve).ToList());
    }

    [Fact]
    public void Resolve_MergesFullNameTitledSurnameAndBareSurname()
    {
        var (_, resolved) = Build("Rushanara Ali faced protesters. Ms Ali said she would not resign. The critics say Ali misjudged the mood.");

        var ali = Assert.Single(resolved.Select(a => a!.Id).Distinct());
        Assert.Equal("rushanara-ali", ali);
        Assert.Equal(["Ali", "Ms Ali", "Rushanara Ali"], resolved[^1]!.Aliases);
    }

    [Fact]
    public void Resolve_AKnightGoesByFirstNameAndSurname()
    {
        var (_, resolved) = Build("Keir Starmer whipped his MPs. Sir Keir said the motion was a stunt. Starmer won the vote.");

        Assert.All(resolved, a => Assert.Equal("Keir Starmer", a!.Name));
        Assert.Equal(ActorKind.Person, resolved[0]!.Kind);
    }

    [Fact]
    public void Resolve_ASurnameSharedByTwoPeopleIsNotGuessed()
    {
        var (_, resolved) = Build("Rushanara Ali spoke first. Then Tasnime Ali replied. Later Ali left the hall.");

        Assert.Equal("Rushanara Ali", resolved[0]!.Name);
        Assert.Equal("Tasnime Ali", resolved[1]!.Name);
        Assert.Equal("Ali", resolved[2]!.Name);
    }

    [Fact]
    public void Resolve_PartySpellingsBecomeOneParty()
    {
        var (_, resolved) = Build("The Tories abstained. The Conservative Party said nothing. A Tory whip agreed. The Scottish National Party and the SNP are one.");

        Assert.Equal(["Conservatives", "Conservatives", "Conservatives", "SNP", "SNP"], resolved.Select(a => a!.Name));
        Assert.All(resolved, a => Assert.Equal(ActorKind.Party, a!.Kind));
    }

    [Fact]
    public void Resolve_DemonymsArePeopleOrPlaces()
    {
        var (_, resolved) = Build("Palestinian families fled while the Palestinians in Rafah waited. Israeli forces advanced into Gaza.");

        Assert.Equal(["Palestinians", "Palestinians", "Rafah", "Israel", "Gaza"], resolved.Select(a => a!.Name));
        Assert.Equal(ActorKind.Group, resolved[0]!.Kind);
    }

    [Fact]
    public void Build_AMultiWordNameOfCommonWordsIsNotAPerson()
    {
        var (_, resolved) = Build("She is the minister for Investment and Small Businesses, which help small firms.");

        Assert.DoesNotContain(resolved, a => a is { Kind: ActorKind.Person });
    }
}
