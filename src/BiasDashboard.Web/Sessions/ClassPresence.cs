using System.Collections.Concurrent;

namespace BiasDashboard.Web.Sessions;

/// <summary>
/// Which students have a class screen open right now (a live connection to the class hub on this server). A nickname
/// can be taken over by someone rejoining only while nobody has that student's screen open, so a classmate cannot
/// push a student out of the lesson by typing their nickname. One server's view: with several servers behind a
/// backplane a rejoin is judged by the server it reaches.
/// </summary>
public sealed class ClassPresence
{
    private readonly ConcurrentDictionary<int, int> _open = new();

    public void Opened(int studentId) => _open.AddOrUpdate(studentId, 1, (_, n) => n + 1);

    public void Closed(int studentId)
    {
        if (_open.AddOrUpdate(studentId, 0, (_, n) => Math.Max(0, n - 1)) == 0)
        {
            _open.TryRemove(new KeyValuePair<int, int>(studentId, 0));
        }
    }

    public bool IsOpen(int studentId) => _open.TryGetValue(studentId, out var n) && n > 0;
}
