using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace BiasDashboard.Web.Sessions;

/// <summary>
/// The address students' phones can actually reach, for the join screen and its QR code. A teacher often browses on
/// http://localhost:5000, which on a student's phone means the phone itself; so when the teacher's address is a
/// loopback one and the app serves the network (<c>--classroom</c>, or <c>--urls http://0.0.0.0:…</c>), the join
/// address uses this machine's LAN address and the served port instead. <see cref="ClassroomOptions.PublicBaseUrl"/>
/// wins over both (a proxy, a school DNS name). When the app serves only loopback, the join screen says so.
/// </summary>
public sealed class JoinAddress(IOptions<ClassroomOptions> options, IServer server)
{
    public JoinTarget For(HttpRequest request)
    {
        if (options.Value.PublicBaseUrl is { Length: > 0 } configured)
        {
            return new JoinTarget(configured.TrimEnd('/'), null);
        }

        var own = $"{request.Scheme}://{request.Host}";
        if (!IsLoopback(request.Host.Host))
        {
            return new JoinTarget(own, null);
        }

        var served = server.Features.Get<IServerAddressesFeature>()?.Addresses
            .Select(a => Uri.TryCreate(a.Replace("://*", "://0.0.0.0", StringComparison.Ordinal)
                .Replace("://+", "://0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var u) ? u : null)
            .OfType<Uri>().FirstOrDefault(u => !IsLoopback(u.Host));
        if (served is null)
        {
            return new JoinTarget(own,
                "This app serves only this computer, so students' devices cannot reach it. " +
                "Restart it with --classroom (see docs/classroom.md).");
        }

        var host = IPAddress.TryParse(served.Host.Trim('[', ']'), out var ip) && !ip.Equals(IPAddress.Any) && !ip.Equals(IPAddress.IPv6Any)
            ? served.Host
            : LanAddress()?.ToString() ?? Dns.GetHostName();
        return new JoinTarget($"{served.Scheme}://{host}:{served.Port}", null);
    }

    /// <summary>True for localhost and every loopback address (127.0.0.0/8, ::1).</summary>
    public static bool IsLoopback(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase) ||
        host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase) ||
        IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip);

    /// <summary>This machine's IPv4 address on a working network interface, private ranges (10/8, 172.16/12, 192.168/16) first.</summary>
    public static IPAddress? LanAddress()
    {
        var candidates = NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up && n.NetworkInterfaceType != NetworkInterfaceType.Loopback)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses.Select(u => u.Address))
            .Where(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a) && a.GetAddressBytes()[0] != 169)
            .ToList();
        return candidates.FirstOrDefault(IsPrivate) ?? candidates.FirstOrDefault();
    }

    private static bool IsPrivate(IPAddress a)
    {
        var b = a.GetAddressBytes();
        return b[0] == 10 || b[0] == 172 && b[1] is >= 16 and <= 31 || b[0] == 192 && b[1] == 168;
    }
}

/// <summary>The base address students join at, and a warning when they cannot reach it.</summary>
public sealed record JoinTarget(string BaseUrl, string? Warning)
{
    public string JoinUrl(string code) => $"{BaseUrl}/join?code={Uri.EscapeDataString(code)}";
}

/// <summary>
/// <c>--classroom</c>: serve every network interface on <see cref="ClassroomOptions.Port"/> (5000 unless
/// <c>Classroom:Port</c> says otherwise), so the students' devices on the school network can reach the app. An explicit
/// <c>--urls</c> wins.
/// </summary>
public static class ClassroomSwitch
{
    public const string Flag = "--classroom";

    public static string[] Apply(string[] args)
    {
        if (!args.Contains(Flag, StringComparer.Ordinal))
        {
            return args;
        }

        var rest = args.Where(a => a != Flag).ToList();
        if (rest.Any(a => a.StartsWith("--urls", StringComparison.Ordinal)))
        {
            return [.. rest];
        }

        var portArg = rest.FirstOrDefault(a => a.StartsWith("--Classroom:Port=", StringComparison.OrdinalIgnoreCase));
        var port = portArg is not null && int.TryParse(portArg.Split('=')[1], out var p) ? p
            : int.TryParse(Environment.GetEnvironmentVariable("Classroom__Port"), out var e) ? e : new ClassroomOptions().Port;
        return [.. rest, "--urls", $"http://0.0.0.0:{port}"];
    }
}
