namespace BiasDashboard.Analysis.Comparison;

// The sentence's words as offsets, found once, and the lookups over them.
internal static partial class Quantities
{
    private static bool OnlySpaceOrHyphen(string body, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (body[i] is not ' ' and not '-' and not '\u00a0')
            {
                return false;
            }
        }

        return true;
    }

    private static int BinarySearch(List<(int Start, int End, string Lower)> words, int start)
    {
        int lo = 0, hi = words.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (words[mid].Start == start)
            {
                return mid;
            }

            if (words[mid].Start < start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return -1;
    }

    private static List<(int Start, int End, string Lower)> Words(string body)
    {
        var words = new List<(int Start, int End, string Lower)>();
        var i = 0;
        while (i < body.Length)
        {
            if (!char.IsLetterOrDigit(body[i]))
            {
                i++;
                continue;
            }

            var j = i;
            while (j < body.Length &&
                (char.IsLetterOrDigit(body[j]) || body[j] is ',' or '.' && j + 1 < body.Length && char.IsDigit(body[j + 1]) &&
                char.IsDigit(body[j - 1])))
            {
                j++;
            }

            words.Add((i, j, body[i..j].ToLowerInvariant()));
            i = j;
        }

        return words;
    }
}
