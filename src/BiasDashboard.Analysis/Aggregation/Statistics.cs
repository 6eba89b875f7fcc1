namespace BiasDashboard.Analysis.Aggregation;

/// <summary>Descriptive statistics over plain values, for article and outlet summaries.</summary>
public static class Statistics
{
    // Student's t 0.975 quantiles for 1..30 degrees of freedom (standard tables).
    private static readonly double[] T975 =
    [
        12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
        2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086,
        2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042,
    ];

    private const double Z975 = 1.959963984540054;

    /// <summary>The arithmetic mean; NaN for no values.</summary>
    public static double Mean(IReadOnlyList<double> values) => values.Count == 0 ? double.NaN : values.Sum() / values.Count;

    /// <summary>The median (mean of the middle two for an even count); NaN for no values.</summary>
    public static double Median(IReadOnlyList<double> values)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }

        var sorted = values.Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /// <summary>The sample standard deviation (n − 1); NaN for fewer than two values.</summary>
    public static double StandardDeviation(IReadOnlyList<double> values)
    {
        if (values.Count < 2)
        {
            return double.NaN;
        }

        var mean = Mean(values);
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1));
    }

    /// <summary>
    /// The 95% confidence interval of the mean, mean ± t(0.975, n−1)·s/√n, treating values as a sample.
    /// Null for fewer than two values, where no spread can be estimated.
    /// </summary>
    public static ConfidenceInterval? MeanInterval95(IReadOnlyList<double> values)
    {
        if (values.Count < 2)
        {
            return null;
        }

        var mean = Mean(values);
        var half = StudentT975(values.Count - 1) * StandardDeviation(values) / Math.Sqrt(values.Count);
        return new ConfidenceInterval(mean - half, mean + half, 0.95);
    }

    /// <summary>
    /// A percentile bootstrap 95% interval of the mean: <paramref name="resamples"/> resamples with replacement, the
    /// 2.5th and 97.5th percentiles of their means. Makes no normality assumption, which matters for the skewed
    /// compounds of short articles. Deterministic for a given <paramref name="seed"/>, so a page shows the same interval
    /// twice. Null for fewer than two values.
    /// </summary>
    public static ConfidenceInterval? BootstrapMeanInterval95(IReadOnlyList<double> values, int resamples = 2000, int seed = 20231115)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(resamples, 100);
        if (values.Count < 2)
        {
            return null;
        }

        var random = new Random(seed);
        var data = values.ToArray(); // indexed millions of times: an array, not the interface
        var means = new double[resamples];
        for (var r = 0; r < resamples; r++)
        {
            var sum = 0.0;
            for (var i = 0; i < data.Length; i++)
            {
                sum += data[random.Next(data.Length)];
            }

            means[r] = sum / data.Length;
        }

        Array.Sort(means);
        return new ConfidenceInterval(means[(int)(0.025 * (resamples - 1))], means[(int)Math.Ceiling(0.975 * (resamples - 1))], 0.95);
    }

    /// <summary>
    /// A percentile bootstrap 95% interval of a ratio of sums, <paramref name="scale"/> × Σnumerator / Σdenominator, resampling
    /// whole units (sentences): the spread of a rate such as loaded words per 1,000 words. Null with fewer than two units or no
    /// denominator.
    /// </summary>
    public static ConfidenceInterval? BootstrapRatioInterval95(
        IReadOnlyList<(double Numerator, double Denominator)> units, double scale = 1, int resamples = 2000, int seed = 20231115)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentOutOfRangeException.ThrowIfLessThan(resamples, 100);
        if (units.Count < 2 || units.Sum(u => u.Denominator) <= 0)
        {
            return null;
        }

        var random = new Random(seed);
        var data = units.ToArray();
        var ratios = new double[resamples];
        for (var r = 0; r < resamples; r++)
        {
            double numerator = 0, denominator = 0;
            for (var i = 0; i < data.Length; i++)
            {
                var unit = data[random.Next(data.Length)];
                numerator += unit.Numerator;
                denominator += unit.Denominator;
            }

            ratios[r] = denominator == 0 ? 0 : scale * numerator / denominator;
        }

        Array.Sort(ratios);
        return new ConfidenceInterval(ratios[(int)(0.025 * (resamples - 1))], ratios[(int)Math.Ceiling(0.975 * (resamples - 1))], 0.95);
    }

    /// <summary>The 0.975 quantile of Student's t with <paramref name="degreesOfFreedom"/>.</summary>
    public static double StudentT975(int degreesOfFreedom)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(degreesOfFreedom, 1);
        if (degreesOfFreedom <= T975.Length)
        {
            return T975[degreesOfFreedom - 1];
        }

        // Cornish–Fisher expansion around the normal quantile; within 1e-4 of tables beyond 30 df.
        double z = Z975, n = degreesOfFreedom;
        var z3 = z * z * z;
        var z5 = z3 * z * z;
        return z + (z3 + z) / (4 * n) + (5 * z5 + 16 * z3 + 3 * z) / (96 * n * n);
    }
}
