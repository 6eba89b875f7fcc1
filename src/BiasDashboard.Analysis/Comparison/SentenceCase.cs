namespace BiasDashboard.Analysis.Comparison;

/// <summary>
/// What <see cref="NameFinder"/> needs to tell a name from a capitalised ordinary word: where sentences open, and which
/// words the text also writes in lower case.
/// </summary>
internal static class SentenceCase
{
    /// <summary>
    /// Every word written in lower case in <paramref name="text"/>, found once, so "is this capitalised word also an
    /// ordinary word?" is a lookup.
    /// </summary>
    public static HashSet<string> LowerCaseWords(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]) || i > 0 && char.IsLetter(text[i - 1]))
            {
                i++;
                continue;
            }

            var j = i;
            while (j < text.Length && char.IsLetter(text[j]))
            {
                j++;
            }

            if (char.IsLower(text[i]))
            {
                words.Add(text[i..j]);
            }

            i = j;
        }

        return words;
    }

    /// <summary>Whether the word at <paramref name="offset"/> opens a sentence (or a line, or follows a colon or dash).</summary>
    public static bool OpensSentence(string text, int offset)
    {
        var i = offset - 1;
        while (i >= 0 && (text[i] is ' ' or '\t' or '“' or '‘' or '"' or '\'' or '(' or '*' or '-' or '•' or '#' or '>' ||
                          char.IsWhiteSpace(text[i]) && text[i] != '\n'))
        {
            i--;
        }

        if (i < 0 || text[i] is '\n' or '!' or '?' or ':' or '—')
        {
            return true;
        }

        if (text[i] != '.')
        {
            return false;
        }

        // "Mr. Smith", "Robert K. Lane": a dot after an abbreviation or an initial does not end a sentence.
        var wordEnd = i;
        var wordStart = wordEnd;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        var word = text[wordStart..wordEnd];
        return !(word.Length == 1 && char.IsUpper(word[0]) || NameWords.Abbreviations.Contains(word));
    }
}
