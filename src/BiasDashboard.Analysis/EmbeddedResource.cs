namespace BiasDashboard.Analysis;

/// <summary>Reads this assembly's embedded data files: the library's only I/O.</summary>
internal static class EmbeddedResource
{
    public static string ReadText(string name)
    {
        using var stream = typeof(EmbeddedResource).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource '{name}' is missing; run the build, which restores it from npm.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static Stream Open(string name) =>
        typeof(EmbeddedResource).Assembly.GetManifestResourceStream(name)
        ?? throw new InvalidOperationException($"Embedded resource '{name}' is missing; run the build, which restores it from npm.");
}
