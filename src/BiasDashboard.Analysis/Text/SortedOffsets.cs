namespace BiasDashboard.Analysis.Text;

/// <summary>
/// Binary searches over ascending text offsets (sentence starts, name starts, match starts), so that finding what
/// stands at an offset costs a logarithm and never a scan.
/// </summary>
internal static class SortedOffsets
{
    /// <summary>The index of the first of the ascending <paramref name="offsets"/> at or after <paramref name="value"/> (their count when
    /// none is).</summary>
    public static int FirstAtOrAfter(IReadOnlyList<int> offsets, int value)
    {
        int lo = 0, hi = offsets.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (offsets[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>The index of the last of the ascending, distinct <paramref name="offsets"/> at or before <paramref name="value"/> (-1 when
    /// none is).</summary>
    public static int LastAtOrBefore(int[] offsets, int value)
    {
        var i = Array.BinarySearch(offsets, value);
        return i < 0 ? ~i - 1 : i;
    }
}
