namespace BiasDashboard.Web.Lexicon;

/// <summary>Progress of rescoring stored articles with lexicon <see cref="LexiconId"/> at <see cref="Version"/>.</summary>
public sealed record RescoreStatus(int Done, int Total, string LexiconId, int Version)
{
    public bool Finished => Done >= Total;
}
