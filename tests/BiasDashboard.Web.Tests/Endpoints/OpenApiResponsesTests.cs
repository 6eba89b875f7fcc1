using System.Net.Http.Json;
using System.Text.Json;

namespace BiasDashboard.Web.Tests.Endpoints;

/// <summary>
/// The OpenAPI document says what every endpoint answers, because every handler returns typed results: the success
/// body's schema, the problems it can answer with, and for teacher-only endpoints the 401 and 403.
/// </summary>
public sealed class OpenApiResponsesTests() : WebAppTest()
{
    private async Task<List<(string Method, string Path, JsonElement Operation)>> OperationsAsync()
    {
        var doc = await Client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        return doc.GetProperty("paths").EnumerateObject().Where(p => p.Name.StartsWith("/api/", StringComparison.Ordinal))
            .SelectMany(p => p.Value.EnumerateObject().Select(o => (o.Name.ToUpperInvariant(), p.Name, o.Value))).ToList();
    }

    private static IEnumerable<string> Codes(JsonElement operation) =>
        operation.GetProperty("responses").EnumerateObject().Select(r => r.Name);

    [Fact]
    public async Task EveryApiEndpoint_DeclaresASuccessAndTheSchemaOfItsBody()
    {
        var operations = await OperationsAsync();

        Assert.True(operations.Count >= 20, $"only {operations.Count} operations");
        Assert.All(operations, o =>
        {
            var success = o.Operation.GetProperty("responses").EnumerateObject().Where(r => r.Name.StartsWith('2')).ToList();
            Assert.True(success.Count == 1, $"{o.Method} {o.Path}: success responses {string.Join(",", success.Select(s => s.Name))}");
            if (success[0].Name != "204")
            {
                Assert.True(success[0].Value.TryGetProperty("content", out var content) && content.EnumerateObject().Any(c => c.Value.TryGetProperty("schema", out _)),
                    $"{o.Method} {o.Path}: {success[0].Name} has no schema");
            }
        });
    }

    [Fact]
    public async Task TeacherOnlyEndpoints_DeclareTheir401And403Problems()
    {
        var teacherOnly = (await OperationsAsync())
            .Where(o => o.Operation.TryGetProperty("summary", out var s) && s.GetString()!.Contains("(teachers)", StringComparison.Ordinal)).ToList();

        Assert.True(teacherOnly.Count >= 10, $"only {teacherOnly.Count} teacher-only operations");
        Assert.All(teacherOnly, o => Assert.Superset(new HashSet<string> { "401", "403" }, Codes(o.Operation).ToHashSet()));
        Assert.All(teacherOnly, o => Assert.True(
            o.Operation.GetProperty("responses").GetProperty("403").GetProperty("content").TryGetProperty("application/problem+json", out _),
            $"{o.Method} {o.Path}: 403 is not a problem"));
    }

    [Fact]
    public async Task EventCommands_DeclareTheirBodiesAndTheProblemsTheyAnswerWith()
    {
        var operations = await OperationsAsync();
        var create = operations.Single(o => o is ("POST", "/api/events", _)).Operation.GetProperty("responses");

        Assert.Equal("#/components/schemas/EventSummary",
            create.GetProperty("201").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString());
        Assert.Superset(new HashSet<string> { "201", "401", "403", "404", "422" }, create.EnumerateObject().Select(r => r.Name).ToHashSet());
        Assert.Contains("404", Codes(operations.Single(o => o is ("GET", "/api/outlets/{id}/profile", _)).Operation));
    }
}
