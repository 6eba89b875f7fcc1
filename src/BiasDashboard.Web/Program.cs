using System.Text.Json.Serialization;
using BiasDashboard.Web;
using BiasDashboard.Web.Accounts;
using BiasDashboard.Web.Articles;
using BiasDashboard.Web.Catalog;
using BiasDashboard.Web.Classroom;
using BiasDashboard.Web.Dashboard;
using BiasDashboard.Web.Events;
using BiasDashboard.Web.Explain;
using BiasDashboard.Web.Data;
using BiasDashboard.Web.Framing;
using BiasDashboard.Web.Operations;
using BiasDashboard.Web.Outlets;
using BiasDashboard.Web.Requests;
using Scalar.AspNetCore;

args = ClassroomSwitch.Apply(args);     // Classroom/JoinAddress.cs: --classroom serves the school network

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    ContentRootPath = RepoPaths.ContentRoot(),
    WebRootPath = RepoPaths.WebRoot(),
});

builder.AddBiasDashboardData();          // Data/DataExtensions.cs
builder.AddOperations();                 // Operations/OperationsExtensions.cs: Redis backplane, leases, keys, health, logs, metrics
builder.AddArticleIngest();              // Articles/ArticlesExtensions.cs
builder.AddDashboard();                  // Dashboard/DashboardExtensions.cs
builder.AddCatalog();                    // Catalog/CatalogExtensions.cs
builder.AddFraming();                    // Framing/FramingExtensions.cs
builder.AddEvents();                     // Events/EventsExtensions.cs (+ the comparison)
builder.AddAccounts();                   // Accounts/AccountsExtensions.cs: Identity, teacher role, sign-in cookie
builder.AddClassroom();                  // Classroom/ClassroomExtensions.cs: live class sessions
builder.AddStaticAssets();               // StaticAssets.cs: compressed, cached scripts and styles
builder.Services.AddRazorPages();
builder.AddApiErrors();                  // ApiErrors.cs: problem details that say what to fix
builder.AddRequestLimits();              // Requests/BodyLimitMiddleware.cs: every body limited before it is read
builder.Services.AddOpenApi();
builder.Services.ConfigureHttpJsonOptions(o =>
{
    o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
    o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
});

var app = builder.Build();

await app.MigrateDatabaseAsync();
var leases = app.Services.GetRequiredService<LeaseService>(); // several instances: start-up steps one at a time
await leases.RunExclusiveAsync("startup", app.EnsureRolesAsync, CancellationToken.None);
if (UserCommand.Handles(args))
{
    // `dotnet run --project src/BiasDashboard.Web -- user add …`: an account, in the app's own database, no server.
    return await UserCommand.RunAsync(app.Services, args, Console.In, Console.Out, Console.Error);
}

await app.LoadLexiconAsync();
await leases.RunExclusiveAsync("startup", app.ImportSeedsAsync, CancellationToken.None);

app.UseOperations();                     // forwarded headers, request logs
app.UseApiErrors();
app.UseSecurityHeaders();               // SecurityHeaders.cs: CSP, nosniff, no framing
app.UseStatusCodePages();
app.UseStaticAssets();                   // the repository's wwwroot/ (see RepoPaths), compressed and cached
app.UseBlindLessons();                   // Classroom/BlindGuard.cs: a student in a blind lesson reaches only the lesson
app.UseRouting();
app.UseRequestLimits();                  // after routing: each endpoint's own limit
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

app.MapRazorPages();
app.MapArticleEndpoints();               // Articles/ArticleEndpoints.cs
app.MapCatalogEndpoints();               // Catalog/CatalogEndpoints.cs
app.MapDashboardEndpoints();             // Dashboard/DashboardEndpoints.cs (+ the hub)
app.MapLexiconEndpoints();               // Framing/LexiconEndpoints.cs
app.MapEventEndpoints();                 // Events/EventEndpoints.cs
app.MapOutletEndpoints();                // Outlets/OutletEndpoints.cs
app.MapClassroom();                      // Classroom/ClassHub.cs
app.MapExplainEndpoints();               // Explain/ExplainEndpoints.cs
app.MapLessonExampleEndpoints();         // Explain/LessonExampleEndpoints.cs
app.MapOpenApi();                        // /openapi/v1.json
// /scalar/v1: the interactive API page over that document; scalar.js is embedded, and without the default fonts
// (fetched from Scalar's CDN) the page needs nothing off this server.
app.MapScalarApiReference(o => o.DisableDefaultFonts());
app.MapOperations();                     // /healthz (ready), /healthz/live, /metrics

await app.RunAsync();
return 0;

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
