namespace BiasDashboard.Web.Catalog;

/// <summary>CSV cells made safe for spreadsheets: text typed by users (titles, outlets, nicknames) is hostile.</summary>
public static class SpreadsheetText
{
    /// <summary>A cell that starts with = + - @ would run as a formula in a spreadsheet; a leading apostrophe keeps it text.</summary>
    public static string Safe(string text) => text.Length > 0 && text[0] is '=' or '+' or '-' or '@' ? "'" + text : text;
}
