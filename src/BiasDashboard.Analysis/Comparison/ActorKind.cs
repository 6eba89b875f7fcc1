namespace BiasDashboard.Analysis.Comparison;

/// <summary>What an actor is: a person, a political party, another organisation, a place, or not known.</summary>
public enum ActorKind
{
    /// <summary>A named person ("Rushanara Ali").</summary>
    Person,

    /// <summary>A political party ("Labour", "SNP").</summary>
    Party,

    /// <summary>Another organisation or body ("House of Commons", "Hamas", "Stop the War").</summary>
    Organisation,

    /// <summary>A people or community named as a whole ("Palestinians", "Israelis").</summary>
    Group,

    /// <summary>A country, city or area ("Gaza", "Bethnal Green").</summary>
    Place,

    /// <summary>A name the rules cannot place.</summary>
    Other,
}
