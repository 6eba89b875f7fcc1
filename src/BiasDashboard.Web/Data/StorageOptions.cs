using System.ComponentModel.DataAnnotations;

namespace BiasDashboard.Web.Data;

/// <summary>Where the dashboard keeps its data (configuration section <c>Storage</c>).</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>
    /// <c>Sqlite</c> (default: a file that survives restarts), <c>InMemory</c> (a throwaway demo) or <c>Postgres</c>
    /// (several instances on one database; the connection string is <c>ConnectionStrings:Postgres</c>).
    /// </summary>
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>Folder of the SQLite file <c>biasdashboard.db</c>, relative to the content root unless absolute.</summary>
    [Required]
    public string DataDirectory { get; set; } = "data";

    /// <summary>A full SQLite connection string; overrides <see cref="DataDirectory"/> (tests use a temporary file).</summary>
    public string? ConnectionString { get; set; }
}

/// <summary>The database providers the dashboard can run on.</summary>
public enum StorageProvider
{
    Sqlite,
    InMemory,
    Postgres,
}
