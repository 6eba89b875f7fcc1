using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;

namespace BiasDashboard.Web.Tests.Hubs;

/// <summary>
/// A minimal SignalR client over the test server's WebSocket, speaking the JSON hub protocol (records end with
/// 0x1E): there is no .NET SignalR client package on this registry.
/// </summary>
internal sealed class HubClient : IAsyncDisposable
{
    private const char RecordSeparator = '\u001e';
    private readonly WebSocket _socket;
    private readonly Queue<string> _pending = new();
    private int _invocation;

    private HubClient(WebSocket socket) => _socket = socket;

    public static async Task<HubClient> ConnectAsync(TestServer server, CancellationToken ct, string hub = "hubs/dashboard", string? cookie = null)
    {
        var client0 = server.CreateWebSocketClient();
        if (cookie is not null)
        {
            client0.ConfigureRequest = request => request.Headers.Cookie = cookie; // a signed-in browser's cookies
        }

        var socket = await client0.ConnectAsync(new Uri(server.BaseAddress, hub), ct);
        var client = new HubClient(socket);
        await client.SendAsync(new { protocol = "json", version = 1 }, ct);
        var handshake = await client.ReceiveAsync(ct);
        return handshake == "{}" ? client : throw new InvalidOperationException($"handshake failed: {handshake}");
    }

    /// <summary>Invokes a hub method; the server's error message, or null when it succeeded.</summary>
    public async Task<string?> InvokeAsync(string target, object? argument, CancellationToken ct)
    {
        var id = (++_invocation).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await SendAsync(new { type = 1, invocationId = id, target, arguments = argument is null ? Array.Empty<object>() : new[] { argument } }, ct);
        while (true)
        {
            using var message = JsonDocument.Parse(await ReceiveAsync(ct));
            if (message.RootElement.GetProperty("type").GetInt32() == 3 && message.RootElement.GetProperty("invocationId").GetString() == id)
            {
                return message.RootElement.TryGetProperty("error", out var error) ? error.GetString() : null;
            }
        }
    }

    /// <summary>The arguments of the next call of <paramref name="target"/> the server makes on this client.</summary>
    public async Task<JsonElement> NextCallAsync(string target, CancellationToken ct)
    {
        while (true)
        {
            var message = JsonDocument.Parse(await ReceiveAsync(ct)).RootElement;
            if (message.GetProperty("type").GetInt32() == 1 && message.GetProperty("target").GetString() == target)
            {
                return message.GetProperty("arguments");
            }
        }
    }

    private Task SendAsync(object message, CancellationToken ct) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(message) + RecordSeparator), WebSocketMessageType.Text, true, ct);

    private async Task<string> ReceiveAsync(CancellationToken ct)
    {
        var buffer = new byte[1 << 16];
        var text = new StringBuilder();
        while (_pending.Count == 0)
        {
            var result = await _socket.ReceiveAsync(buffer, ct);
            text.Append(Encoding.UTF8.GetString(buffer, 0, result.Count));
            if (!result.EndOfMessage)
            {
                continue;
            }

            foreach (var record in text.ToString().Split(RecordSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                _pending.Enqueue(record);
            }

            text.Clear();
        }

        return _pending.Dequeue();
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
        }

        _socket.Dispose();
    }
}
