
namespace BiasDashboard.Web.Events.Comparison;

/// <summary>"Who gets to speak": the chart's caption, how many quotations name no speaker, and every voice in numbers.</summary>
public sealed record VoicesSection(string Caption, string Coverage, IReadOnlyList<VoiceRow> Rows)
{
    public static VoicesSection Build(EventComparisonView view, IReadOnlyList<string> order) => new(
        view.Figures.Voices.Caption,
        view.Comparison.Coverage.Sentence,
        order.SelectMany(name => view.Comparison.Voices.First(v => v.Column == name).Voices.Select(voice => new VoiceRow(
            name, Display.SentencesHref(voice.Sentences), voice.Speaker, voice.Group, voice.DirectWords, voice.ReportedWords,
            Display.Percent(voice.Share)))).ToList());
}

public sealed record VoiceRow(string Column, string? Href, string Speaker, string Group, int DirectWords, int ReportedWords, string Share);
