using BiasDashboard.Analysis.Text;

namespace BiasDashboard.Web.Data.Entities;

/// <summary>
/// One scored sentence of an article: its span in <see cref="Article.Body"/>, the VADER scores, where it sits on
/// the article's arc, and the words behind the score (JSON of start/length/word/valence, offsets into the body).
/// </summary>
public sealed class SentenceRow
{
    public int ArticleId { get; set; }

    public int Index { get; set; }

    public int Start { get; set; }

    public int Length { get; set; }

    public int Paragraph { get; set; }

    public SentenceKind Kind { get; set; }

    public double QuotedShare { get; set; }

    public double Negative { get; set; }

    public double Neutral { get; set; }

    public double Positive { get; set; }

    public double Compound { get; set; }

    public double Position { get; set; }

    public double Smoothed { get; set; }

    public required string WordsJson { get; set; }
}
