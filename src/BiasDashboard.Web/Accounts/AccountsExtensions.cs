using BiasDashboard.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace BiasDashboard.Web.Accounts;

public static class AccountsExtensions
{
    /// <summary>
    /// ASP.NET Core Identity on the app's database: teacher accounts with a strong-enough password, lockout after five
    /// failed sign-ins for 15 minutes, and a cookie that is HttpOnly, SameSite=Strict (so no other site can make a
    /// signed-in teacher's browser call the API) and kept across restarts by data-protection keys in the data folder.
    /// Requests are authenticated by that cookie or, when they offer a bearer token, by the admin token; both meet
    /// the <see cref="TeacherPolicy"/>.
    /// </summary>
    public static WebApplicationBuilder AddAccounts(this WebApplicationBuilder builder)
    {
        builder.Services.AddIdentity<IdentityUser, IdentityRole>(o =>
            {
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<BiasDbContext>()
            .AddDefaultTokenProviders();
        builder.Services.AddScoped<TeacherAccounts>();
        builder.Services.AddAuthentication(o =>
            {
                o.DefaultAuthenticateScheme = TeacherPolicy.CookieOrToken;
                o.DefaultChallengeScheme = TeacherPolicy.CookieOrToken;
                o.DefaultForbidScheme = TeacherPolicy.CookieOrToken;
            })
            .AddPolicyScheme(TeacherPolicy.CookieOrToken, "Sign-in cookie or admin token", o => o.ForwardDefaultSelector = context =>
                AdminTokenHandler.Offered(context.Request) ? AdminTokenHandler.SchemeName : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, AdminTokenHandler>(AdminTokenHandler.SchemeName, null);
        builder.Services.AddAuthorizationBuilder().AddPolicy(TeacherPolicy.Name, TeacherPolicy.Build());
        builder.Services.AddSingleton<IAuthorizationMiddlewareResultHandler, TeacherProblems>();
        builder.Services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/login";
            o.Cookie.Name = "biasdashboard.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(12);
            // An API call is answered with a status, never redirected to the sign-in page.
            o.Events.OnRedirectToLogin = context => Answer(context, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = context => Answer(context, StatusCodes.Status403Forbidden);
        });
        builder.Services.AddOptions<DataProtectionOptions>();
        builder.Services.AddDataProtection().SetApplicationName("BiasDashboard");
        builder.Services.AddSingleton<IConfigureOptions<KeyManagementOptions>, KeysInDataFolder>();
        return builder;
    }

    /// <summary>Makes sure the teacher role exists.</summary>
    public static async Task EnsureRolesAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        if (!await roles.RoleExistsAsync(Roles.Teacher))
        {
            await roles.CreateAsync(new IdentityRole(Roles.Teacher));
        }
    }

    private static Task Answer(
        Microsoft.AspNetCore.Authentication.RedirectContext<
            Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context,
        int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) ||
            context.Request.Path.StartsWithSegments("/hubs", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }

    // Data-protection keys (which sign the sign-in cookie) live beside the database, so a restart keeps teachers signed in.
    private sealed class KeysInDataFolder(IOptions<StorageOptions> storage, IWebHostEnvironment environment)
        : IConfigureOptions<KeyManagementOptions>
    {
        public void Configure(KeyManagementOptions options)
        {
            var folder = Path.Combine(DataExtensions.DataFolder(storage.Value, environment.ContentRootPath), "keys");
            Directory.CreateDirectory(folder);
            options.XmlRepository = new Microsoft.AspNetCore.DataProtection.Repositories.FileSystemXmlRepository(
                new DirectoryInfo(folder), Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance);
        }
    }
}
