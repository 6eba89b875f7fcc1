using System.ComponentModel.DataAnnotations;

namespace BiasDashboard.Web.Operations;

/// <summary>Settings for running several instances and behind a proxy (configuration section <c>Operations</c>).</summary>
public sealed class OperationsOptions
{
    public const string SectionName = "Operations";

    /// <summary>How long a background-work lease lasts unless renewed; a dead holder's work resumes elsewhere after it.</summary>
    [Range(1, 3600)]
    public int LeaseSeconds { get; set; } = 30;

    /// <summary>How often each instance looks for work left undone (articles scored with an older lexicon).</summary>
    [Range(1, 86400)]
    public int BackgroundCheckSeconds { get; set; } = 15;

    /// <summary>Redis channel prefix, so several dashboards (or test runs) can share one Redis.</summary>
    [Required]
    public string RedisChannelPrefix { get; set; } = "biasdashboard";

    /// <summary>Honour X-Forwarded-For/-Proto/-Host from the proxies in <see cref="KnownProxies"/> (loopback by default).</summary>
    public bool ForwardedHeaders { get; set; }

    /// <summary>Addresses of the reverse proxies whose forwarded headers are trusted, besides loopback.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Write logs as one JSON object a line (for a log collector) instead of text.</summary>
    public bool JsonLogs { get; set; }

    /// <summary>How long a stopping instance waits for requests in flight (uploads) to finish.</summary>
    [Range(1, 3600)]
    public int ShutdownSeconds { get; set; } = 30;
}
