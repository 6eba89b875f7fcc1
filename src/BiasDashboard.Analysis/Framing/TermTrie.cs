namespace BiasDashboard.Analysis.Framing;

/// <summary>Terms as sequences of word-part keys, for longest-match-first scanning.</summary>
internal sealed class TermTrie<T>
    where T : class
{
    private readonly Node _root = new();

    public void Add(IReadOnlyList<string> keys, T value)
    {
        var node = _root;
        foreach (var key in keys)
        {
            node = node.Children.TryGetValue(key, out var next) ? next : node.Children[key] = new Node();
        }

        node.Value ??= value; // the first term listed wins a tie
    }

    /// <summary>Non-overlapping matches, scanning left to right and taking the longest term at each position.</summary>
    public IEnumerable<(int First, int Last, T Value)> Scan(IReadOnlyList<WordPart> parts)
    {
        var i = 0;
        while (i < parts.Count)
        {
            var node = _root;
            (int Last, T Value)? best = null;
            for (var j = i; j < parts.Count && (j == i || parts[j].JoinsPrevious); j++)
            {
                if (!node.Children.TryGetValue(parts[j].Key, out node))
                {
                    break;
                }

                if (node.Value is { } value)
                {
                    best = (j, value);
                }
            }

            if (best is { } match)
            {
                yield return (i, match.Last, match.Value);
                i = match.Last + 1;
            }
            else
            {
                i++;
            }
        }
    }

    private sealed class Node
    {
        public Dictionary<string, Node> Children { get; } = new(StringComparer.Ordinal);

        public T? Value { get; set; }
    }
}
