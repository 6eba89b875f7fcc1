using System.Net.Http.Headers;

namespace BiasDashboard.Web.Tests.Pages;

public sealed class StaticAssetTests(SharedWebApp shared) : ReadOnlyWebAppTest(shared)
{
    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Plotly_IsServedCompressedAndKeptByTheBrowser(string encoding)
    {
        var plain = await Client.GetAsync("/lib/plotly/plotly.min.js");
        var size = (await plain.Content.ReadAsByteArrayAsync()).Length;
        bool Done(HttpResponseMessage r) => r.Content.Headers.ContentLength is { } n && n * 3 < size; // meanwhile: compressed on the fly, less tightly
        HttpResponseMessage compressed;
        var deadline = DateTime.UtcNow.AddSeconds(60);
        do
        {
            // The first request starts the compression and is answered uncompressed; later ones get the compressed copy.
            var request = new HttpRequestMessage(HttpMethod.Get, "/lib/plotly/plotly.min.js");
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
            compressed = await App.Server.CreateClient().SendAsync(request); // the raw client: no automatic decompression
            if (!Done(compressed))
            {
                await Task.Delay(200);
            }
        }
        while (!Done(compressed) && DateTime.UtcNow < deadline);
        var plainBytes = (await plain.Content.ReadAsByteArrayAsync()).Length;
        var wireBytes = (await compressed.Content.ReadAsByteArrayAsync()).Length;

        Assert.Equal(encoding, Assert.Single(compressed.Content.Headers.ContentEncoding));
        Assert.True(wireBytes * 3 < plainBytes, $"{encoding}: {wireBytes:N0} of {plainBytes:N0} bytes");
        Assert.Contains("max-age=604800", plain.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task VersionedScripts_AreCachedForAYear_AndPagesAreNotCompressed()
    {
        var page = await App.Server.CreateClient().SendAsync(new HttpRequestMessage(HttpMethod.Get, "/") { Headers = { AcceptEncoding = { new StringWithQualityHeaderValue("br") } } });
        var html = await page.Content.ReadAsStringAsync();
        var css = System.Text.RegularExpressions.Regex.Match(html, "/css/site.css\\?v=[^\"]+").Value;

        var styles = await Client.GetAsync(css);

        Assert.Empty(page.Content.Headers.ContentEncoding);
        Assert.Contains("immutable", styles.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
    }
}
