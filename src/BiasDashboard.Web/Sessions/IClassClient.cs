namespace BiasDashboard.Web.Sessions;

/// <summary>What the class hub tells browsers. Each message is a nudge: the page fetches its fresh view from the server.</summary>
public interface IClassClient
{
    /// <summary>To the teacher: a student joined.</summary>
    Task RosterChanged();

    /// <summary>To the teacher: a rating arrived.</summary>
    Task RatingsChanged();

    /// <summary>To the students: the teacher changed what they see.</summary>
    Task ScreenChanged(string screen);

    /// <summary>To everyone in the session: the outlets are revealed.</summary>
    Task Revealed();

    /// <summary>To everyone in the session: it has ended.</summary>
    Task Ended();
}
