using System.Globalization;

namespace BiasDashboard.Cli.Output;

/// <summary>A count with its noun in the right number: "1 word", "2 words", "0 files".</summary>
internal static class Counted
{
    /// <summary><paramref name="count"/> and <paramref name="noun"/>, with <paramref name="plural"/> (else noun + "s") unless it is
    /// one.</summary>
    public static string Of(int count, string noun, string? plural = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? noun : plural ?? noun + "s")}");
}
