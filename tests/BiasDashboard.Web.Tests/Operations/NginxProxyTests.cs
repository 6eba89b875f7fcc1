using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Security;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using System.Text.RegularExpressions;
using BiasDashboard.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace BiasDashboard.Web.Tests.Operations;

/// <summary>
/// docs/deploy/nginx/biasdashboard.conf, as shipped (only its ports and certificate swapped for throwaway ones), run by a
/// real nginx in front of two app processes on one PostgreSQL and one Redis: what a browser does through the proxy
/// works, over HTTPS, with WebSockets and without sticky sessions. Skipped with the reason where nginx, PostgreSQL or
/// Redis is missing; .ci/run installs nginx and starts the other two, so it runs in CI.
/// </summary>
// Starts its own servers whatever TEST_DB_PROVIDER says: CI runs it in the first pass only (.ci/run).
[Trait("Pass", "Once")]
public sealed class NginxProxyTests(NginxProxyTests.Proxy proxy) : IClassFixture<NginxProxyTests.Proxy>
{
    private const string Event = "snp-amendment-2023-11-15";

    [NginxFact]
    public async Task Page_ThroughTheProxy_IsServedOverHttps()
    {
        var page = await proxy.Http.GetAsync(proxy.Https + "/events");
        var html = await page.Content.ReadAsStringAsync();

        Assert.True(page.StatusCode == HttpStatusCode.OK, $"{(int)page.StatusCode}: {html[..Math.Min(html.Length, 500)]}\n{proxy.ErrorLog()}");
        Assert.Contains("<h1>Events</h1>", html, StringComparison.Ordinal);
    }

    [NginxFact]
    public async Task App_SeesTheClientsSchemeAndHost_ThroughTheForwardedHeaders()
    {
        // The OpenAPI document names the server as the app sees the request: https and the name the client typed,
        // not http://127.0.0.1:<instance port> as nginx connects.
        var document = await proxy.Http.GetFromJsonAsync<JsonElement>(proxy.Https + "/openapi/v1.json");

        Assert.Equal(proxy.Https + "/", document.GetProperty("servers")[0].GetProperty("url").GetString());
    }

    [NginxFact]
    public async Task PlainHttp_IsRedirectedToHttps()
    {
        using var http = new HttpClient(Proxy.Handler(proxy.HttpPort)) { Timeout = TimeSpan.FromSeconds(30) };
        var answer = await http.GetAsync($"http://{Proxy.Host}:{proxy.HttpPort}/events");

        Assert.Equal(HttpStatusCode.MovedPermanently, answer.StatusCode);
        Assert.Equal($"https://{Proxy.Host}/events", answer.Headers.Location?.ToString());
    }

