namespace BiasDashboard.Web.Classroom;

/// <summary>Class session settings (section <c>Classroom</c>).</summary>
public sealed class ClassroomOptions
{
    public const string SectionName = "Classroom";

    /// <summary>A session nobody has touched for this long ends by itself (its results stay).</summary>
    public int IdleMinutes { get; set; } = 90;
}
