using System.Net;
using System.Text;

namespace BiasDashboard.Web.Tests.Endpoints;

/// <summary>
/// Malformed JSON is the caller's mistake. It used to be recorded as a server error: an ERR line with a stack trace in the
/// log and an error.type on the request-duration metric, so anyone could fill the log and trip error-rate alerts.
/// </summary>
public sealed class MalformedBodyDiagnosticsTests : WebAppTest
{
    [Fact]
    public async Task MalformedJson_Is400_AndTheRequestMetricRecordsNoServerError()
    {
        var response = await Client.PostAsync("/api/sentiment/explain", new StringContent("garbage", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Failed to read parameter", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await Task.Delay(400); // the Prometheus exporter caches a scrape for 300 ms
        var metrics = await Client.GetStringAsync("/metrics");
        var explainRequests = metrics.Split('\n')
            .Where(l => l.StartsWith("http_server_request_duration_seconds_count", StringComparison.Ordinal) && l.Contains("/api/sentiment/explain", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(explainRequests);
        Assert.All(explainRequests, l => Assert.DoesNotContain("error_type", l, StringComparison.Ordinal));
    }
}
