namespace BiasDashboard.Analysis.Sentiment;

/// <summary>
/// A read-only open-addressing table from words to values, looked up by <see cref="ReadOnlySpan{T}"/> with
/// an inline FNV-1a hash. It replaces Dictionary's alternate lookup on the per-token hot path, which goes
/// through two interface calls per lookup; keys are the few thousand lexicon and rule words.
/// </summary>
internal sealed class WordTable<TValue>
{
    private readonly string?[] _keys;
    private readonly TValue[] _values;
    private readonly int _mask;

    public WordTable(IReadOnlyDictionary<string, TValue> source)
    {
        var size = 16;
        while (size < source.Count * 4)
        {
            size *= 2;
        }

        _keys = new string?[size];
        _values = new TValue[size];
        _mask = size - 1;
        foreach (var (key, value) in source)
        {
            var slot = Hash(key) & _mask;
            while (_keys[slot] is not null)
            {
                slot = (slot + 1) & _mask;
            }

            _keys[slot] = key;
            _values[slot] = value;
        }
    }

    public bool TryGetValue(ReadOnlySpan<char> word, out TValue value)
    {
        var slot = Hash(word) & _mask;
        while (_keys[slot] is { } key)
        {
            if (word.SequenceEqual(key))
            {
                value = _values[slot];
                return true;
            }

            slot = (slot + 1) & _mask;
        }

        value = default!;
        return false;
    }

    private static int Hash(ReadOnlySpan<char> word)
    {
        var hash = 2166136261u;
        foreach (var c in word)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash ^ (hash >> 15));
    }
}
