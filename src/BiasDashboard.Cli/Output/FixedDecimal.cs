namespace BiasDashboard.Cli.Output;

/// <summary>
/// Writes an already-rounded score in fixed notation (0.487, -0.4767) without a culture and without
/// allocating: the sentiment command writes four per line, a million lines at a time.
/// </summary>
internal static class FixedDecimal
{
    private static readonly int[] Scales = [1, 10, 100, 1_000, 10_000];

    public static ReadOnlySpan<char> Format(double value, int digits, Span<char> buffer)
    {
        // The value was rounded to `digits` already, so scaling back gives the exact integer of its digits.
        var scaled = (long)Math.Round(Math.Abs(value) * Scales[digits]);
        var pos = buffer.Length;
        for (var d = 0; d < digits; d++)
        {
            buffer[--pos] = (char)('0' + (int)(scaled % 10));
            scaled /= 10;
        }

        buffer[--pos] = '.';
        do
        {
            buffer[--pos] = (char)('0' + (int)(scaled % 10));
            scaled /= 10;
        }
        while (scaled > 0);

        // No negative zero: the reference's "-0.0" prints as 0.0000.
        if (value < 0 && buffer[pos..].IndexOfAnyExcept("0.") >= 0)
        {
            buffer[--pos] = '-';
        }

        return buffer[pos..];
    }
}
