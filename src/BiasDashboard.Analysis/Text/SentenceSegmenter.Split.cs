namespace BiasDashboard.Analysis.Text;

// Sentence ends inside one block (a line, or a hard-wrapped paragraph).
public static partial class SentenceSegmenter
{
    private const string Terminals = ".!?…";
    private const string Closers = "”’\"')]";

    private static IEnumerable<TextRange> SplitBlock(string text, TextRange block)
    {
        var start = block.Start;
        var end = block.End;
        for (var i = start; i < end; i++)
        {
            if (!Terminals.Contains(text[i], StringComparison.Ordinal))
            {
                continue;
            }

            var j = i + 1;
            while (j < end && Terminals.Contains(text[j], StringComparison.Ordinal))
            {
                j++; // "?!", "...", "!!"
            }

            while (j < end && Closers.Contains(text[j], StringComparison.Ordinal))
            {
                j++; // the mark belongs to the sentence it closes: “We won.”
            }

            if (j >= end || !char.IsWhiteSpace(text[j]))
            {
                i = j - 1; // 39.9, U.S, bbc.co.uk, "Yes!"-like runs inside words
                continue;
            }

            var next = j;
            while (next < end && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            if (next >= end || !StartsSentence(text[next]) ||
                (text[i] == '.' && j == i + 1 && Abbreviations.Ends(WordBefore(text, i, start), text[next])))
            {
                i = j - 1;
                continue;
            }

            yield return Trim(text, start, j);
            start = next;
            i = next - 1;
        }

        var last = Trim(text, start, end);
        if (last.Length > 0)
        {
            yield return last;
        }
    }

    private static bool StartsSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || c is '“' or '‘' or '"' or '\'' or '(' or '[' or '£' or '$' or '€' or '#' or '@';

    // The letters (and inner points, for U.S.) just before position i.
    private static ReadOnlySpan<char> WordBefore(string text, int i, int floor)
    {
        var s = i;
        while (s > floor && (char.IsLetter(text[s - 1]) || (text[s - 1] == '.' && s - 2 >= floor && char.IsLetter(text[s - 2]))))
        {
            s--;
        }

        return text.AsSpan(s, i - s);
    }
}
