namespace BiasDashboard.Analysis.Ingest;

/// <summary>
/// An article exceeds one of the <see cref="IngestLimits"/>: <see cref="Limit"/> names the setting (for example
/// <c>MaxHtmlDepth</c>), and the message says what was found and what is allowed, so the uploader can act on it.
/// Nothing of such an article is analysed or stored.
/// </summary>
public sealed class InputLimitException : ArticleFormatException
{
    /// <summary>Creates the exception with a default message.</summary>
    public InputLimitException()
    {
        Limit = "";
    }

    /// <summary>Creates the exception with a message and no limit named.</summary>
    public InputLimitException(string message)
        : base(message)
    {
        Limit = "";
    }

    /// <summary>Creates the exception with a message and the error behind it.</summary>
    public InputLimitException(string message, Exception innerException)
        : base(message, innerException)
    {
        Limit = "";
    }

    /// <summary>Creates the exception for the setting <paramref name="limit"/> of <see cref="IngestLimits"/>.</summary>
    public InputLimitException(string limit, string message)
        : base(message)
    {
        Limit = limit;
    }

    /// <summary>Creates the exception for the setting <paramref name="limit"/>, with the error that revealed it.</summary>
    public InputLimitException(string limit, string message, Exception innerException)
        : base(message, innerException)
    {
        Limit = limit;
    }

    /// <summary>The name of the <see cref="IngestLimits"/> setting that was exceeded.</summary>
    public string Limit { get; }
}
