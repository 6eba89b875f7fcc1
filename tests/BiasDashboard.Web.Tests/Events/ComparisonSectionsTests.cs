using BiasDashboard.Web.Events.Comparison;
using Microsoft.Extensions.DependencyInjection;

namespace BiasDashboard.Web.Tests.Events;

/// <summary>
/// The comparison page's prepared sections, built from the seed event: every section lists the columns in the order
/// chosen, every figure is written as the page shows it, and every link points at the sentences behind it.
/// </summary>
public sealed class ComparisonSectionsTests() : WebAppTest()
{
    private const string Event = "snp-amendment-2023-11-15";

    private async Task<EventComparisonView> ViewAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<EventComparisonQuery>().BuildAsync(Event, null, CancellationToken.None))!;
    }

    [Fact]
    public async Task Build_SortedMostNegativeFirst_ListsColumnsInThatOrderInEverySection()
    {
        var view = await ViewAsync();

        var sections = ComparisonSections.Build(view, "negative");

        var expected = view.Comparison.Columns.OrderBy(c => c.Sentiment.Mean).Select(c => c.Name).ToList();
        Assert.Equal(expected, sections.SideBySide.Columns.Select(c => c.Name));
        Assert.Equal(expected, sections.Ledger.Columns);
        Assert.Equal(expected, sections.Actors.Columns);
        Assert.Equal(expected, sections.Voices.Rows.Select(r => r.Column).Distinct());
        Assert.All(sections.Ledger.Rows, row => Assert.Equal(expected.Count, row.Cells.Count));
        Assert.All(sections.Actors.Rows, row => Assert.Equal(expected.Count, row.Cells.Count));
    }

    [Fact]
    public async Task Build_UnknownSort_OrdersColumnsByNameIgnoringCase()
    {
        var view = await ViewAsync();

        var names = ComparisonSections.Build(view, "<script>").SideBySide.Columns.Select(c => c.Name).ToList();

        Assert.Equal(names.Order(StringComparer.OrdinalIgnoreCase), names);
        Assert.Equal("4 outlets, 4 articles", ComparisonSections.Build(view, null).Coverage);
    }

    [Fact]
    public async Task Build_ToneCell_PlacesBarAndWhiskerOnTheSharedScaleAndWritesTheMeanWithATypographicMinus()
    {
        var view = await ViewAsync();
        var column = view.Comparison.Columns.First(c => c.Sentiment.Mean < 0);

        var tone = ComparisonSections.Build(view, null).SideBySide.Columns.Single(c => c.Name == column.Name).Tone;

        Assert.StartsWith("−", tone.Mean, StringComparison.Ordinal);
        Assert.Equal("neg", tone.BarClass);
        Assert.Equal(Display.At(column.Sentiment.Mean), tone.BarLeft); // a negative bar starts at the mean and ends at 0
        Assert.Equal(Display.At(column.Sentiment.Spread!.Low), tone.WhiskerLeft);
        Assert.Contains($"{column.Name}: mean {tone.Mean}, 95% interval", tone.Label, StringComparison.Ordinal);
        Assert.StartsWith($"/articles/", tone.NegativeHref, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_VoiceGroups_HaveOneColourAcrossColumnsAndUnattributedWordsAreGrey()
    {
        var sections = ComparisonSections.Build(await ViewAsync(), null);

        var segments = sections.SideBySide.Columns.SelectMany(c => c.Voices.Segments)
            .Select(s => (Group: s.Title[..s.Title.LastIndexOf(' ')], s.Colour)).ToList();

        Assert.All(segments.GroupBy(s => s.Group), g => Assert.Single(g.Select(s => s.Colour).Distinct()));
        Assert.All(segments.Where(s => s.Group == "(unattributed)"), s => Assert.Equal("#B8B8B8", s.Colour));
        Assert.All(sections.SideBySide.Columns, c => Assert.True(c.Voices.Top.Count <= 4));
    }

    [Fact]
    public async Task Build_LedgerAndDifferences_LinkEveryStatedValueToItsSentences()
    {
        var sections = ComparisonSections.Build(await ViewAsync(), null);

        var stated = sections.Ledger.Rows.SelectMany(r => r.Cells).Where(c => c.StatusClass != "st-omits").ToList();
        Assert.NotEmpty(stated);
        Assert.All(stated, c => Assert.Matches(@"^/articles/\d+\?s=[\d,]+#s-\d+$", c.Href));
        Assert.All(sections.Ledger.Rows.SelectMany(r => r.Cells).Where(c => c.StatusClass == "st-omits"), c => Assert.Equal(("—", "omits"), (c.Mark, c.Text)));
        Assert.All(sections.Differences.Rows.SelectMany(r => r.Cells), c => Assert.False(string.IsNullOrEmpty(c.Quote)));
    }

    [Fact]
    public async Task Build_EventWithoutArticles_IsEmptyAndSaysSo()
    {
        var view = await ViewAsync();
        var empty = view with { Comparison = view.Comparison with { Columns = [], Voices = [], Actors = [], Ledger = [], Differences = [], SingleSource = [] } };

        var sections = ComparisonSections.Build(empty, null);

        Assert.True(sections.Empty);
        Assert.Equal("0 outlets, 0 articles", sections.Coverage);
    }
}
