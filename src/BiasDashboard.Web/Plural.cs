using System.Globalization;

namespace BiasDashboard.Web;

/// <summary>Counts as people write them: "1 article", "4 articles" — never "1 articles" or "article(s)".</summary>
public static class Plural
{
    public static string Of(int count, string one, string many) =>
        count.ToString("N0", CultureInfo.InvariantCulture) + " " + (count == 1 ? one : many);

    /// <summary>"1 outlet, 4 articles".</summary>
    public static string Coverage(int outlets, int articles) =>
        $"{Of(outlets, "outlet", "outlets")}, {Of(articles, "article", "articles")}";
}
