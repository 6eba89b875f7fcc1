using System.Buffers;
using System.Text;

namespace BiasDashboard.Analysis.Sentiment;

/// <summary>
/// The reference's <c>SentiText</c> plus its emoji step, as reusable per-thread buffers: the text after
/// emoji replacement, its tokens with offsets, their lower-cased forms and lexicon facts, and the
/// sentiments list. Filling it allocates nothing once the buffers have grown to the longest text seen.
/// </summary>
internal sealed class SentiText
{
    [ThreadStatic]
    private static SentiText? t_current;

    private char[] _text = new char[256];
    private int _length;
    private int[] _sourceStart = [];
    private int[] _sourceEnd = [];

    /// <summary>The text after emoji replacement: what the rules and the '!'/'?' counts read.</summary>
    public ReadOnlySpan<char> Text => _text.AsSpan(0, _length);

    public bool HasEmoji { get; private set; }
    public char[] Lower { get; private set; } = new char[256];
    public VaderToken[] Tokens { get; private set; } = new VaderToken[64];
    public double[] Sentiments { get; private set; } = new double[64];
    public int Count { get; private set; }
    /// <summary>
    /// Reference: allcap_differential — some but not all words are ALL CAPS. Computed on first use: only a
    /// sentence with an ALL-CAPS lexicon or booster word asks, so most sentences never scan every token.
    /// </summary>
    public bool IsCapDiff => _capDiff ??= ComputeCapDiff();

    private bool? _capDiff;

    public static SentiText ForCurrentThread() => t_current ??= new SentiText();

    public void Load(ReadOnlySpan<char> text, VaderVocabulary vocabulary, EmojiLexicon emoji)
    {
        SetText(text, emoji);
        var source = Text;
        PythonText.ToLower(source, Lower);
        Count = 0;
        var i = 0;
        while (i < source.Length)
        {
            while (i < source.Length && PythonText.IsWhiteSpace(source[i]))
            {
                i++;
            }

            var start = i;
            while (i < source.Length && !PythonText.IsWhiteSpace(source[i]))
            {
                i++;
            }

            if (i == start)
            {
                break;
            }

            ref var token = ref Add();
            token = VaderToken.Create(source, Lower, start, i - start, vocabulary);
        }

        _capDiff = null;
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

    private bool ComputeCapDiff()
    {
        var upper = 0;
        foreach (ref readonly var token in Tokens.AsSpan(0, Count))
        {
            upper += PythonText.IsUpper(Text.Slice(token.Start, token.Length)) ? 1 : 0;
        }

        return upper > 0 && upper < Count;
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

    private void SetText(ReadOnlySpan<char> text, EmojiLexicon emoji)
    {
        HasEmoji = emoji.IndexOfEmoji(text) >= 0;
        if (!HasEmoji)
        {
            EnsureCapacity(text.Length);
            text.CopyTo(_text);
            _length = text.Length;
            return;
        }

        ReplaceEmoji(text, emoji);
    }

    // Reference step 1: walk by code point; replace each emoji by its description, with one space before
    // it unless the previous output character was a space (only U+0020 counts), none after.
    private void ReplaceEmoji(ReadOnlySpan<char> text, EmojiLexicon emoji)
    {
        var converted = new StringBuilder(text.Length + 64);
        var map = new List<(int Start, int End)>(text.Length + 64);
        var prevSpace = true;
        for (var i = 0; i < text.Length;)
        {
            Rune.DecodeFromUtf16(text[i..], out var rune, out var used);
            var piece = emoji.TryGetDescription(rune.Value, out var description) ? description : null;
            if (piece is not null && !prevSpace)
            {
                converted.Append(' ');
                map.Add((i, i + used));
            }

            var chars = piece is null ? text.Slice(i, used) : piece.AsSpan();
            converted.Append(chars);
            for (var k = 0; k < chars.Length; k++)
            {
                map.Add((i, i + used));
            }

            prevSpace = piece is null && text[i] == ' ';
            i += used;
        }

        EnsureCapacity(converted.Length);
        converted.CopyTo(0, _text, converted.Length);
        _length = converted.Length;
        _sourceStart = map.Select(m => m.Start).ToArray();
        _sourceEnd = map.Select(m => m.End).ToArray();
    }

    private void EnsureCapacity(int length)
    {
        if (_text.Length < length)
        {
            _text = new char[Math.Max(length, _text.Length * 2)];
        }

        if (Lower.Length < length)
        {
            Lower = new char[Math.Max(length, Lower.Length * 2)];
        }
    }
}
