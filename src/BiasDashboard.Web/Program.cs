using System.Text.Json.Serialization;
using BiasDashboard.Web;
using BiasDashboard.Web.Accounts;
using BiasDashboard.Web.Articles;
using BiasDashboard.Web.Articles.Explain;
using BiasDashboard.Web.Class;
using BiasDashboard.Web.Dashboard;
using BiasDashboard.Web.Data;
using BiasDashboard.Web.Events;
using BiasDashboard.Web.Lessons;
using BiasDashboard.Web.Lexicon;
using BiasDashboard.Web.Operations;
using BiasDashboard.Web.Outlets;
using BiasDashboard.Web.Requests;
using BiasDashboard.Web.Sessions;
using Scalar.AspNetCore;

args = ClassroomSwitch.Apply(args);     // Sessions/JoinAddress.cs: --classroom serves the school network

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
builder.AddOutlets();                    // Outlets/OutletsExtensions.cs
builder.AddLexicon();                    // Lexicon/LexiconExtensions.cs
builder.AddEvents();                     // Events/EventsExtensions.cs (+ Events/Comparison/)
builder.AddAccounts();                   // Accounts/AccountsExtensions.cs: Identity, teacher role, sign-in cookie
builder.AddClassroom();                  // Sessions/ClassroomExtensions.cs: live class sessions
builder.AddClassScreen();                // Class/ClassExtensions.cs: the student's screen
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

await app.MigrateDatabaseAsync();        // Data/DataExtensions.cs
var leases = app.Services.GetRequiredService<LeaseService>(); // several instances: start-up steps one at a time
await leases.RunExclusiveAsync("startup", app.EnsureRolesAsync, CancellationToken.None);
if (UserCommand.Handles(args))
{
    // `dotnet run --project src/BiasDashboard.Web -- user add …`: an account, in the app's own database, no server.
    return await UserCommand.RunAsync(app.Services, args, Console.In, Console.Out, Console.Error);
}

await app.LoadLexiconAsync();            // Lexicon/LexiconExtensions.cs
await leases.RunExclusiveAsync("startup", app.ImportSeedsAsync, CancellationToken.None);

app.UseOperations();                     // Operations/OperationsExtensions.cs: forwarded headers, request logs
app.UseApiErrors();                      // ApiErrors.cs
app.UseSecurityHeaders();                // SecurityHeaders.cs: CSP, nosniff, no framing
app.UseStatusCodePages();
app.UseStaticAssets();                   // the repository's wwwroot/ (see RepoPaths), compressed and cached
app.UseBlindLessons();                   // Class/BlindGuard.cs: a student in a blind lesson reaches only the lesson
app.UseRouting();
app.UseRequestLimits();                  // Requests/BodyLimitMiddleware.cs: after routing, each endpoint's own limit
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

app.MapRazorPages();
app.MapArticleEndpoints();               // Articles/ArticleEndpoints.cs
app.MapArticleEventEndpoints();          // Articles/ArticleEventEndpoints.cs
app.MapArticleExportEndpoints();         // Articles/ArticleExportEndpoints.cs
app.MapExplainEndpoints();               // Articles/Explain/ExplainEndpoints.cs
app.MapEventEndpoints();                 // Events/EventEndpoints.cs
app.MapEventComparisonEndpoints();       // Events/EventComparisonEndpoints.cs
app.MapOutletEndpoints();                // Outlets/OutletEndpoints.cs
app.MapLexiconEndpoints();               // Lexicon/LexiconEndpoints.cs
app.MapLessonExampleEndpoints();         // Lessons/LessonExampleEndpoints.cs
app.MapDashboardHub();                   // Dashboard/DashboardExtensions.cs
app.MapClassroom();                      // Sessions/ClassroomExtensions.cs (the class hub)
app.MapOpenApi();                        // /openapi/v1.json
// /scalar/v1: the interactive API page over that document; scalar.js is embedded, and without the default fonts
// (fetched from Scalar's CDN) the page needs nothing off this server.
app.MapScalarApiReference(o => o.DisableDefaultFonts());
app.MapOperations();                     // Operations/OperationsExtensions.cs: /healthz (ready), /healthz/live, /metrics

await app.RunAsync();
return 0;

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
