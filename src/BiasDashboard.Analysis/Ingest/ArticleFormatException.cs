namespace BiasDashboard.Analysis.Ingest;

/// <summary>An article could not be read: empty, binary, not UTF-8, an unknown format or malformed front matter.</summary>
public class ArticleFormatException : Exception
{
    /// <summary>Creates the exception with a default message.</summary>
    public ArticleFormatException()
    {
    }

    /// <summary>Creates the exception with a message that names the problem.</summary>
    public ArticleFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the parser error behind it.</summary>
    public ArticleFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
