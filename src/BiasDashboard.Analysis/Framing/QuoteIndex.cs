using BiasDashboard.Analysis.Text;

namespace BiasDashboard.Analysis.Framing;

/// <summary>
/// Answers "is this offset inside a quotation, and whose?" by binary search over the outermost quotations
/// (disjoint and sorted), so long articles with many quotes stay fast.
/// </summary>
internal sealed class QuoteIndex
{
    private readonly List<QuoteSpan> _outer = [];

    public QuoteIndex(IReadOnlyList<QuoteSpan> quotes)
    {
        foreach (var quote in quotes.OrderBy(q => q.Range.Start))
        {
            if (_outer.Count == 0 || quote.Range.Start >= _outer[^1].Range.End)
            {
                _outer.Add(quote);
            }
        }
    }

    /// <summary>The outermost quotation whose words contain <paramref name="offset"/>, or null.</summary>
    public QuoteSpan? At(int offset)
    {
        int lo = 0, hi = _outer.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            var content = _outer[mid].Content;
            if (offset < content.Start)
            {
                hi = mid - 1;
            }
            else if (offset >= content.End)
            {
                lo = mid + 1;
            }
            else
            {
                return _outer[mid];
            }
        }

        return null;
    }
}
