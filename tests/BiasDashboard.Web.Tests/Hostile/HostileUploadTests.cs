using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace BiasDashboard.Web.Tests.Hostile;

/// <summary>Each hostile upload of issue 10 through the running app: a 4xx that says why, nothing stored, the server still up.</summary>
public sealed class HostileUploadTests() : WebAppTest()
{
    private static readonly HttpStatusCode[] TooLarge = [HttpStatusCode.RequestEntityTooLarge];

    private Task<HttpResponseMessage> UploadAsync(string name, byte[] bytes, string? split = null)
    {
        var form = Api.Files((name, bytes)).With("outlet", "Hostile Herald");
        return Client.PostAsync("/api/articles", split is null ? form : form.With("split", split));
    }

    [Theory]
    [InlineData(35_000, "Ingest:MaxFrontMatterChars")]
    [InlineData(5_000, "Ingest:MaxFrontMatterDepth")]
    public async Task DeepFrontMatter_Upload_IsRefusedAndTheServerStaysUp(int depth, string setting) =>
        await HostileApp.AssertRefusedAsync(Client, () => UploadAsync("deep.md", HostileCorpus.DeepYaml(depth)), TooLarge, setting);

    [Fact]
    public async Task DeepFrontMatter_Plan_IsRefusedAndTheServerStaysUp()
    {
        var response = await Client.PostAsync("/api/articles/plan", Api.Files(("deep.md", HostileCorpus.DeepYaml())));
        var plan = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Ingest:MaxFrontMatter", plan[0].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task DeepMarkdownQuotes_AreRefusedNot500() =>
        await HostileApp.AssertRefusedAsync(Client, () => UploadAsync("deep.md", HostileCorpus.DeepMarkdown()), TooLarge, "Ingest:MaxMarkdownDepth");

    [Fact]
    public async Task DeepMarkdownLists_AreRefusedNot500() =>
        await HostileApp.AssertRefusedAsync(Client, () => UploadAsync("deep.md", HostileCorpus.DeepMarkdownList()), TooLarge, "Ingest:MaxMarkdownDepth");

    [Fact]
    public async Task DeepHtml_IsRefusedWith413BeforeParsing() =>
        await HostileApp.AssertRefusedAsync(Client, () => UploadAsync("deep.html", HostileCorpus.DeepHtml()), TooLarge, "Ingest:MaxHtmlDepth");

    [Fact]
    public async Task MoreSentencesThanTheLimit_AreRefusedWith413() =>
        await HostileApp.AssertRefusedAsync(Client, () => UploadAsync("short.txt", HostileCorpus.ShortSentences()), TooLarge, "Ingest:MaxSentences");

    [Fact]
    public async Task MoreFormValuesThanTheLimit_AreRefusedWith413()
    {
        var form = Api.Files(("a.txt", Api.Utf8("Fine text."))).With("outlet", "Hostile Herald");
        for (var i = 0; i < 1100; i++)
        {
            form.With("eventIds", "x" + i);
        }

        await HostileApp.AssertRefusedAsync(Client, () => Client.PostAsync("/api/articles", form), TooLarge, "form");
    }

    [Fact]
    public async Task MoreFilesThanTheLimit_AreRefusedWith413()
    {
        var files = Enumerable.Range(0, 1100).Select(i => ($"f{i}.txt", Api.Utf8("Fine text."))).ToArray();

        await HostileApp.AssertRefusedAsync(Client, () => Client.PostAsync("/api/articles", Api.Files(files).With("outlet", "Hostile Herald")), TooLarge, "at most");
    }

    [Fact]
    public async Task DeflatedMultipartBody_IsRefusedWith415()
    {
        var form = Api.Files(("a.txt", Api.Utf8("Fine text."))).With("outlet", "Hostile Herald");
        var raw = await form.ReadAsByteArrayAsync();
        var compressed = new MemoryStream();
        await using (var deflate = new System.IO.Compression.DeflateStream(compressed, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            await deflate.WriteAsync(raw);
        }

        var content = new ByteArrayContent(compressed.ToArray());
        content.Headers.ContentType = form.Headers.ContentType;
        content.Headers.ContentEncoding.Add("deflate");

        await HostileApp.AssertRefusedAsync(Client, () => Client.PostAsync("/api/articles", content), [HttpStatusCode.UnsupportedMediaType], "uncompressed");
    }

    [Theory]
    [InlineData("/api/articles", true, 7)]
    [InlineData("/api/articles", false, 7)]
    [InlineData("/api/events", true, 5)]
    [InlineData("/api/events", false, 5)]
    public async Task OversizedJson_IsRefusedWith413WithoutReadingPastTheLimit(string path, bool sayLength, int maxMegabytesRead)
    {
        var counter = new BodyReadCounter();
        await using var app = App.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IStartupFilter>(counter)));
        var client = app.CreateClient();

        await HostileApp.AssertRefusedAsync(client, () => client.PostAsync(path, new BigJson(50L * 1024 * 1024, sayLength)), TooLarge, "MB");

        Assert.True(counter.Read < maxMegabytesRead * 1024L * 1024, $"the app read {counter.Read / 1024 / 1024} MB of a 50 MB body");
    }

    [Fact]
    public async Task ListingPageOverThePartsLimit_SplitAll_IsRefusedAndStoresNothing() =>
        await HostileApp.AssertRefusedAsync(Client, () => UploadAsync("listing.txt", HostileCorpus.Listing(2000), split: "all"), TooLarge, "Ingest:MaxListingParts");

    [Fact]
    public async Task PlanOfAListingPageOverThePartsLimit_SaysSo()
    {
        var response = await Client.PostAsync("/api/articles/plan", Api.Files(("listing.txt", HostileCorpus.Listing(2000))));
        var plan = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, plan.GetArrayLength());
        Assert.Contains("Ingest:MaxListingParts", plan[0].GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    /// <summary>A JSON article whose text is <c>length</c> bytes of spaces, made on demand, with or without a Content-Length.</summary>
    private sealed class BigJson : HttpContent
    {
        private static readonly byte[] Prefix = Encoding.ASCII.GetBytes("{\"outlet\":\"x\",\"text\":\"");
        private static readonly byte[] Chunk = Encoding.ASCII.GetBytes(new string(' ', 64 * 1024));
        private readonly long _length;
        private readonly bool _sayLength;

        public BigJson(long length, bool sayLength)
        {
            _length = Prefix.Length + (length + Chunk.Length - 1) / Chunk.Length * Chunk.Length;
            _sayLength = sayLength;
            Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            await stream.WriteAsync(Prefix);
            for (var sent = (long)Prefix.Length; sent < _length; sent += Chunk.Length)
            {
                await stream.WriteAsync(Chunk);
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = _length;
            return _sayLength;
        }
    }
}
