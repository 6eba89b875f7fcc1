using AngleSharp.Html.Parser;
using BiasDashboard.Web.Sessions;

namespace BiasDashboard.Web.Tests.Sessions;

/// <summary>The address on the join screen when the school puts the app behind a proxy or its own DNS name.</summary>
public sealed class JoinAddressTests() : WebAppTest(new Dictionary<string, string?> { ["Classroom:PublicBaseUrl"] = "https://bias.school.example/" })
{
    [Fact]
    public async Task AConfiguredPublicBaseUrl_IsWhatTheJoinScreenAndQrCodeShow()
    {
        await TeacherSession.SignInAsTeacherAsync(App, Client);
        var plan = new HtmlParser().ParseDocument(await Client.GetStringAsync("/sessions?eventId=snp-amendment-2023-11-15"));
        var started = await Client.PostAsync("/sessions", new FormUrlEncodedContent(
            [new("eventId", "snp-amendment-2023-11-15"), new("__RequestVerificationToken", plan.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!)]));
        var console = new HtmlParser().ParseDocument(await started.Content.ReadAsStringAsync());
        var projector = new HtmlParser().ParseDocument(await Client.GetStringAsync(started.RequestMessage!.RequestUri!.AbsolutePath + "/projector"));
        var code = console.GetElementById("join-code")!.TextContent.Trim();

        Assert.Equal("https://bias.school.example/join", console.GetElementById("join-address")!.TextContent);
        Assert.Equal($"https://bias.school.example/join?code={code}", projector.GetElementById("qr")!.GetAttribute("data-url"));
        Assert.Null(console.GetElementById("join-warning"));
    }

    [Theory]
    [InlineData("localhost", true)]
    [InlineData("127.0.0.1", true)]
    [InlineData("127.1.2.3", true)]
    [InlineData("[::1]", true)]
    [InlineData("192.168.1.20", false)]
    [InlineData("bias.school.example", false)]
    public void Loopback_IsToldApartFromAddressesOthersCanReach(string host, bool loopback) => Assert.Equal(loopback, JoinAddress.IsLoopback(host));

    [Fact]
    public void TheClassroomSwitch_ServesEveryInterfaceUnlessUrlsAreGiven()
    {
        Assert.Equal(["--urls", "http://0.0.0.0:5000"], ClassroomSwitch.Apply(["--classroom"]));
        Assert.Equal(["--urls", "http://127.0.0.1:7000"], ClassroomSwitch.Apply(["--classroom", "--urls", "http://127.0.0.1:7000"]));
        Assert.Equal(["user", "add"], ClassroomSwitch.Apply(["user", "add"]));
    }
}
