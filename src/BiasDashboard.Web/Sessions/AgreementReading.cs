using BiasDashboard.Analysis.Aggregation;

namespace BiasDashboard.Web.Sessions;

/// <summary>
/// How far students agree with one another (Krippendorff's interval alpha), given only when there are enough ratings
/// to mean something, and said in plain words. With two ratings alpha is 0.00 or undefined, which reads as "no
/// agreement" though nothing is known yet; so below <see cref="MinRaters"/> students and <see cref="MinArticles"/>
/// articles rated by at least two of them there is no number, only what is missing.
/// </summary>
public sealed record AgreementReading(double? Alpha, string Reading)
{
    public const int MinRaters = 3;

    public const int MinArticles = 2;

    /// <summary>
    /// The reading of one scale over the session's articles; each unit holds one article's ratings, <paramref name="raters"/> how many
    /// students rated anything.
    /// </summary>
    public static AgreementReading Of(IEnumerable<IReadOnlyList<double>> units, int raters)
    {
        var list = units.ToList();
        if (raters < MinRaters || list.Count(u => u.Count >= 2) < MinArticles)
        {
            return new AgreementReading(null,
                $"Not enough ratings yet: shown once at least {MinRaters} students have rated at least {MinArticles} articles.");
        }

        var alpha = Krippendorff.IntervalAlpha(list);
        return new AgreementReading(alpha, alpha switch
        {
            null => "Not measurable: every rating is the same, so there is nothing to disagree on.",
            >= 0.8 => "The class largely agrees on which articles sound more negative or more positive.",
            >= 0.667 => "The class mostly agrees, with some differences worth talking about.",
            >= 0.2 => "Students agree only in part: the same article reads quite differently to different people.",
            _ => "Students read these articles very differently — no more alike than chance. A good place to start a discussion.",
        });
    }
}
