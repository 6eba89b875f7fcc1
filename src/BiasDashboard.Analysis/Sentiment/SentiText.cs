using System.Text;

namespace BiasDashboard.Analysis.Sentiment;

/// <summary>
/// The reference's <c>SentiText</c> plus its emoji step, as reusable per-thread buffers: the text after
/// emoji replacement, its tokens with offsets, their lower-cased forms and lexicon facts, and the
/// sentiments list. Filling it allocates nothing for emoji-free text.
/// </summary>
internal sealed class SentiText
{
    [ThreadStatic]
    private static SentiText? t_current;

    private readonly StringBuilder _converted = new();
    private int[] _sourceStart = [];
    private int[] _sourceEnd = [];

    public string Text { get; private set; } = "";
    public bool HasEmoji { get; private set; }
    public char[] Lower { get; private set; } = new char[256];
    public VaderToken[] Tokens { get; private set; } = new VaderToken[64];
    public double[] Sentiments { get; private set; } = new double[64];
    public int Count { get; private set; }
    public bool IsCapDiff { get; private set; }

    public static SentiText ForCurrentThread() => t_current ??= new SentiText();

    public void Load(string text, VaderLexicon lexicon, EmojiLexicon emoji)
    {
        Text = ReplaceEmoji(text, emoji);
        if (Lower.Length < Text.Length)
        {
            Lower = new char[Math.Max(Text.Length, Lower.Length * 2)];
        }

        Text.AsSpan().ToLowerInvariant(Lower);
        Count = 0;
        var upper = 0;
        var i = 0;
        while (i < Text.Length)
        {
            while (i < Text.Length && PythonText.IsWhiteSpace(Text[i]))
            {
                i++;
            }

            var start = i;
            while (i < Text.Length && !PythonText.IsWhiteSpace(Text[i]))
            {
                i++;
            }

            if (i > start)
            {
                ref var token = ref Add();
                token = VaderToken.Create(Text, Lower, start, i - start, lexicon);
                upper += token.IsUpper ? 1 : 0;
            }
        }

        // Reference: allcap_differential — some but not all words are ALL CAPS.
        IsCapDiff = upper > 0 && upper < Count;
        if (Sentiments.Length < Count)
        {
            Sentiments = new double[Tokens.Length];
        }
    }

    /// <summary>Maps a span of <see cref="Text"/> back to the caller's text (they differ only after emoji replacement).</summary>
    public (int Start, int Length) ToSource(int start, int length)
    {
        if (!HasEmoji)
        {
            return (start, length);
        }

        var sourceStart = _sourceStart[start];
        return (sourceStart, _sourceEnd[start + length - 1] - sourceStart);
    }

    private ref VaderToken Add()
    {
        if (Count == Tokens.Length)
        {
            var grown = new VaderToken[Tokens.Length * 2];
            Tokens.AsSpan().CopyTo(grown);
            Tokens = grown;
        }

        return ref Tokens[Count++];
    }

    // Reference step 1: walk by code point; replace each emoji by its description, with one space before
    // it unless the previous output character was a space (only U+0020 counts), none after.
    private string ReplaceEmoji(string text, EmojiLexicon emoji)
    {
        HasEmoji = false;
        var first = FirstEmoji(text, emoji);
        if (first < 0)
        {
            return text;
        }

        HasEmoji = true;
        _converted.Clear();
        var map = new List<(int Start, int End)>(text.Length + 32);
        var prevSpace = true;
        for (var i = 0; i < text.Length;)
        {
            Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var used);
            if (rune.Value >= emoji.MinCodePoint && emoji.TryGetDescription(rune.Value, out var description))
            {
                if (!prevSpace)
                {
                    Append(" ", i, i + used, map);
                }

                Append(description, i, i + used, map);
                prevSpace = false;
            }
            else
            {
                Append(text.AsSpan(i, used), i, i + used, map);
                prevSpace = text[i] == ' ';
            }

            i += used;
        }

        _sourceStart = map.Select(m => m.Start).ToArray();
        _sourceEnd = map.Select(m => m.End).ToArray();
        return _converted.ToString();
    }

    private void Append(ReadOnlySpan<char> chars, int sourceStart, int sourceEnd, List<(int, int)> map)
    {
        _converted.Append(chars);
        for (var k = 0; k < chars.Length; k++)
        {
            map.Add((sourceStart, sourceEnd));
        }
    }

    private static int FirstEmoji(string text, EmojiLexicon emoji)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] < emoji.MinCodePoint && !char.IsSurrogate(text[i]))
            {
                continue;
            }

            if (Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out _) == System.Buffers.OperationStatus.Done &&
                emoji.TryGetDescription(rune.Value, out _))
            {
                return i;
            }
        }

        return -1;
    }
}
