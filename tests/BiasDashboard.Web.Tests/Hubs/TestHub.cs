using System.Threading.Channels;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.TestHost;

namespace BiasDashboard.Web.Tests.Hubs;

/// <summary>The SignalR .NET client on the in-memory test server (WebSockets, no port), as a browser page would connect.</summary>
internal static class TestHub
{
    public static async Task<HubConnection> ConnectAsync(TestServer server, CancellationToken ct, string hub = "hubs/dashboard", string? cookie = null)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(server.BaseAddress, hub), o =>
            {
                o.Transports = HttpTransportType.WebSockets;
                o.SkipNegotiation = true;
                o.HttpMessageHandlerFactory = _ => server.CreateHandler();
                o.WebSocketFactory = async (context, token) =>
                {
                    var client = server.CreateWebSocketClient();
                    if (cookie is not null)
                    {
                        client.ConfigureRequest = request => request.Headers.Cookie = cookie; // a signed-in browser's cookies
                    }

                    return await client.ConnectAsync(context.Uri, token);
                };
            })
            .Build();
        await connection.StartAsync(ct);
        return connection;
    }

    /// <summary>Every call of <paramref name="target"/> the server makes on this connection from now on, in order.</summary>
    public static ChannelReader<T> Calls<T>(this HubConnection connection, string target)
    {
        var calls = Channel.CreateUnbounded<T>();
        connection.On<T>(target, argument => calls.Writer.TryWrite(argument));
        return calls.Reader;
    }

    /// <summary>Every call of <paramref name="target"/> from now on whose argument passes <paramref name="where"/>.</summary>
    public static ChannelReader<T> Calls<T>(this HubConnection connection, string target, Func<T, bool> where)
    {
        var calls = Channel.CreateUnbounded<T>();
        connection.On<T>(target, argument =>
        {
            if (where(argument))
            {
                calls.Writer.TryWrite(argument);
            }
        });
        return calls.Reader;
    }

    /// <summary>Every call of an argument-less <paramref name="target"/> from now on.</summary>
    public static ChannelReader<string> Calls(this HubConnection connection, string target)
    {
        var calls = Channel.CreateUnbounded<string>();
        connection.On(target, () => calls.Writer.TryWrite(target));
        return calls.Reader;
    }
}