    [NginxFact]
    public async Task Metrics_AreNotServedOnThePublicAddress()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await proxy.Http.GetAsync(proxy.Https + "/metrics")).StatusCode);
    }

    [NginxFact]
    public async Task Uploads_ThroughTheProxy_ArePushedOverWebSocketsToWatchersOnBothInstances()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        // Four watchers through the proxy, as the site's pages connect (WebSockets, no negotiate request): round robin
        // puts them on both instances, and each connection works whichever instance took it.
        var watchers = new List<(HubConnection Connection, List<string> Outlets)>();
        try
        {
            for (var i = 0; i < 4; i++)
            {
                var outlets = new List<string>();
                var connection = proxy.Watcher();
                connection.On<JsonElement>("EventUpdated", d =>
                {
                    lock (outlets)
                    {
                        outlets.AddRange(d.GetProperty("outlets").EnumerateArray().Select(o => o.GetProperty("outlet").GetString()!));
                    }
                });
                await connection.StartAsync(timeout.Token);
                await connection.InvokeAsync("WatchEvent", Event, timeout.Token);
                watchers.Add((connection, outlets));
            }

            Assert.True(await Proxy.HubConnectionsAsync(proxy.A) >= 1, "no watcher's WebSocket reached instance A");
            Assert.True(await Proxy.HubConnectionsAsync(proxy.B) >= 1, "no watcher's WebSocket reached instance B");

            // Two uploads through the proxy: round robin stores one through each instance.
            string[] couriers = ["Proxy Courier One", "Proxy Courier Two"];
            foreach (var outlet in couriers)
            {
                var upload = await proxy.Http.PostAsJsonAsync(proxy.Https + "/api/articles",
                    new { outlet, text = "The amendment vote drew a crowd outside the Commons.", eventIds = new[] { Event } }, timeout.Token);
                Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
            }

            while (!timeout.IsCancellationRequested && watchers.Any(w => !Saw(w.Outlets, couriers)))
            {
                await Task.Delay(100, CancellationToken.None);
            }

            Assert.All(watchers, w => Assert.True(Saw(w.Outlets, couriers), $"a watcher saw only: {string.Join(", ", w.Outlets.Distinct())}"));
        }
        finally
        {
            foreach (var (connection, _) in watchers)
            {
                await connection.DisposeAsync();
            }
        }
    }

    private static bool Saw(List<string> outlets, string[] couriers)
    {
        lock (outlets)
        {
            return couriers.All(outlets.Contains);
        }
    }

    /// <summary>nginx with the shipped config in front of instances A and B (PostgreSQL + Redis, forwarded headers on).</summary>
    public sealed class Proxy : IAsyncLifetime
    {
        public const string Host = "dashboard.school.example";

        private readonly string _folder = Path.Combine(Path.GetTempPath(), $"bd-nginx-{Guid.NewGuid():N}");
        private Process? _nginx;
        private string? _database;

        public AppProcess A { get; private set; } = null!;

        public AppProcess B { get; private set; } = null!;

        public HttpClient Http { get; private set; } = null!;

        public int HttpsPort { get; private set; }

        public int HttpPort { get; private set; }

        /// <summary>The public address, as a browser would type it.</summary>
        public string Https => $"https://{Host}:{HttpsPort}";

        public static string ConfigFile() =>
            Path.Combine(Path.GetDirectoryName(Web.RepoPaths.WebRoot())!, "docs", "deploy", "nginx", "biasdashboard.conf");

        public async Task InitializeAsync()
        {
            if (NginxFactAttribute.SkipReason() is not null)
            {
                return;
            }

            _database = TestServices.CreatePostgresDatabase(TestServices.Postgres!);
            var environment = new Dictionary<string, string>
            {
                ["Storage__Provider"] = "Postgres",
                ["ConnectionStrings__Postgres"] = _database,
                ["ConnectionStrings__Redis"] = TestServices.Redis!,
                ["Operations__RedisChannelPrefix"] = $"test-{Guid.NewGuid():N}",
                ["Operations__ForwardedHeaders"] = "true",
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
            };
            A = await AppProcess.StartAsync(environment);
            B = await AppProcess.StartAsync(environment);

            HttpsPort = FreePort();
            HttpPort = FreePort();
            Directory.CreateDirectory(_folder);
            WriteCertificate();
            await File.WriteAllTextAsync(Path.Combine(_folder, "biasdashboard.conf"), Adapt(await File.ReadAllTextAsync(ConfigFile())));
            await File.WriteAllTextAsync(Path.Combine(_folder, "nginx.conf"), $$"""
                worker_processes 1;
                daemon off;
                pid {{_folder}}/nginx.pid;
                error_log {{_folder}}/error.log warn;
                events { worker_connections 256; }
                http {
                    access_log {{_folder}}/access.log;
                    client_body_temp_path {{_folder}}/body;
                    proxy_temp_path {{_folder}}/proxy;
                    fastcgi_temp_path {{_folder}}/fastcgi;
                    uwsgi_temp_path {{_folder}}/uwsgi;
                    scgi_temp_path {{_folder}}/scgi;
                    include {{_folder}}/biasdashboard.conf;
                }
                """);
            var start = new ProcessStartInfo(NginxFactAttribute.Nginx()!) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
            foreach (var arg in new[] { "-p", _folder + "/", "-e", Path.Combine(_folder, "error.log"), "-c", Path.Combine(_folder, "nginx.conf") })
            {
                start.ArgumentList.Add(arg);
            }

            _nginx = Process.Start(start)!;
            await WaitForPortAsync(HttpsPort);
            Http = new HttpClient(Handler(HttpsPort)) { Timeout = TimeSpan.FromSeconds(60) };
        }

        /// <summary>
        /// The shipped file with the two instances' ports, throwaway listen ports and certificate; fails if the file no
        /// longer has the shape this test reads (two upstream servers, one TLS and one plain listener, a certificate).
        /// </summary>
        public string Adapt(string config)
        {
            var servers = new Queue<string>([new Uri(A.Url).Authority, new Uri(B.Url).Authority]);
            var adapted = Regex.Replace(config, @"(?m)^(\s*server )127\.0\.0\.1:\d+;", m => m.Groups[1].Value + servers.Dequeue() + ";");
            Assert.True(servers.Count == 0, "docs/deploy/nginx/biasdashboard.conf should list two upstream servers on 127.0.0.1");
            adapted = ReplaceOnce(adapted, "listen 443 ssl;", $"listen 127.0.0.1:{HttpsPort} ssl;");
            adapted = ReplaceOnce(adapted, "listen 80;", $"listen 127.0.0.1:{HttpPort};");
            adapted = Regex.Replace(adapted, @"ssl_certificate\s+\S+;", $"ssl_certificate {Path.Combine(_folder, "cert.pem")};");
            return Regex.Replace(adapted, @"ssl_certificate_key\s+\S+;", $"ssl_certificate_key {Path.Combine(_folder, "key.pem")};");
        }

        /// <summary>What nginx logged (for failure messages).</summary>
        public string ErrorLog() => File.Exists(Path.Combine(_folder, "error.log")) ? File.ReadAllText(Path.Combine(_folder, "error.log")) : "";

        /// <summary>A dashboard hub connection through the proxy, made as wwwroot/js/live.js makes it.</summary>
        public HubConnection Watcher() => new HubConnectionBuilder()
            .WithUrl(Https + "/hubs/dashboard", o =>
            {
                o.Transports = HttpTransportType.WebSockets;
                o.SkipNegotiation = true;
                o.WebSocketFactory = async (context, ct) =>
                {
                    var socket = new ClientWebSocket();
                    await socket.ConnectAsync(context.Uri, new HttpMessageInvoker(Handler(HttpsPort)), ct);
                    return socket;
                };
            })
            .Build();

        /// <summary>The instance's open SignalR connections, from its own /metrics (not through the proxy).</summary>
        public static async Task<long> HubConnectionsAsync(AppProcess app)
        {
            using var http = new HttpClient();
            return await Metrics.CounterAsync(http, app.Url, "signalr_server_active_connections");
        }

        /// <summary>
        /// Resolves <see cref="Host"/> to the proxy on loopback, as DNS would, and accepts the throwaway certificate
        /// (valid for <see cref="Host"/>; it was made by this fixture).
        /// </summary>
        public static SocketsHttpHandler Handler(int port) => new()
        {
            AllowAutoRedirect = false,
            ConnectCallback = async (_, ct) =>
            {
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                await socket.ConnectAsync(IPAddress.Loopback, port, ct);
                return new NetworkStream(socket, ownsSocket: true);
            },
            SslOptions = new SslClientAuthenticationOptions { RemoteCertificateValidationCallback = (_, _, _, _) => true },
        };

        public async Task DisposeAsync()
        {
            Http?.Dispose();
            if (_nginx is { HasExited: false })
            {
                _nginx.Kill(entireProcessTree: true);
                await _nginx.WaitForExitAsync();
            }

            _nginx?.Dispose();
            if (A is not null)
            {
                await A.DisposeAsync();
            }

            if (B is not null)
            {
                await B.DisposeAsync();
            }

            if (_database is not null)
            {
                TestServices.DropPostgresDatabase(TestServices.Postgres!, _database);
            }

            if (Directory.Exists(_folder))
            {
                Directory.Delete(_folder, recursive: true);
            }
        }

        private static string ReplaceOnce(string text, string find, string replacement)
        {
            var at = text.IndexOf(find, StringComparison.Ordinal);
            Assert.True(at >= 0 && text.IndexOf(find, at + 1, StringComparison.Ordinal) < 0, $"docs/deploy/nginx/biasdashboard.conf should hold \"{find}\" once");
            return string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + find.Length));
        }

        private void WriteCertificate()
        {
            using var key = RSA.Create(2048);
            var request = new CertificateRequest($"CN={Host}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            var names = new SubjectAlternativeNameBuilder();
            names.AddDnsName(Host);
            request.CertificateExtensions.Add(names.Build());
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
            File.WriteAllText(Path.Combine(_folder, "cert.pem"), certificate.ExportCertificatePem());
            File.WriteAllText(Path.Combine(_folder, "key.pem"), key.ExportPkcs8PrivateKeyPem());
        }

        private async Task WaitForPortAsync(int port)
        {
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (DateTime.UtcNow < deadline && _nginx is { HasExited: false })
            {
                try
                {
                    using var client = new TcpClient();
                    await client.ConnectAsync(IPAddress.Loopback, port);
                    return;
                }
                catch (SocketException)
                {
                    await Task.Delay(100);
                }
            }

            var log = Path.Combine(_folder, "error.log");
            throw new InvalidOperationException($"nginx did not listen on {port}: {(File.Exists(log) ? await File.ReadAllTextAsync(log) : "(no error log)")}");
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
    }
}

/// <summary>A test that needs nginx in front of two instances: skipped with the reason unless nginx, TEST_PG and TEST_REDIS are all there.</summary>
public sealed class NginxFactAttribute : FactAttribute
{
    public NginxFactAttribute()
    {
        if (SkipReason() is { } reason)
        {
            Skip = reason;
        }
    }

    public static string? SkipReason() =>
        Nginx() is null ? "needs nginx: not installed (`apt-get install nginx`; .ci/run installs it)"
        : TestServices.Postgres is null || TestServices.Redis is null ? "needs PostgreSQL and Redis: TEST_PG / TEST_REDIS are not set (.ci/run starts both and sets them)"
        : null;

    /// <summary>The nginx binary: on PATH, or Debian's /usr/sbin/nginx (not on a normal user's PATH).</summary>
    public static string? Nginx() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Append("/usr/sbin")
            .Select(d => Path.Combine(d, "nginx")).FirstOrDefault(File.Exists);
}
