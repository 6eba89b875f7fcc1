using BiasDashboard.Analysis.Framing;

namespace BiasDashboard.Cli.Output;

// The "framing" object of an article: rates per category and voice, contested-term uses, and every match.
internal sealed partial class ArticleJsonWriter
{
    // Framing terms with every match: start/end are UTF-16 offsets into "text", like the sentences'.
    private void WriteFraming(FramingAnalysis f)
    {
        _json.WriteStartObject("framing");
        _json.WriteString("lexicon", f.LexiconId);
        _json.WriteNumber("lexiconVersion", f.LexiconVersion);
        _json.WriteNumber("words", f.Words);
        _json.WriteNumber("ownVoiceWords", f.OwnVoiceWords);
        _json.WriteNumber("quotedWords", f.QuotedWords);
        _json.WriteNumber("loadedLanguageIndex", f.LoadedLanguageIndex);
        WriteCategories(f);
        WriteContested(f);
        WriteMatches(f);
        _json.WriteEndObject();
    }

    private void WriteCategories(FramingAnalysis f)
    {
        _json.WriteStartArray("categories");
        foreach (var c in f.Categories)
        {
            _json.WriteStartObject();
            _json.WriteString("category", c.Category);
            _json.WriteString("group", c.Group);
            _json.WriteNumber("own", c.Own);
            _json.WriteNumber("quoted", c.Quoted);
            _json.WriteNumber("ownPer1000", c.OwnPer1000);
            _json.WriteNumber("quotedPer1000", c.QuotedPer1000);
            _json.WriteNumber("totalPer1000", c.TotalPer1000);
            _json.WriteEndObject();
        }

        _json.WriteEndArray();
    }

    private void WriteContested(FramingAnalysis f)
    {
        _json.WriteStartArray("contested");
        foreach (var c in f.Contested)
        {
            _json.WriteStartObject();
            _json.WriteString("set", c.Set);
            _json.WriteString("option", c.Option);
            _json.WriteNumber("own", c.Own);
            _json.WriteNumber("quoted", c.Quoted);
            _json.WriteEndObject();
        }

        _json.WriteEndArray();
    }

    private void WriteMatches(FramingAnalysis f)
    {
        _json.WriteStartArray("matches");
        foreach (var m in f.Matches)
        {
            WriteMatch(m.Start, m.End, m.Text, m.InQuote, m.Speaker);
            _json.WriteString("term", m.Term);
            _json.WriteString("category", m.Category);
            _json.WriteEndObject();
        }

        _json.WriteEndArray();
        _json.WriteStartArray("contestedMatches");
        foreach (var m in f.ContestedMatches)
        {
            WriteMatch(m.Start, m.End, m.Text, m.InQuote, m.Speaker);
            _json.WriteString("set", m.Set);
            _json.WriteString("option", m.Option);
            _json.WriteEndObject();
        }

        _json.WriteEndArray();
    }

    private void WriteMatch(int start, int end, string text, bool inQuote, string? speaker)
    {
        _json.WriteStartObject();
        _json.WriteNumber("start", start);
        _json.WriteNumber("end", end);
        _json.WriteString("text", text);
        _json.WriteBoolean("inQuote", inQuote);
        WriteOptional("speaker", speaker);
    }
}
