using System.Globalization;
using BiasDashboard.Web.Data.Entities;

namespace BiasDashboard.Web.Sessions;

/// <summary>
/// A session's articles under the letters students see ("Outlet A", "Outlet B"…), shuffled per session, and the
/// screens that show one of them ("piece:B").
/// </summary>
public static class SessionLetters
{
    public const string PiecePrefix = "piece:";

    /// <summary>The session's articles in letter order (A first).</summary>
    public static IReadOnlyList<string> Order(ClassSession session) =>
        session.ArticleOrder.Split(',', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>"Outlet A", "Outlet B"… for the article at <paramref name="index"/> in the session's order.</summary>
    public static string Letter(int index) => "Outlet " + Handle(index);

    /// <summary>
    /// The opaque handle students' pages and hub messages use for the article at <paramref name="index"/>: its letter in
    /// this session ("A", "B"… "A1" after Z). Letters are shuffled per session, so a handle says nothing about which article it is.
    /// </summary>
    public static string Handle(int index) =>
        (char)('A' + index % 26) + (index >= 26 ? (index / 26).ToString(CultureInfo.InvariantCulture) : "");

    /// <summary>The article behind a handle of this session, or null.</summary>
    public static int? ArticleOf(ClassSession session, string? handle)
    {
        var order = Order(session);
        for (var i = 0; i < order.Count; i++)
        {
            if (string.Equals(Handle(i), handle, StringComparison.Ordinal))
            {
                return int.Parse(order[i], CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    /// <summary>The handle of the piece a screen shows ("piece:B" → "B"), or null.</summary>
    public static string? PieceOf(string screen) =>
        screen.StartsWith(PiecePrefix, StringComparison.Ordinal) ? screen[PiecePrefix.Length..] : null;
}
