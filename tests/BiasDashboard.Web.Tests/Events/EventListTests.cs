using System.Net;
using BiasDashboard.Web.Data;
using BiasDashboard.Web.Data.Entities;
using Microsoft.Extensions.DependencyInjection;

namespace BiasDashboard.Web.Tests.Events;

/// <summary>The events list comes a page at a time, newest first, so a page costs its length, not the store's.</summary>
public sealed class EventListTests : WebAppTest
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BiasDbContext>();
        // 150 dated events (one a day from 2020-01-01) and 3 undated ones, beside the seeds' events (2023-2024).
        db.Events.AddRange(Enumerable.Range(0, 150).Select(n => new NewsEvent { Id = $"old-{n:D3}", Title = $"Old event {n:D3}", Date = new DateOnly(2020, 1, 1).AddDays(n) }));
        db.Events.AddRange(Enumerable.Range(0, 3).Select(n => new NewsEvent { Id = $"undated-{n}", Title = $"Undated {n}" }));
        await db.SaveChangesAsync();
    }

    private async Task<List<(string Id, string? Date)>> PageAsync(string query)
    {
        var response = await Client.GetAsync("/api/events" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.JsonAsync()).EnumerateArray()
            .Select(e => (e.GetProperty("id").GetString()!, e.TryGetProperty("date", out var date) ? date.GetString() : null)).ToList();
    }

    [Fact]
    public async Task TheApi_GivesEveryEventOnce_APageAtATime_NewestFirst_UndatedLast()
    {
        var first = await Client.GetAsync("/api/events");
        Assert.Contains("rel=\"next\"", first.Headers.GetValues("Link").Single(), StringComparison.Ordinal);

        var all = (await PageAsync("")).Concat(await PageAsync("?skip=100")).ToList();

        Assert.Equal(100, (await PageAsync("")).Count);
        Assert.Equal(157, all.Count); // the seeds' 4 events, 150 old ones, 3 undated
        Assert.Equal(all.Count, all.Select(e => e.Id).Distinct().Count());
        var dates = all.Where(e => e.Date is not null).Select(e => e.Date!).ToList();
        Assert.Equal(dates.OrderByDescending(d => d, StringComparer.Ordinal), dates);
        Assert.Equal(["undated-0", "undated-1", "undated-2"], all.TakeLast(3).Select(e => e.Id));
        Assert.Equal(all.Skip(150).Take(5), await PageAsync("?skip=150&take=5")); // 4 dated, then the first undated
        Assert.Equal(["undated-1", "undated-2"], (await PageAsync("?skip=155&take=100")).Select(e => e.Id));
    }

    [Theory]
    [InlineData("?take=0", "take")]
    [InlineData("?take=501", "take")]
    [InlineData("?skip=-1", "skip")]
    public async Task TheApi_RefusesAPageOutOfRange_NamingTheParameter(string query, string parameter)
    {
        var response = await Client.GetAsync("/api/events" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"'{parameter}'", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheEventsPage_LinksOlderEvents()
    {
        var first = await Client.GetStringAsync("/events");
        var second = await Client.GetStringAsync("/events?skip=100");

        Assert.Contains("href=\"/events?skip=100\"", first, StringComparison.Ordinal);
        Assert.DoesNotContain("Old event 000", first, StringComparison.Ordinal);
        Assert.Contains("Old event 000", second, StringComparison.Ordinal);
        Assert.Contains("Newer events", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheDashboard_ShowsAnOldEventAskedFor_AndOffersItInThePicker()
    {
        var page = await Client.GetStringAsync("/?event=old-000");

        Assert.Contains("<option value=\"old-000\" selected=\"selected\">", page, StringComparison.Ordinal);
        Assert.Contains("<h1 id=\"event-title\">Old event 000</h1>", page, StringComparison.Ordinal);
    }
}
