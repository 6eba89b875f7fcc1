namespace BiasDashboard.Web.Sessions;

/// <summary>What a student sends for one article, named by its handle in the session ("B"), never by its id.</summary>
public sealed record StudentAnswer(
    string? Piece, int? Tone, int? Slant, string? Highlights, string? Flags, string? Guess = null, string? FrameSpan = null,
    string? Frames = null, string? FrameReason = null);
