namespace BiasDashboard.Web.Sessions;

/// <summary>How free text from a lesson is stored: trimmed, cut to its column's length, empty as null where optional.</summary>
internal static class AnswerText
{
    /// <summary>At most 100 non-empty, trimmed lines, cut to <paramref name="max"/> characters in all.</summary>
    public static string Lines(string? text, int max) =>
        Clip(string.Join('\n', (text ?? "")
            .Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Take(100)), max);

    public static string? Optional(string? text, int max) => string.IsNullOrWhiteSpace(text) ? null : Clip(text.Trim(), max);

    public static string Clip(string text, int max) => text.Length <= max ? text : text[..max];
}
