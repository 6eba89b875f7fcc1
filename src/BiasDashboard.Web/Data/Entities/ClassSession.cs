namespace BiasDashboard.Web.Data.Entities;

/// <summary>
/// A live lesson on one event. Students join with <see cref="JoinCode"/>; <see cref="Screen"/> is what the teacher
/// shows them ("waiting", "piece:B" for the session's second article, "reading" when students move at their own pace,
/// "comparison", "results"); <see cref="ArticleOrder"/> fixes the blind letters (the first
/// id is Outlet A's article…), shuffled per session; <see cref="Revealed"/> shows the real outlets to everyone.
/// </summary>
public sealed class ClassSession
{
    public int Id { get; set; }

    public required string EventId { get; set; }

    public required string JoinCode { get; set; }

    public required string TeacherId { get; set; }

    /// <summary>The side the slant scale points to, as the teacher names it ("toward the protesters").</summary>
    public required string SlantSide { get; set; }

    public string Screen { get; set; } = "waiting";

    public required string ArticleOrder { get; set; }

    public bool Revealed { get; set; }

    /// <summary>Students move between the articles themselves; otherwise the teacher shows one at a time.</summary>
    public bool StudentPaced { get; set; }

    /// <summary>Students read only the first this-many paragraphs of each article (an excerpt); null for whole articles.</summary>
    public int? ExcerptParagraphs { get; set; }

    public DateTime StartedAtUtc { get; set; }

    public DateTime LastActivityUtc { get; set; }

    public DateTime? EndedAtUtc { get; set; }

    public List<SessionStudent> Students { get; } = [];
}

/// <summary>A student in a session: a nickname, no account. <see cref="Token"/> is the secret in the student's cookie.</summary>
public sealed class SessionStudent
{
    public int Id { get; set; }

    public int SessionId { get; set; }

    public required string Nickname { get; set; }

    /// <summary>The nickname as compared for uniqueness: NFKC, invisible and bidi control characters removed, upper case.</summary>
    public required string NicknameKey { get; set; }

    /// <summary>How many times someone came back under this nickname from another browser (the teacher sees it).</summary>
    public int Rejoins { get; set; }

    public required string Token { get; set; }

    public DateTime JoinedAtUtc { get; set; }
}

/// <summary>
/// A student's judgement of one article: tone and slant from −2 to +2, the words that swayed them, and sentences they
/// say the machine got wrong. One per student and article; a new answer replaces the old.
/// </summary>
public sealed class StudentRating
{
    public int Id { get; set; }

    public int SessionId { get; set; }

    public int StudentId { get; set; }

    public int ArticleId { get; set; }

    public int Tone { get; set; }

    public int Slant { get; set; }

    /// <summary>The highlighted words and phrases, one per line.</summary>
    public string Highlights { get; set; } = "";

    /// <summary>Flagged sentences as "index: reason" lines.</summary>
    public string Flags { get; set; } = "";

    /// <summary>Guess the outlet: the outlet the student thinks wrote it, answered before the reveal.</summary>
    public string? Guess { get; set; }

    /// <summary>Frame annotation: the span the student tagged, the generic frames their checklist answers point to, and why.</summary>
    public string? FrameSpan { get; set; }

    public string? Frames { get; set; }

    public string? FrameReason { get; set; }

    public DateTime AnsweredAtUtc { get; set; }
}
