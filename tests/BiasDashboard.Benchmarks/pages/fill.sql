-- Grows a BiasDashboard SQLite database by :N realistic articles with plain SQL (no ingest): each new article copies
-- one of the five template articles stored by the app itself (body, scores, sentences, framing matches, matcher
-- terms), under a new title, outlet, date and event. Run by pages.sh, which replaces :N.
--   outlets: 300 new ones;  events: "bench-e0000001" 600 articles from 50 outlets (the widest, the dashboard's
--   default), "bench-e0000002" 50 articles from 25 outlets, then one event per 20 articles (20 outlets each) spread
--   over 3.3 years, so events grow with the store; every 10th article is also filed under the next event.
PRAGMA journal_mode = OFF;
PRAGMA synchronous = OFF;
PRAGMA cache_size = -500000;
PRAGMA temp_store = MEMORY;
BEGIN;
CREATE TEMP TABLE p AS SELECT :N AS n, 2 + ((:N - 650 + 19) / 20) AS events;
CREATE TEMP TABLE t AS SELECT row_number() OVER (ORDER BY Id) - 1 AS k, * FROM Articles ORDER BY Id LIMIT 5;

INSERT INTO Outlets (Name, Domain, ArticleCount, EventCount, MeanCompound)
WITH RECURSIVE o(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM o WHERE i < 300)
SELECT printf('Bench Outlet %03d', i), printf('outlet%03d.example', i), 0, 0, NULL FROM o;
CREATE TEMP TABLE firstOutlet AS SELECT Id - 1 AS base FROM Outlets WHERE Name = 'Bench Outlet 001';

INSERT INTO Events (Id, Title, Date, Description, ArticleCount, OutletCount)
WITH RECURSIVE e(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM e WHERE k < (SELECT events FROM p))
SELECT printf('bench-e%07d', k),
       printf('Bench event %d: council vote on the %s plan', k, CASE k % 4 WHEN 0 THEN 'housing' WHEN 1 THEN 'transport' WHEN 2 THEN 'schools' ELSE 'budget' END),
       CASE k WHEN 1 THEN '2025-06-01' WHEN 2 THEN '2025-05-01'
              ELSE date('2022-01-01', printf('+%d days', (k * 1200) / (SELECT events FROM p))) END,
       NULL, 0, 0
FROM e;

CREATE TEMP TABLE a AS
WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < (SELECT n FROM p))
SELECT i, 5 + i AS id,
       CASE WHEN i <= 600 THEN 1 WHEN i <= 650 THEN 2 ELSE 3 + (i - 651) / 20 END AS ev,
       (SELECT base FROM firstOutlet) + 1 + CASE WHEN i <= 600 THEN i % 50 WHEN i <= 650 THEN i % 25 ELSE (i * 37) % 300 END AS outlet,
       i % 5 AS k
FROM s;

INSERT INTO Articles (Id, OutletId, Title, Author, Published, Url, Body, Format, SourceKey, UploadedAtUtc, WordCount, SentenceCount,
                      MeanCompound, MedianCompound, MeanIntervalLow, MeanIntervalHigh, SharePositive, ShareNeutral, ShareNegative,
                      LexiconId, LexiconVersion, OwnVoiceWords, QuotedWords, LoadedLanguageIndex)
SELECT a.id, a.outlet, printf('Bench %d: %s', a.i, substr(t.Title, 1, 200)), NULL,
       date((SELECT Date FROM Events WHERE Id = printf('bench-e%07d', a.ev)), printf('+%d days', a.i % 3)),
       printf('https://outlet%03d.example/news/%d', a.outlet % 1000, a.i), t.Body, t.Format, NULL,
       strftime('%Y-%m-%d %H:%M:%f', '2025-01-01', printf('+%d seconds', a.i)) || '0000',
       t.WordCount, t.SentenceCount, max(-1, min(1, t.MeanCompound + ((a.i % 21) - 10) / 50.0)), t.MedianCompound,
       t.MeanIntervalLow, t.MeanIntervalHigh, t.SharePositive, t.ShareNeutral, t.ShareNegative,
       t.LexiconId, t.LexiconVersion, t.OwnVoiceWords, t.QuotedWords, t.LoadedLanguageIndex
FROM a JOIN t ON t.k = a.k ORDER BY a.id;

INSERT INTO ArticleEvents (ArticleId, EventId)
SELECT id, printf('bench-e%07d', ev) FROM a
UNION ALL
SELECT id, printf('bench-e%07d', ev + 1) FROM a WHERE i > 650 AND i % 10 = 0 AND ev + 1 <= (SELECT events FROM p);

INSERT INTO Sentences ("ArticleId", "Index", "Start", "Length", "Paragraph", "Kind", "QuotedShare", "Negative", "Neutral", "Positive",
                       "Compound", "Position", "Smoothed", "WordsJson")
SELECT a.id, s."Index", s."Start", s."Length", s."Paragraph", s."Kind", s."QuotedShare", s."Negative", s."Neutral", s."Positive",
       s."Compound", s."Position", s."Smoothed", s."WordsJson"
FROM a JOIN t ON t.k = a.k JOIN Sentences s ON s.ArticleId = t.Id ORDER BY a.id, s."Index";

INSERT INTO FramingMatches ("ArticleId", "Index", "Start", "End", "Text", "Term", "Category", "Option", "InQuote", "Speaker")
SELECT a.id, m."Index", m."Start", m."End", m."Text", m."Term", m."Category", m."Option", m."InQuote", m."Speaker"
FROM a JOIN t ON t.k = a.k JOIN FramingMatches m ON m.ArticleId = t.Id ORDER BY a.id, m."Index";

INSERT INTO ArticleMatchTerms (ArticleId, Version, Terms)
SELECT a.id, m.Version, m.Terms FROM a JOIN t ON t.k = a.k JOIN ArticleMatchTerms m ON m.ArticleId = t.Id ORDER BY a.id;

-- The kept counts, as the Data16Counts migration fills them.
UPDATE Events SET
    ArticleCount = (SELECT COUNT(*) FROM ArticleEvents l WHERE l.EventId = Events.Id),
    OutletCount = (SELECT COUNT(DISTINCT x.OutletId) FROM ArticleEvents l JOIN Articles x ON x.Id = l.ArticleId WHERE l.EventId = Events.Id);
UPDATE Outlets SET
    ArticleCount = (SELECT COUNT(*) FROM Articles x WHERE x.OutletId = Outlets.Id),
    EventCount = (SELECT COUNT(DISTINCT l.EventId) FROM Articles x JOIN ArticleEvents l ON l.ArticleId = x.Id WHERE x.OutletId = Outlets.Id),
    MeanCompound = (SELECT AVG(x.MeanCompound) FROM Articles x WHERE x.OutletId = Outlets.Id);
COMMIT;

