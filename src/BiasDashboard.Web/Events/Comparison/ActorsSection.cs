using BiasDashboard.Analysis.Comparison;

namespace BiasDashboard.Web.Events.Comparison;

/// <summary>"How each actor is portrayed": the chart's caption, and per actor and column the mentions and mean tone.</summary>
public sealed record ActorsSection(string Caption, IReadOnlyList<string> Columns, IReadOnlyList<ActorLine> Rows)
{
    private const string Signed = "+0.00;−0.00;0.00";

    public static ActorsSection Build(EventComparisonView view, IReadOnlyList<string> order) => new(
        view.Figures.ActorsOwnVoice.Caption,
        order,
        view.Comparison.Actors.Select(row => new ActorLine(
            row.Actor.Name,
            string.Join(", ", row.Actor.Aliases),
            row.Actor.Kind.ToString().ToLowerInvariant(),
            order.Select(name => Cell(row.Cells.First(x => x.Column == name))).ToList())).ToList());

    // Null when the column never mentions the actor.
    private static ActorFigure? Cell(ActorCell cell) => cell.Mentions == 0 ? null : new ActorFigure(
        Display.SentencesHref(cell.Sentences),
        $"{cell.Mentions}× {Display.Tone(cell.MeanAll ?? 0, Signed)}",
        cell.Spread is { } spread ? $"({Display.Tone(spread.Low, Signed)} to {Display.Tone(spread.High, Signed)})" : null,
        "own voice " + (cell.MeanOwnVoice is { } own ? Display.Tone(own, Signed) : "—"));
}

/// <summary>An actor: name, the names merged into it (for the tooltip), kind, and one cell per column (null: not mentioned).</summary>
public sealed record ActorLine(string Name, string Aliases, string Kind, IReadOnlyList<ActorFigure?> Cells);

/// <summary>How a column portrays an actor: mentions and mean tone (linked to the sentences), its interval, the own-voice mean.</summary>
public sealed record ActorFigure(string? Href, string Text, string? Interval, string OwnVoice);
