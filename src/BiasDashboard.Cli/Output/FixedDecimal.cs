namespace BiasDashboard.Cli.Output;

/// <summary>
/// Writes an already-rounded score in fixed notation (0.487, -0.4767) as ASCII bytes, without a culture and
/// without allocating: the sentiment command writes four per line, a million lines at a time.
/// </summary>
internal static class FixedDecimal
{
    private static readonly int[] Scales = [1, 10, 100, 1_000, 10_000];

    /// <summary>Formats into the end of <paramref name="buffer"/> and returns the digits written.</summary>
    public static ReadOnlySpan<byte> Format(double value, int digits, Span<byte> buffer)
    {
        // The value was rounded to `digits` already, so scaling back gives the exact integer of its digits.
        var scaled = (long)Math.Round(Math.Abs(value) * Scales[digits]);
        var negative = value < 0 && scaled != 0; // no negative zero: the reference's -0.0 prints as 0.0000
        var pos = buffer.Length;
        for (var d = 0; d < digits; d++)
        {
            buffer[--pos] = (byte)('0' + (int)(scaled % 10));
            scaled /= 10;
        }

        buffer[--pos] = (byte)'.';
        do
        {
            buffer[--pos] = (byte)('0' + (int)(scaled % 10));
            scaled /= 10;
        }
        while (scaled > 0);

        if (negative)
        {
            buffer[--pos] = (byte)'-';
        }

        return buffer[pos..];
    }
}
