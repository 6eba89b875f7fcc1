using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace BiasDashboard.Web.Accounts;

/// <summary>
/// The admin token as an authentication scheme: a request carrying <c>Authorization: Bearer &lt;Admin:Token&gt;</c>
/// (compared in constant time) is signed in as a script acting for a teacher. Without a configured token, or with
/// another one, nobody is signed in by it; a 401 from this scheme asks for a bearer token.
/// </summary>
public sealed class AdminTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IConfiguration configuration)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "AdminToken";

    private const string Prefix = "Bearer ";

    /// <summary>Whether the request offers a bearer token at all (then this scheme, not the sign-in cookie, answers for it).</summary>
    public static bool Offered(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith(Prefix, StringComparison.Ordinal);

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (!AdminToken.Matches(configuration[AdminToken.ConfigKey], header[Prefix.Length..]))
        {
            return Task.FromResult(AuthenticateResult.Fail("The bearer token is not this server's admin token."));
        }

        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, "admin token"), new Claim(ClaimTypes.Role, Roles.Teacher)], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }
}
