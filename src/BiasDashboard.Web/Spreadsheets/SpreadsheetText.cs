namespace BiasDashboard.Web.Spreadsheets;

/// <summary>CSV cells made safe for spreadsheets: text typed by users (titles, outlets, URLs, nicknames) is hostile.</summary>
public static class SpreadsheetText
{
    /// <summary>
    /// A cell that starts with = + - @, or with a TAB or CR (which spreadsheets skip before reading a formula), would run
    /// as a formula; a leading apostrophe keeps it text (OWASP's CSV injection advice).
    /// </summary>
    public static string Safe(string text) => text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    /// <inheritdoc cref="Safe(string)"/>
    public static string? SafeOrNull(string? text) => text is null ? null : Safe(text);
}
