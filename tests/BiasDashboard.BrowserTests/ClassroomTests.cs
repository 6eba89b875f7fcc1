using BiasDashboard.BrowserTests.PageObjects;
using BiasDashboard.Web.Accounts;
using BiasDashboard.Web.Sessions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BiasDashboard.BrowserTests;

public sealed class ClassroomTests
{
    private const string Password = "browser teacher password 7";
    private const string SnpVote = "snp-amendment-2023-11-15";
    private static readonly string[] SeedOutlets = ["Daily Express", "Middle East Eye", "Roman Road London", "The National"];

    private static async Task<IPage> SignedInTeacherAsync(BrowserSession browser, string baseUrl, KestrelApp app, List<string> errors)
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var (user, problems) = await scope.ServiceProvider.GetRequiredService<TeacherAccounts>().AddAsync("teacher@school.example", Password, teacher: true);
            Assert.True(user is not null, string.Join(" ", problems));
        }

        var teacher = await (await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 1200 } })).NewPageAsync();
        teacher.PageError += (_, e) => errors.Add(e);
        await teacher.GotoAsync($"{baseUrl}/account/login");
        await teacher.FillAsync("#email", "teacher@school.example");
        await teacher.FillAsync("#password", Password);
        await teacher.ClickAsync("form.upload button[type=submit]");
        return teacher;
    }

    [ChromiumFact]
    public async Task AWholeLessonAtPhoneWidth_ThreeStudentsJoinOnTheNetworkAddressReadRateGuessAndSeeTheirOwnResults()
    {
        await using var app = new KestrelApp(network: true);
        var baseUrl = app.StartAndGetAddress();
        await using (var browser = await BrowserSession.OpenAsync())
        {
            var errors = new List<string>();
            var overflows = new List<string>();
            var teacher = await SignedInTeacherAsync(browser, baseUrl, app, errors);

            // The teacher plans a lesson that fits: three of the four articles, excerpts, students at their own pace.
            await teacher.GotoAsync($"{baseUrl}/sessions");
            await teacher.SelectOptionAsync("#eventId", SnpVote);
            await teacher.ClickAsync("form.upload button[type=submit]");
            var whole = int.Parse(await teacher.InnerTextAsync("#estimate-minutes"), System.Globalization.CultureInfo.InvariantCulture);
            await teacher.UncheckAsync("input[name=articleIds] >> nth=2"); // Roman Road London's 2,450-word long read stays out
            await teacher.SelectOptionAsync("#excerpt", "5");
            var planned = int.Parse(await teacher.InnerTextAsync("#estimate-minutes"), System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(planned < whole && planned <= 30, $"estimate {whole} → {planned} minutes");
            await teacher.CheckAsync("input[name=pace][value=students]");
            await teacher.FillAsync("#slantSide", "the protesters");
            await teacher.ClickAsync("#plan button[type=submit]");
            await teacher.WaitForFunctionAsync("() => document.body.dataset.classLive === 'true'");
            var console = teacher.Url;

            // The projector view, on the wall: code, QR code and an address the students' phones can reach.
            var projector = await teacher.Context.NewPageAsync();
            projector.PageError += (_, e) => errors.Add(e);
            projector.Console += (_, m) => { if (m.Type == "error") errors.Add("projector: " + m.Text); };
            await projector.GotoAsync(console.TrimEnd('/') + "/projector");
            await projector.WaitForFunctionAsync("() => document.body.dataset.classLive === 'true'");
            Assert.NotNull(await projector.QuerySelectorAsync("#qr svg"));
            var joinUrl = await projector.GetAttributeAsync("#qr", "data-url");
            var joinHost = new Uri(joinUrl!).Host;
            Assert.False(JoinAddress.IsLoopback(joinHost), $"students were sent to {joinUrl}");
            Assert.DoesNotContain("Ada", await projector.InnerTextAsync("body"), StringComparison.Ordinal);
            await projector.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathOf("classroom-projector-join.png") });

            // Three students join on their phones through that address.
            var students = new List<StudentPhone>();
            foreach (var nickname in new[] { "Ada", "Bashir", "Chloé" })
            {
                var page = await (await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = PhoneWidthTests.Phone, IsMobile = true, HasTouch = true })).NewPageAsync();
                page.PageError += (_, e) => errors.Add(e);
                var student = new StudentPhone(page, nickname);
                await page.GotoAsync(joinUrl!);
                if (await PhoneWidthTests.OverflowAsync(page) is { } o) overflows.Add(o);
                if (students.Count == 0) await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathOf("classroom-phone-join.png") });
                await student.JoinAsync(joinUrl!);
                students.Add(student);
            }

            await projector.WaitForFunctionAsync("() => document.getElementById('joined')?.textContent === '3 students'", null, new PageWaitForFunctionOptions { Timeout = 15_000 });

            // The teacher lets them read; each moves through A, B, C at their own pace, blind, and answers.
            await teacher.ClickAsync("#let-read");
            var answers = new[] { (-1, 1), (0, 0), (-2, 2) };
            foreach (var (student, s) in students.Select((x, i) => (x, i)))
            {
                foreach (var (letter, i) in new[] { "A", "B", "C" }.Select((l, i) => (l, i)))
                {
                    if (i == 0) await student.WaitForArticleAsync("A");
                    else await student.NextAsync(letter);
                    var text = await student.VisibleTextAsync();
                    Assert.All(SeedOutlets, outlet => Assert.DoesNotContain(outlet, text, StringComparison.Ordinal));
                    Assert.Contains("paragraphs left out", text, StringComparison.Ordinal); // an excerpt, said so
                    if (await PhoneWidthTests.OverflowAsync(student.Page) is { } o) overflows.Add(o);
                    if (s == 0 && i == 0) await student.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathOf("classroom-phone-article.png"), FullPage = false });
                    var (tone, slant) = answers[(s + i) % 3];
                    await student.AnswerAsync(tone, slant, guessIndex: 1 + (s + i) % 3);
                }
            }

            await projector.WaitForFunctionAsync("() => document.getElementById('progress')?.textContent.includes('9 answers')", null, new PageWaitForFunctionOptions { Timeout = 15_000 });
            // Each article got three different ratings: enough for an agreement figure, read in plain words.
            await teacher.WaitForFunctionAsync("() => document.querySelectorAll('.result .answers').length === 3 && [...document.querySelectorAll('.result .answers')].every(e => e.textContent === '3')", null, new PageWaitForFunctionOptions { Timeout = 15_000 });
            var agreement = await teacher.InnerTextAsync("#agreement-tone");
            Assert.DoesNotContain("Not enough ratings", agreement, StringComparison.Ordinal);
            Assert.Contains("very differently", agreement, StringComparison.Ordinal);

            // The reveal: the projector draws the class against the measure; every phone shows its own results.
            await teacher.ClickAsync("#reveal");
            try
            {
                await projector.WaitForFunctionAsync("() => document.body.dataset.revealChart === 'true'", null, new PageWaitForFunctionOptions { Timeout = 15_000 });
            }
            catch (TimeoutException)
            {
                Assert.Fail("no reveal chart: " + string.Join(Environment.NewLine, errors) + await projector.InnerHTMLAsync("#projected"));
            }

            Assert.Equal(3, await projector.EvaluateAsync<int>("() => document.getElementById('reveal-chart').data.length"));
            await projector.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathOf("classroom-projector-reveal.png"), FullPage = true });
            foreach (var student in students)
            {
                await student.Page.WaitForSelectorAsync("#my-results", new PageWaitForSelectorOptions { Timeout = 15_000 });
                Assert.Equal(3, await student.Page.Locator("#my-results > li").CountAsync());
                Assert.Equal(3, await student.Page.Locator("#my-results .dot.you").CountAsync());
                var mine = await student.Page.InnerTextAsync("#screen");
                Assert.Matches(@"You guessed the outlet right \d of 3", mine);
                Assert.Contains(SeedOutlets, outlet => mine.Contains(outlet, StringComparison.Ordinal)); // revealed now
                if (await PhoneWidthTests.OverflowAsync(student.Page) is { } o) overflows.Add(o);
            }

            await students[0].Page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathOf("classroom-phone-results.png"), FullPage = true });
            await teacher.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathOf("classroom-teacher.png"), FullPage = false });
            Assert.True(overflows.Count == 0, string.Join(Environment.NewLine, overflows));
            Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
        }
    }

    [ChromiumFact]
    public async Task ATeacherPacedLesson_TheTeacherShowsAnArticleAndTheRevealReachesEveryStudent()
    {
        await using var app = new KestrelApp();
        var baseUrl = app.StartAndGetAddress();
        await using (var browser = await BrowserSession.OpenAsync())
        {
            var errors = new List<string>();
            var teacher = await SignedInTeacherAsync(browser, baseUrl, app, errors);
            await teacher.GotoAsync($"{baseUrl}/sessions?eventId={SnpVote}");
            await teacher.ClickAsync("#plan button[type=submit]");
            await teacher.WaitForFunctionAsync("() => document.body.dataset.classLive === 'true'");
            var code = (await teacher.InnerTextAsync("#join-code")).Trim();
            Assert.Matches("^[A-Z0-9]{6}$", code);
            Assert.Contains("only this computer", await teacher.InnerTextAsync("#join-warning"), StringComparison.Ordinal); // served on loopback only: the teacher is told

            var students = new List<StudentPhone>();
            foreach (var nickname in new[] { "Ada", "Bashir" })
            {
                var page = await (await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = PhoneWidthTests.Phone })).NewPageAsync();
                page.PageError += (_, e) => errors.Add(e);
                var student = new StudentPhone(page, nickname);
                await student.JoinAsync($"{baseUrl}/join?code={code}");
                students.Add(student);
            }

            await teacher.WaitForFunctionAsync("() => document.getElementById('roster-count')?.textContent === '2'", null, new PageWaitForFunctionOptions { Timeout = 15_000 });
            await teacher.ClickAsync("form.drive button:has-text('Outlet B')");
            foreach (var student in students)
            {
                await student.WaitForArticleAsync("B");
                var text = await student.VisibleTextAsync();
                Assert.All(SeedOutlets, outlet => Assert.DoesNotContain(outlet, text, StringComparison.Ordinal));
                Assert.Equal(0, await student.Page.Locator("a.piece-link").CountAsync()); // teacher-paced: no moving on alone
                Assert.Equal(0, await student.Page.Locator("nav[aria-label=Main]").CountAsync()); // no site menu on a blind screen
            }

            await teacher.EvaluateAsync("() => { window.__noReload = true; }");
            await students[0].AnswerAsync(-1, 1, 1);
            await teacher.WaitForFunctionAsync("() => [...document.querySelectorAll('.result .answers')].some(e => e.textContent === '1')", null, new PageWaitForFunctionOptions { Timeout = 15_000 });
            Assert.True(await teacher.EvaluateAsync<bool>("() => window.__noReload === true"));

            await teacher.ClickAsync("#reveal");
            foreach (var student in students)
            {
                await student.Page.WaitForSelectorAsync("#my-results", new PageWaitForSelectorOptions { Timeout = 15_000 });
            }

            await teacher.ClickAsync("form.drive button:has-text('Outlet B')");
            await students[1].Page.WaitForFunctionAsync("() => /^Outlet B: .+/.test(document.querySelector('#screen h1 .outlet')?.textContent ?? '')", null, new PageWaitForFunctionOptions { Timeout = 15_000 });
            Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
        }
    }
}
