using BiasDashboard.Analysis.Comparison;

namespace BiasDashboard.Analysis.Tests.Comparison;

/// <summary>Actors as issue 12 lists their failure classes: initials, acronyms, "and", country-aware houses, headlines, places.</summary>
public sealed class ActorNamingTests
{
    private static List<Actor> Actors(params string[] bodies) =>
        EventComparer.Default.Compare(bodies.Select((b, i) => new ComparedArticle($"a{i}", $"Outlet {i}", $"Outlet {i}", "Title", null, null, b)).ToList())
            .Actors.Select(a => a.Actor).ToList();

    [Fact]
    public void MiddleInitialsAndDottedAcronyms_StayWhole()
    {
        var names = NameFinder.Find("Robert K. Lane met the F.B.I. and U.S. officials.").Select(m => m.Name).ToList();

        Assert.Equal(["Robert K. Lane", "F.B.I.", "U.S."], names);
    }

    [Fact]
    public void OrganisationNamesWithAnd_AreOneName()
    {
        var names = NameFinder.Find("Crews from Northshire Fire and Rescue Service arrived. Ortiz and Holt spoke.").Select(m => m.Name).ToList();

        Assert.Contains("Northshire Fire and Rescue Service", names);
        Assert.Contains("Ortiz", names);
        Assert.Contains("Holt", names);
    }

    [Fact]
    public void House_IsTheHouseOfRepresentativesInUsCoverageAndTheCommonsInUk()
    {
        var us = Actors("Sen. Maria Delgado said the House would vote. The House meets on Monday and Congress is split.");
        var uk = Actors("Labour MPs said the House would vote. The House meets on Monday and the Commons is split.");

        Assert.Contains(us, a => a.Name == "House of Representatives");
        Assert.DoesNotContain(us, a => a.Name == "House of Commons");
        Assert.Contains(uk, a => a.Name == "House of Commons");
    }

    [Fact]
    public void HeadlineLines_AreNotPeople()
    {
        var names = NameFinder.Find("Senator Beats Back Leadership Challenge\n\nThe senator kept her post on Tuesday.").Select(m => m.Name).ToList();

        Assert.Empty(names);
    }

    [Fact]
    public void SurnameSpellingsAndDescriptors_MergeIntoTheFullName()
    {
        var actors = Actors(
            "Park Soo-min spoke in Seoul. Park said talks went well.\n\nCyclist Lisa Shaw was hurt. Ms Shaw said so.",
            "Park Soo Min spoke. Lisa Shaw, a cyclist, was hurt.");

        Assert.Single(actors, a => a.Name.StartsWith("Park", StringComparison.Ordinal));
        Assert.Single(actors, a => a.Name.EndsWith("Shaw", StringComparison.Ordinal));
    }

    [Fact]
    public void PlacesByShapeAndContext_AreNotPeople()
    {
        var actors = Actors("Sue Patel lives on Marsh Lane in Benton Harbor. She walks to Marsh Lane daily in Benton Harbor.");

        Assert.Equal(ActorKind.Place, actors.Single(a => a.Name == "Marsh Lane").Kind);
        Assert.Equal(ActorKind.Place, actors.Single(a => a.Name == "Benton Harbor").Kind);
    }
}
