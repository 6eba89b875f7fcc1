using System.Globalization;
using BiasDashboard.Analysis.Ingest;
using BiasDashboard.Web.Data;
using BiasDashboard.Web.Data.Entities;
using BiasDashboard.Web.Lexicon;
using BiasDashboard.Web.Operations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BiasDashboard.Web.Articles;

/// <summary>
/// Upload and ingest: check, decode, parse, analyse, store in one SaveChanges (so a refused or failed file
/// leaves nothing behind), then announce the change (<see cref="EventChanges"/>), so every dashboard watching an
/// affected event is pushed its new figures.
/// </summary>
public sealed class ArticleIngestService(
    BiasDbContext db, IOptions<UploadOptions> options, IOptions<IngestLimits> limits, EventChanges changes, TimeProvider clock,
    ActiveLexicon lexicon, ILogger<ArticleIngestService> logger)
{
    /// <summary>Stores one file as an article.</summary>
    /// <exception cref="ArticleRejectedException">
    /// The file is too large, empty, binary, undecodable, in an unknown format, or has no outlet.
    /// </exception>
    public async Task<StoredArticle> IngestAsync(
        string fileName, ReadOnlyMemory<byte> bytes, ArticleDetails details, CancellationToken ct) =>
        await StoreAsync(Parse(fileName, bytes), details, sourceKey: null, ct);

    /// <summary>Checks and parses one file without storing it.</summary>
    /// <exception cref="ArticleRejectedException">The file is too large, empty, binary, undecodable or in an unknown format.</exception>
    public ArticleText Parse(string fileName, ReadOnlyMemory<byte> bytes)
    {
        if (bytes.Length > options.Value.MaxFileBytes)
        {
            throw new ArticleRejectedException(TooLarge(bytes.Length, options.Value.MaxFileBytes), RejectionKind.TooLarge);
        }

        if (!ArticleParser.IsSupported(fileName))
        {
            throw new ArticleRejectedException(
                $"unknown format; upload {string.Join(", ", ArticleParser.Extensions)} files, or paste the text",
                RejectionKind.UnsupportedFormat);
        }

        try
        {
            return ArticleParser.Parse(fileName, ArticleDecoder.Decode(bytes.Span), limits.Value);
        }
        catch (InputLimitException e)
        {
            throw new ArticleRejectedException($"{e.Message} (setting Ingest:{e.Limit})", RejectionKind.TooLarge, e);
        }
        catch (ArticleFormatException e)
        {
            throw new ArticleRejectedException(e.Message, RejectionKind.Invalid, e);
        }
        catch (Exception e) when (e is not (ArticleRejectedException or OutOfMemoryException or OperationCanceledException))
        {
            // Whatever else a parser throws on input it cannot handle is one bad file, not a server error.
            logger.LogWarning(e, "Could not parse {File}", fileName);
            throw new ArticleRejectedException($"the file could not be read: {e.Message}", RejectionKind.Invalid, e);
        }
    }

    /// <summary>The refusal for a file over the size limit; the upload handler uses it too, before reading the file.</summary>
    public static string TooLarge(long length, long limit) =>
        string.Create(
            CultureInfo.InvariantCulture, $"the file is {length / 1024.0 / 1024.0:F1} MB; the limit is {limit / 1024.0 / 1024.0:F0} MB");

    /// <summary>Stores an already parsed article; <paramref name="sourceKey"/> makes a repeated import a no-op.</summary>
    public async Task<StoredArticle> StoreAsync(ArticleText parsed, ArticleDetails details, string? sourceKey, CancellationToken ct)
    {
        var metadata = new ArticleMetadata(details.Title, details.Outlet, details.Author, details.Published, details.Url)
            .Or(parsed.Metadata);
        var outletName = metadata.Outlet?.Trim();
        if (string.IsNullOrEmpty(outletName))
        {
            throw new ArticleRejectedException("no outlet: say which outlet published the article");
        }

        var analysis = lexicon.Analyzer.Analyze(parsed with { Metadata = metadata });
        var title = Clip(metadata.Title ?? FirstWords(parsed.Body), 500);
        var article = analysis.ToEntity(parsed.Format, title, clock.GetUtcNow().UtcDateTime);
        article.ApplyFraming(analysis.Framing);
        article.SourceKey = sourceKey;
        article.MatchTerms = Events.StoredTerms.For(article.Title, article.Body);
        article.Outlet = await FindOrAddOutletAsync(Clip(outletName, 200), ct);
        var events = await ResolveEventsAsync(details, metadata.Published, ct);
        var createdEvents = events.Where(e => db.Entry(e).State == EntityState.Added).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var newsEvent in events)
        {
            article.Events.Add(newsEvent);
        }

        db.Articles.Add(article);
        await SaveResolvingConflictsAsync(article, ct);
        var newEvent = createdEvents.Count > 0;
        await changes.SavedAsync(article.Events.Select(e => e.Id).ToList(), newEvent, CancellationToken.None);
        return new StoredArticle(article.Id, article.Title, article.Outlet.Name);
    }

    /// <summary>Deletes an article and its sentences; false when there is no such article.</summary>
    public async Task<bool> DeleteAsync(int id, CancellationToken ct)
    {
        var article = await db.Articles.Include(a => a.Events).FirstOrDefaultAsync(a => a.Id == id, ct);
        if (article is null)
        {
            return false;
        }

        var events = article.Events.Select(e => e.Id).ToList();
        db.Articles.Remove(article);
        await db.SaveChangesAsync(ct);
        await changes.SavedAsync(events, listChanged: false, CancellationToken.None);
        return true;
    }

    // Two uploads may create the same new outlet or event at once; the database's unique keys refuse the later save,
    // which then takes the row the other request stored (or, for an event whose id alone was taken, the next id).
    private async Task SaveResolvingConflictsAsync(Article article, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await db.SaveChangesAsync(ct);
                return;
            }
            catch (DbUpdateException e) when (UniqueConflict.Is(e) && attempt < 5)
            {
                if (db.Entry(article.Outlet).State == EntityState.Added && await StoredOutletAsync(article.Outlet.Name, ct) is { } stored)
                {
                    var mine = article.Outlet;
                    article.Outlet = stored;
                    db.ChangeTracker.DetectChanges();
                    db.Entry(mine).State = EntityState.Detached;
                }

                foreach (var added in article.Events.Where(x => db.Entry(x).State == EntityState.Added).ToList())
                {
                    article.Events.Remove(added);
                    db.ChangeTracker.DetectChanges();
                    db.Entry(added).State = EntityState.Detached;
                    article.Events.Add(await AddEventAsync(added.Title, added.Date, ct));
                }
            }
        }
    }

    private async Task<Outlet> FindOrAddOutletAsync(string name, CancellationToken ct) =>
        db.Outlets.Local.FirstOrDefault(o => o.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
        ?? await StoredOutletAsync(name, ct)
        ?? db.Outlets.Add(new Outlet { Name = name }).Entity;

    private async Task<Outlet?> StoredOutletAsync(string name, CancellationToken ct)
    {
        var lower = name.ToLowerInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // translated to SQL lower(); outlet names compare without case in every provider
        return await db.Outlets.FirstOrDefaultAsync(o => o.Name.ToLower() == lower, ct);
#pragma warning restore CA1304, CA1311, CA1862
    }

    private async Task<List<NewsEvent>> ResolveEventsAsync(ArticleDetails details, DateOnly? published, CancellationToken ct)
    {
        var ids = (details.EventIds ?? []).Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.Ordinal).ToList();
        var events = await db.Events.Where(e => ids.Contains(e.Id)).ToListAsync(ct);
        var missing = ids.Except(events.Select(e => e.Id), StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            throw new ArticleRejectedException($"unknown event '{missing[0]}'; pick an existing event or name a new one");
        }

        if (!string.IsNullOrWhiteSpace(details.NewEventTitle))
        {
            // A new event is dated by the article that creates it (the form's date, else the file's), so running stories can be linked.
            events.Add(await AddEventAsync(Clip(details.NewEventTitle.Trim(), 300), published, ct));
        }

        return events;
    }

    private async Task<NewsEvent> AddEventAsync(string title, DateOnly? date, CancellationToken ct)
    {
        var existing = db.Events.Local.FirstOrDefault(e => e.Title == title && db.Entry(e).State != EntityState.Detached)
                       ?? await db.Events.FirstOrDefaultAsync(e => e.Title == title, ct);
        if (existing is not null)
        {
            return existing;
        }

        var id = await Events.EventIdentity.FreeIdAsync(db, title, date, ct);
        // A concurrent upload may have stored this event between the title lookup and the id check (the id check then
        // saw its id taken): look again, now that anything the id check saw is visible, rather than make a twin.
        return await db.Events.FirstOrDefaultAsync(e => e.Title == title, ct)
               ?? db.Events.Add(new NewsEvent { Id = id, Title = title, Date = date }).Entity;
    }

    private static string FirstWords(string body)
    {
        var line = body.AsSpan(0, body.IndexOf('\n', StringComparison.Ordinal) is var n and >= 0 ? n : body.Length).Trim();
        return line.Length > 80 ? line[..80].ToString() + "…" : line.ToString();
    }

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..max];
}

/// <summary>What was stored: the new article's id, title and outlet.</summary>
public sealed record StoredArticle(int Id, string Title, string Outlet);
