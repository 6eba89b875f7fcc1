using BiasDashboard.Web.Accounts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BiasDashboard.BrowserTests;

public sealed class ClassroomTests
{
    private const string Password = "browser teacher password 7";
    private static readonly string[] SeedOutlets = ["Daily Express", "Middle East Eye", "Roman Road London", "The National"];

    [ChromiumFact]
    public async Task ALiveLesson_BlindRatingsReachTheTeacherAndTheRevealReachesEveryStudent()
    {
        await using var app = new KestrelApp();
        var baseUrl = app.StartAndGetAddress();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var (user, errors) = await scope.ServiceProvider.GetRequiredService<TeacherAccounts>().AddAsync("teacher@school.example", Password, teacher: true);
            Assert.True(user is not null, string.Join(" ", errors));
        }

        var (playwright, browser) = await BrowserSession.LaunchAsync();
        using (playwright)
        await using (browser)
        {
            // The teacher signs in and starts a session on the SNP vote.
            var teacher = await (await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 1600 } })).NewPageAsync();
            var errors = new List<string>();
            teacher.PageError += (_, e) => errors.Add(e);
            await teacher.GotoAsync($"{baseUrl}/account/login");
            await teacher.FillAsync("#email", "teacher@school.example");
            await teacher.FillAsync("#password", Password);
            await teacher.ClickAsync("form.upload button[type=submit]");
            await teacher.GotoAsync($"{baseUrl}/sessions");
            await teacher.SelectOptionAsync("#eventId", "snp-amendment-2023-11-15");
            await teacher.FillAsync("#slantSide", "the protesters");
            await teacher.ClickAsync("form.upload button[type=submit]");
            await teacher.WaitForSelectorAsync("#join-code");
            await teacher.WaitForFunctionAsync("() => document.body.dataset.classLive === 'true'");
            var code = (await teacher.InnerTextAsync("#join-code")).Trim();
            Assert.Matches("^[A-Z0-9]{6}$", code);
            Assert.NotNull(await teacher.QuerySelectorAsync("#qr svg"));

            // Two students join in their own browser contexts, with a nickname and the code.
            var students = new List<IPage>();
            foreach (var nickname in new[] { "Ada", "Bashir" })
            {
                var student = await (await browser.NewContextAsync()).NewPageAsync();
                student.PageError += (_, e) => errors.Add(e);
                await student.GotoAsync($"{baseUrl}/join?code={code}");
                await student.FillAsync("#nickname", nickname);
                await student.ClickAsync("form.upload button[type=submit]");
                await student.WaitForFunctionAsync("() => document.getElementById('screen')?.dataset.live === 'true'");
                students.Add(student);
            }

            await teacher.WaitForFunctionAsync("() => document.getElementById('roster-count')?.textContent === '2'", null, new PageWaitForFunctionOptions { Timeout = 15_000 });

            // The teacher shows Outlet A: both students see it blind.
            await teacher.ClickAsync("form.drive button:has-text('Outlet A')");
            foreach (var student in students)
            {
                await student.WaitForFunctionAsync("() => document.querySelector('#screen h1 .outlet')?.textContent === 'Outlet A'", null, new PageWaitForFunctionOptions { Timeout = 15_000 });
                // The guess-the-outlet list names every outlet, by design; nothing else on the screen may.
                var text = await student.EvaluateAsync<string>("() => { const c = document.getElementById('screen').cloneNode(true); c.querySelector('#guess')?.remove(); return c.textContent; }");
                Assert.NotNull(await student.QuerySelectorAsync("#guess"));
                Assert.All(SeedOutlets, outlet => Assert.DoesNotContain(outlet, text, StringComparison.Ordinal));
            }

            // A student's rating reaches the teacher's page without a reload.
            await teacher.EvaluateAsync("() => { window.__noReload = true; }");
            var ada = students[0];
            await ada.CheckAsync("input[name=Tone][value='-1']");
            await ada.CheckAsync("input[name=Slant][value='1']");
            await ada.FillAsync("#highlights", "betrayal");
            await ada.ClickAsync("#rate button[type=submit]");
            await ada.WaitForSelectorAsync("#rate-message[data-ok=true]");
            await teacher.WaitForFunctionAsync("() => [...document.querySelectorAll('.result .answers')].some(e => e.textContent === '1')", null, new PageWaitForFunctionOptions { Timeout = 15_000 });
            Assert.True(await teacher.EvaluateAsync<bool>("() => window.__noReload === true"));

            // The reveal reaches both students at once.
            await teacher.ClickAsync("#reveal");
            foreach (var student in students)
            {
                await student.WaitForFunctionAsync("() => /^Outlet A: .+/.test(document.querySelector('#screen h1 .outlet')?.textContent ?? '')", null, new PageWaitForFunctionOptions { Timeout = 15_000 });
                var heading = await student.InnerTextAsync("#screen h1 .outlet");
                Assert.Contains(SeedOutlets, outlet => heading.EndsWith(outlet, StringComparison.Ordinal));
            }

            Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
            await teacher.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathOf("classroom-teacher.png"), FullPage = true });
            await students[1].ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathOf("classroom-student.png"), FullPage = true });
        }
    }
}
