using System.Globalization;

namespace BiasDashboard.Analysis.Sentiment;

/// <summary>Python-compatible arithmetic: the one place where the reference's rounding is reproduced.</summary>
public static class ReferenceMath
{
    private static readonly double[] PowersOfTen = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000];

    /// <summary>
    /// Python's <c>round(x, digits)</c>: rounds the exact binary value of <paramref name="x"/>, exact ties to even.
    /// <c>Math.Round(x, d)</c> scales first and so rounds 0.4875 (stored as 0.48749999999999998890) up to 0.488;
    /// Python, and this method, give 0.487.
    /// </summary>
    public static double Round(double x, int digits)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(digits);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(digits, PowersOfTen.Length - 1);
        if (!double.IsFinite(x))
        {
            return x;
        }

        // Fast path: when the scaled value is clearly away from a .5 boundary, the one rounding error of
        // the multiplication (< 1e-12 here) cannot change the result, and k / 10^d is the double nearest
        // to the decimal k·10^-d, as Python returns it.
        var scale = PowersOfTen[digits];
        var scaled = x * scale;
        var fraction = Math.Abs(scaled - Math.Truncate(scaled));
        if (Math.Abs(fraction - 0.5) > 1e-6 && Math.Abs(scaled) < 1e15)
        {
            return Math.Round(scaled, MidpointRounding.ToEven) / scale;
        }

        // Near a tie: "F" formatting rounds the exact binary value, ties to even, as Python does.
        return double.Parse(x.ToString("F" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
            CultureInfo.InvariantCulture);
    }
}
