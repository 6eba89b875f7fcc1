using System.Net;
using AngleSharp.Html.Parser;
using BiasDashboard.Analysis.Framing;

namespace BiasDashboard.Web.Tests.Pages;

public sealed class LexiconEditTests : WebAppTest
{
    [Fact]
    public async Task Save_AsASignedInTeacher_StoresANewVersion()
    {
        await TeacherSession.SignInAsTeacherAsync(App, Client);
        var edited = FramingLexicon.Default.ToJson().Replace("\"showdown\"", "\"showdown\", \"vigil\"", StringComparison.Ordinal);

        var response = await PostAsync(edited);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"Saved as default version {FramingLexicon.Default.Version + 1}", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("\"vigil\"", await Client.GetStringAsync("/api/lexicon"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_WhenNotSignedInAsATeacher_Is403AndSavesNothing()
    {
        var response = await PostAsync(FramingLexicon.Default.ToJson().Replace("\"showdown\"", "\"vigil\"", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("\"vigil\"", await Client.GetStringAsync("/api/lexicon"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_AMalformedLexicon_ShowsWhatIsWrong()
    {
        await TeacherSession.SignInAsTeacherAsync(App, Client);
        var response = await PostAsync("""{"id":"x","categories":[]""");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Not saved: The lexicon is not valid JSON", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> PostAsync(string json)
    {
        var page = new HtmlParser().ParseDocument(await Client.GetStringAsync("/lexicon/edit"));
        var antiforgery = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var form = new MultipartFormDataContent
        {
            { new StringContent(antiforgery), "__RequestVerificationToken" },
            { new StringContent(json), "json" },
        };
        return await Client.PostAsync("/lexicon/edit", form);
    }
}
