using BiasDashboard.Analysis.Events;
using BiasDashboard.Analysis.Tests.Properties;
using BiasDashboard.Web.Data;
using BiasDashboard.Web.Events;
using CsCheck;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BiasDashboard.Web.Tests.Events;

/// <summary>The event matcher's terms are kept at ingest, so placing uploads never reads or counts stored bodies.</summary>
public sealed class MatchTermsTests : WebAppTest
{
    private const string Vote = "---\ndate: 2023-11-16\ntitle: Labour frontbenchers quit over Gaza ceasefire vote\n---\nEight Labour " +
        "frontbenchers resigned after the SNP amendment calling for a ceasefire in Gaza failed in the Commons. Keir Starmer had " +
        "ordered his MPs to abstain on the SNP motion, and 56 Labour MPs rebelled to back a ceasefire.";

    private async Task<string> PlanAsync() =>
        await (await Client.PostAsync("/api/articles/plan", Api.Files(("vote.md", Api.Utf8(Vote))))).Content.ReadAsStringAsync();

    private async Task<T> WithDbAsync<T>(Func<BiasDbContext, Task<T>> work)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<BiasDbContext>());
    }

    [Fact]
    public async Task EveryStoredArticle_KeepsTheTermsItsHeadlineAndBodyGive()
    {
        var rows = await WithDbAsync(db => db.Articles.AsNoTracking()
            .Select(a => new { a.Title, a.Body, a.MatchTerms!.Terms, a.MatchTerms.Version }).ToListAsync());

        Assert.Equal(5, rows.Count);
        Assert.All(rows, r =>
        {
            Assert.Equal(StoredTerms.Version, r.Version);
            Assert.Equal(ArticleTerms.Of(r.Title, r.Body).Terms, StoredTerms.Decode(r.Terms).Terms);
        });
    }

    [Fact]
    public async Task Plan_ReadsTheKeptTerms_NotTheStoredBodies()
    {
        var before = await PlanAsync();
        Assert.Contains("snp-amendment-2023-11-15", before, StringComparison.Ordinal); // it did compare with the stored event

        // With every stored body gone, a planner that read them would find nothing in common with the stored event.
        await WithDbAsync(db => db.Articles.ExecuteUpdateAsync(s => s.SetProperty(a => a.Body, "")));

        Assert.Equal(before, await PlanAsync());
    }

    [Fact]
    public async Task ArticlesStoredBeforeTermsWereKept_AreFilledInByTheBackfill_AndPlanTheSame()
    {
        var before = await PlanAsync();
        await WithDbAsync(db => db.ArticleMatchTerms.ExecuteDeleteAsync());

        Assert.Equal(before, await PlanAsync()); // an article not reached yet is counted from its body
        var backfill = App.Services.GetServices<IHostedService>().OfType<MatchTermsBackfill>().Single();
        Assert.True(await backfill.RunOnceAsync(CancellationToken.None));

        var kept = await WithDbAsync(db => db.Articles.AsNoTracking().Select(a => new { a.Title, a.Body, Terms = a.MatchTerms!.Terms }).ToListAsync());
        Assert.Equal(5, kept.Count);
        Assert.All(kept, k => Assert.Equal(StoredTerms.Encode(ArticleTerms.Of(k.Title, k.Body)), k.Terms));
        await WithDbAsync(db => db.Articles.ExecuteUpdateAsync(s => s.SetProperty(a => a.Body, "")));
        Assert.Equal(before, await PlanAsync());
    }

    [Fact]
    public async Task TermsOfAnOlderVersion_AreCountedAgain()
    {
        await WithDbAsync(db => db.ArticleMatchTerms.ExecuteUpdateAsync(s => s.SetProperty(t => t.Version, StoredTerms.Version - 1).SetProperty(t => t.Terms, "{}")));
        var backfill = App.Services.GetServices<IHostedService>().OfType<MatchTermsBackfill>().Single();

        Assert.True(await backfill.RunOnceAsync(CancellationToken.None));

        var versions = await WithDbAsync(db => db.ArticleMatchTerms.Select(t => t.Version).ToListAsync());
        Assert.Equal(Enumerable.Repeat(StoredTerms.Version, 5), versions);
    }

    [Fact]
    public void KeptTerms_ReadBackExactly_ForAnyText() =>
        Gen.Select(Gen.OneOf(NewsText.Article, NewsText.Unicode, NewsText.NewsCharacters), Gen.OneOf(NewsText.Unicode, Gen.Const("Nadia Kerr's 221-207 win")))
            .Sample((body, title) =>
            {
                var terms = ArticleTerms.Of(title, body);
                var back = StoredTerms.Decode(StoredTerms.Encode(terms));
                return terms.Terms.SequenceEqual(back.Terms) && terms.Counts.SequenceEqual(back.Counts)
                       && terms.Kinds.SequenceEqual(back.Kinds) && terms.Surfaces.SequenceEqual(back.Surfaces);
            }, iter: 300);

    [Fact]
    public void KeptTerms_WithATabOrLineBreakInside_ReadBackExactly()
    {
        var terms = ArticleTerms.FromStored(["a\tb", "c"], [1f, 2.5f], [TermKind.Name, TermKind.Number], ["A\tB", "c\nd"]);

        var back = StoredTerms.Decode(StoredTerms.Encode(terms));

        Assert.Equal(terms.Terms, back.Terms);
        Assert.Equal(terms.Counts, back.Counts);
        Assert.Equal(terms.Kinds, back.Kinds);
        Assert.Equal(terms.Surfaces, back.Surfaces);
    }
}
