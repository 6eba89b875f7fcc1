namespace BiasDashboard.Web.Events;

/// <summary>A change to events that was refused, with the reason and the HTTP status that says it (404 or 422).</summary>
public sealed class EventCommandException(string message, int status = StatusCodes.Status422UnprocessableEntity)
    : Requests.CommandRefusedException(message, status);
