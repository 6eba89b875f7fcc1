using System.ComponentModel.DataAnnotations;

namespace BiasDashboard.Web.Sessions;

/// <summary>Class session settings (section <c>Classroom</c>).</summary>
public sealed class ClassroomOptions
{
    public const string SectionName = "Classroom";

    /// <summary>A session nobody has touched for this long ends by itself (its results stay).</summary>
    [Range(0, 7 * 24 * 60)] // 0: a session ends as soon as nobody touches it (the idle-session test uses it)
    public int IdleMinutes { get; set; } = 90;

    /// <summary>
    /// The address students type or scan, when the app sits behind a proxy or a school DNS name
    /// ("https://bias.school.example"). Unset: the address the teacher browses on, or, when that is this machine's
    /// loopback, the machine's network address on the port the app serves.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>The port <c>--classroom</c> serves on, on every network interface.</summary>
    [Range(1, 65535)]
    public int Port { get; set; } = 5000;
}
