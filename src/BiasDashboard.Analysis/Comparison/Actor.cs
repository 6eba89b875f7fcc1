namespace BiasDashboard.Analysis.Comparison;

/// <summary>
/// A person, party, organisation or place named in an event's articles, with every spelling that was merged into it
/// ("Rushanara Ali", "Ms Ali", "Ali"). <see cref="Id"/> is stable for the same name.
/// </summary>
public sealed record Actor(string Id, string Name, ActorKind Kind, IReadOnlyList<string> Aliases);
