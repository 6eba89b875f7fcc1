namespace BiasDashboard.Web.Requests;

/// <summary>
/// A change that was refused, with the reason (shown to the user as it is) and the HTTP status that says it: 404 when
/// what it names does not exist, 422 when the input cannot be used, 400 when it is missing. Endpoints turn it into a
/// problem response and page handlers into a form error; nothing has been saved when it is thrown.
/// </summary>
public class CommandRefusedException(string message, int status = StatusCodes.Status422UnprocessableEntity) : Exception(message)
{
    public int Status { get; } = status;
}
