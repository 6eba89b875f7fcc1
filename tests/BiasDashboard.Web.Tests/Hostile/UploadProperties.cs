using System.Net;
using System.Text;
using BiasDashboard.Analysis.Tests.Properties;
using CsCheck;

namespace BiasDashboard.Web.Tests.Hostile;

/// <summary>
/// Generated uploads through the web API: random Unicode, news-like articles from a grammar and mutated seeds, as .txt,
/// .md (with and without front matter) and .html, as files or JSON. None may answer 500; every refusal is a problem with
/// a message; and the server keeps answering.
/// </summary>
public sealed class UploadProperties() : WebAppTest()
{
    private static readonly Gen<string> Text = Gen.OneOf(NewsText.Article, NewsText.Article, NewsText.MutatedSeed, NewsText.Unicode, NewsText.NewsCharacters);

    private static readonly Gen<(string Name, string Content)> File = Gen.Select(Text, Gen.Int[0, 4], (text, kind) => kind switch
    {
        0 => ("a.txt", text),
        1 => ("a.md", text),
        2 => ("a.md", $"---\ntitle: {text.Split('\n')[0]}\noutlet: Gen Post\n---\n{text}"),
        3 => ("a.html", $"<html><body><article><h1>{text.Split('\n')[0]}</h1><p>{text.Replace("\n\n", "</p><p>", StringComparison.Ordinal)}</p></article></body></html>"),
        _ => ("json", text),
    });

    [Fact]
    public Task GeneratedUploads_NeverAnswer500_AndEveryRefusalSaysWhy() =>
        File.SampleAsync(async file =>
        {
            using var response = file.Name == "json"
                ? await Client.PostAsync("/api/articles", new StringContent(System.Text.Json.JsonSerializer.Serialize(new { outlet = "Gen Post", text = file.Content }), Encoding.UTF8, "application/json"))
                : await Client.PostAsync("/api/articles", Api.Files((file.Name, Api.Utf8(file.Content))).With("outlet", "Gen Post"));

            Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode} for {file.Name}");
            if (response.StatusCode != HttpStatusCode.Created)
            {
                Assert.False(string.IsNullOrWhiteSpace((await response.JsonAsync()).GetProperty("detail").GetString()));
            }
        }, iter: 60, threads: 1);
}
