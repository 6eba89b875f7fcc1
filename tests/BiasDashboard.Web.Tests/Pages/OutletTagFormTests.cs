using System.Net;
using AngleSharp.Html.Parser;

namespace BiasDashboard.Web.Tests.Pages;

/// <summary>The tag form on <c>/outlets/{id}</c>: a teacher's tags are saved, and a refused line says why.</summary>
public sealed class OutletTagFormTests : WebAppTest
{
    [Fact]
    public async Task Tags_SavedByASignedInTeacher_ShowOnTheOutletsPage()
    {
        await TeacherSession.SignInAsTeacherAsync(App, Client);

        var response = await PostTagsAsync("reach: hyperlocal");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Tags saved.", page, StringComparison.Ordinal);
        Assert.Contains("<span class=\"tag\">reach: hyperlocal</span>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tags_WithALineThatIsNotAxisAndValue_AreRefusedWith422_SayingWhy_AndNothingIsSaved()
    {
        await TeacherSession.SignInAsTeacherAsync(App, Client);

        var response = await PostTagsAsync("reach: hyperlocal\nno colon here");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Not changed: write each tag as &#x27;axis: value&#x27; (&#x27;no colon here&#x27;)", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<span class=\"tag\">", page, StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> PostTagsAsync(string lines)
    {
        var page = new HtmlParser().ParseDocument(await Client.GetStringAsync("/outlets/1"));
        var antiforgery = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return await Client.PostAsync("/outlets/1?handler=Tags", new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", antiforgery), new("lines", lines),
        ]));
    }
}
