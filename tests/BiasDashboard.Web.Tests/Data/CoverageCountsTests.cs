using System.Net;
using System.Net.Http.Headers;
using BiasDashboard.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BiasDashboard.Web.Tests.Data;

/// <summary>
/// The events' and outlets' counts are kept on their rows and stay what counting the store from scratch gives after
/// every kind of change (run on SQLite and, with TEST_DB_PROVIDER=Postgres, on PostgreSQL).
/// </summary>
public sealed class CoverageCountsTests() : WebAppTest(new Dictionary<string, string?> { ["Admin:Token"] = Token })
{
    private const string Token = "counts-admin-token-not-a-secret";

    private async Task SendAsync(string method, string url, string? json = null, HttpStatusCode expected = HttpStatusCode.NoContent)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url)
        {
            Content = json is null ? null : new StringContent(json, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        var response = await Client.SendAsync(request);
        Assert.True(response.StatusCode == expected, $"{method} {url} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    private async Task<int> UploadAsync(string outlet, string text, string? eventId = null, string? newEvent = null)
    {
        var form = Api.Files(("a.txt", Api.Utf8(text))).With("outlet", outlet);
        form = eventId is null ? form : form.With("eventIds", eventId);
        form = newEvent is null ? form : form.With("newEvent", newEvent);
        var response = await Client.PostAsync("/api/articles", form);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.JsonAsync()).GetProperty("id").GetInt32();
    }

    // Kept counts against the counts the list pages computed before they were kept.
    private async Task AssertCountsRightAsync(string after)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BiasDbContext>();
        var events = await db.Events.AsNoTracking().OrderBy(e => e.Id)
            .Select(e => new { e.Id, Kept = new { e.ArticleCount, e.OutletCount }, Counted = new { ArticleCount = e.Articles.Count, OutletCount = e.Articles.Select(a => a.OutletId).Distinct().Count() } })
            .ToListAsync();
        var outlets = await db.Outlets.AsNoTracking().OrderBy(o => o.Id)
            .Select(o => new
            {
                o.Id,
                Kept = new { o.ArticleCount, o.EventCount, o.MeanCompound },
                Counted = new { ArticleCount = o.Articles.Count, EventCount = o.Articles.SelectMany(a => a.Events).Select(e => e.Id).Distinct().Count(), MeanCompound = o.Articles.Average(a => (double?)a.MeanCompound) },
            })
            .ToListAsync();
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.True(e.Kept.Equals(e.Counted), $"after {after}: event {e.Id} keeps {e.Kept}, has {e.Counted}"));
        Assert.All(outlets, o => Assert.True(
            o.Kept.ArticleCount == o.Counted.ArticleCount && o.Kept.EventCount == o.Counted.EventCount &&
            Math.Abs((o.Kept.MeanCompound ?? 9) - (o.Counted.MeanCompound ?? 9)) < 1e-9,
            $"after {after}: outlet {o.Id} keeps {o.Kept}, has {o.Counted}"));
    }

    [Fact]
    public async Task Counts_StayRight_AfterEveryKindOfChange()
    {
        await AssertCountsRightAsync("the seed import");

        var fresh = await UploadAsync("Counting Courier", "Bridge closes\n\nThe Ness Bridge closed for repairs on Monday, the council said.", newEvent: "Ness Bridge closes");
        await AssertCountsRightAsync("an upload that makes an event and an outlet");
        var second = await UploadAsync("Counting Courier", "Gaza vote\n\nMPs voted on the SNP amendment calling for a ceasefire.", eventId: "snp-amendment-2023-11-15");
        await AssertCountsRightAsync("an upload into a stored event");

        await SendAsync("PUT", $"/api/articles/{second}/events", """{"eventIds":["snp-amendment-2023-11-15","school-strike-2023-11-16"]}""");
        await AssertCountsRightAsync("setting an article's events");
        await SendAsync("PUT", $"/api/articles/{fresh}/events", """{"eventIds":[]}""");
        await AssertCountsRightAsync("taking an article out of its only event");

        await SendAsync("POST", "/api/events/school-strike-2023-11-16/merge", """{"into":"snp-amendment-2023-11-15"}""");
        await AssertCountsRightAsync("merging two events");

        await SendAsync("DELETE", "/api/events/snp-amendment-2023-11-15");
        await AssertCountsRightAsync("deleting an event");

        await SendAsync("DELETE", $"/api/articles/{second}");
        await AssertCountsRightAsync("deleting an article");
    }

    [Fact]
    public async Task TheEventsList_ShowsTheKeptCounts()
    {
        await UploadAsync("Counting Courier", "Gaza vote\n\nMPs voted on the SNP amendment calling for a ceasefire.", eventId: "snp-amendment-2023-11-15");
        await using (var scope = App.Services.CreateAsyncScope())
        {
            // Only the kept numbers can say 999: a list that counted the store would still say the true count.
            var db = scope.ServiceProvider.GetRequiredService<BiasDbContext>();
            await db.Events.Where(e => e.Id == "snp-amendment-2023-11-15").ExecuteUpdateAsync(s => s.SetProperty(e => e.ArticleCount, 999));
        }

        var listed = (await (await Client.GetAsync("/api/events")).JsonAsync()).EnumerateArray().Single(e => e.GetProperty("id").GetString() == "snp-amendment-2023-11-15");

        Assert.Equal(999, listed.GetProperty("articles").GetInt32());
    }
}
