using BiasDashboard.Web.Accounts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BiasDashboard.BrowserTests;

// The classroom pages connect through the site's one SignalR module (wwwroot/js/live.js), so they show the same live
// badge as the dashboard: a teacher can see at a glance that the console and the wall are receiving the class.
public sealed class ClassroomLiveBadgeTests
{
    private const string Password = "browser teacher password 8";

    [ChromiumFact]
    public async Task TheTeachersConsoleAndTheProjectorShowTheLiveBadgeOnceConnectedToTheClass()
    {
        await using var app = new KestrelApp();
        var baseUrl = app.StartAndGetAddress();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var (user, problems) = await scope.ServiceProvider.GetRequiredService<TeacherAccounts>().AddAsync("badge@school.example", Password, teacher: true);
            Assert.True(user is not null, string.Join(" ", problems));
        }

        await using (var browser = await BrowserSession.OpenAsync())
        {
            var errors = new List<string>();
            var teacher = await (await browser.NewContextAsync()).NewPageAsync();
            teacher.PageError += (_, e) => errors.Add(e);
            await teacher.GotoAsync($"{baseUrl}/account/login");
            await teacher.FillAsync("#email", "badge@school.example");
            await teacher.FillAsync("#password", Password);
            await teacher.ClickAsync("form.upload button[type=submit]");
            await teacher.GotoAsync($"{baseUrl}/sessions");
            await teacher.ClickAsync("form.upload button[type=submit]");
            await teacher.ClickAsync("#plan button[type=submit]");

            await teacher.WaitForFunctionAsync("() => document.body.dataset.classLive === 'true'");
            var badge = teacher.Locator("#live");
            await Assertions.Expect(badge).ToBeVisibleAsync();
            await Assertions.Expect(badge).ToHaveAttributeAsync("data-state", "live");
            await Assertions.Expect(badge).ToHaveTextAsync("live");

            var projector = await teacher.Context.NewPageAsync();
            projector.PageError += (_, e) => errors.Add(e);
            await projector.GotoAsync(teacher.Url.TrimEnd('/') + "/projector");
            await projector.WaitForFunctionAsync("() => document.body.dataset.classLive === 'true'");
            await Assertions.Expect(projector.Locator("#live")).ToHaveAttributeAsync("data-state", "live");
            Assert.Empty(errors);
        }
    }
}
