using BiasDashboard.Web.Accounts;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BiasDashboard.Web.Sessions;

public static class ClassroomExtensions
{
    /// <summary>Live class sessions: the teacher's and the students' services, the teacher's views, and the class hub.</summary>
    public static WebApplicationBuilder AddClassroom(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ClassroomOptions>().BindConfiguration(ClassroomOptions.SectionName)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<SessionActivity>();
        builder.Services.AddScoped<ClassSessionService>();
        builder.Services.AddScoped<ClassStudents>();
        builder.Services.AddSingleton<ClassPresence>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ClassPresence>());
        builder.Services.AddScoped<LessonPlanner>();
        builder.Services.AddSingleton<JoinAddress>();
        builder.Services.AddScoped<ClassResultsQuery>();
        // Running a class (/sessions and its consoles and projector) is for teachers; joining one (/join) is not.
        // PostConfigure: AddRazorPages replaces the conventions when it configures, whatever the order of the calls.
        builder.Services.PostConfigure<RazorPagesOptions>(o => o.Conventions.AuthorizeFolder("/Sessions", TeacherPolicy.Name));
        return builder;
    }

    public static IEndpointRouteBuilder MapClassroom(this IEndpointRouteBuilder app)
    {
        app.MapHub<ClassHub>(ClassHub.Path);
        return app;
    }
}
