using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace BiasDashboard.Web.Tests;

/// <summary>Small helpers for calling the JSON API the way a script would.</summary>
internal static class Api
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static MultipartFormDataContent Files(params (string Name, byte[] Bytes)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, bytes) in files)
        {
            var content = new ByteArrayContent(bytes);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(content, "files", name);
        }

        return form;
    }

    public static MultipartFormDataContent With(this MultipartFormDataContent form, string name, string value)
    {
        form.Add(new StringContent(value, Encoding.UTF8), name);
        return form;
    }

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>(Json))!;

    public static async Task<int> ArticleCountAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/articles?take=500", Json)).GetArrayLength();

    public static string Seed(string file) =>
        Path.Combine(BiasDashboard.Web.RepoPaths.Seeds(), file);
}
