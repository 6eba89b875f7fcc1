using System.Text.Json;
using BiasDashboard.Analysis.Articles;
using BiasDashboard.Analysis.Ingest;
using BiasDashboard.Web.Data.Entities;

namespace BiasDashboard.Web.Articles;

/// <summary>Maps an analysis onto the persistence shape: article-level scores plus one row per sentence.</summary>
internal static class ArticleMapping
{
    public static Article ToEntity(this ArticleAnalysis analysis, ArticleFormat format, string title, DateTime uploadedAtUtc)
    {
        var summary = analysis.Summary;
        var article = new Article
        {
            Title = title,
            Author = analysis.Metadata.Author,
            Published = analysis.Metadata.Published,
            Url = analysis.Metadata.Url,
            Body = analysis.Body,
            Format = format,
            UploadedAtUtc = uploadedAtUtc,
            WordCount = analysis.WordCount,
            SentenceCount = analysis.SentenceCount,
            MeanCompound = summary.MeanCompound,
            MedianCompound = summary.MedianCompound,
            MeanIntervalLow = summary.MeanInterval?.Low,
            MeanIntervalHigh = summary.MeanInterval?.High,
            SharePositive = summary.Shares.Positive,
            ShareNeutral = summary.Shares.Neutral,
            ShareNegative = summary.Shares.Negative,
        };
        foreach (var (sentence, arc) in analysis.Sentences.Zip(analysis.Arc))
        {
            article.Sentences.Add(new SentenceRow
            {
                Index = sentence.Index,
                Start = sentence.Range.Start,
                Length = sentence.Range.Length,
                Paragraph = sentence.Paragraph,
                Kind = sentence.Kind,
                QuotedShare = sentence.QuotedShare,
                Negative = sentence.Scores.Negative,
                Neutral = sentence.Scores.Neutral,
                Positive = sentence.Scores.Positive,
                Compound = sentence.Scores.Compound,
                Position = arc.Position,
                Smoothed = arc.Smoothed,
                WordsJson = JsonSerializer.Serialize(sentence.Words.Select(w =>
                    new WordEvidence(w.Start, w.Length, w.Word, Math.Round(w.Valence, 4)))),
            });
        }

        return article;
    }
}

/// <summary>One word behind a sentence score: offsets into the article body, the word, and its valence after all rules.</summary>
public sealed record WordEvidence(int Start, int Length, string Word, double Valence);
