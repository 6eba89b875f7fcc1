namespace BiasDashboard.Web.Requests;

public static class CommandProblems
{
    /// <summary>
    /// Declares, for the OpenAPI document, the problems an endpoint answers with when its change is refused
    /// (<see cref="CommandRefusedException"/>: 404 or 422).
    /// </summary>
    public static RouteHandlerBuilder ProducesCommandProblems(this RouteHandlerBuilder builder) =>
        builder.ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
