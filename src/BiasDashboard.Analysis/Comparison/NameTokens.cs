namespace BiasDashboard.Analysis.Comparison;

/// <summary>What a token of a name scan is.</summary>
internal enum NameTokenKind
{
    /// <summary>A capitalised word ("Delgado", "Soo-min", "O'Neill", "al-Mansouri").</summary>
    Capital,

    /// <summary>A word in lower case.</summary>
    Lower,

    /// <summary>An acronym, dotted or not ("U.S.", "F.B.I.", "NHS").</summary>
    Acronym,

    /// <summary>A middle initial ("K." in "Robert K. Lane").</summary>
    Initial,

    /// <summary>A number.</summary>
    Number,

    /// <summary>Punctuation, or a line break (which always ends a name).</summary>
    Break,
}

/// <summary>One token: its kind, its span in the text, its text without a possessive "’s", whether it had one, and whether a dot ended
/// it.</summary>
internal readonly record struct NameToken(NameTokenKind Kind, int Start, int End, string Text, bool Possessive, bool Dotted);

/// <summary>
/// A single left-to-right pass over a text that yields word tokens for name finding: apostrophes and hyphens inside
/// words ("O'Brien", "Okafor-Bello"), dotted acronyms ("U.S."), middle initials, abbreviations with their dot ("Sen.",
/// "Lt."), possessives split off. Linear in the text's length.
/// </summary>
internal static class NameTokens
{
    public static List<NameToken> Scan(string text, int start, int end)
    {
        var tokens = new List<NameToken>();
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (c == '\n')
            {
                tokens.Add(new NameToken(NameTokenKind.Break, i, i + 1, "\n", false, false));
                i++;
            }
            else if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (char.IsLetter(c))
            {
                i = Word(text, i, end, tokens);
            }
            else if (char.IsDigit(c))
            {
                var j = i;
                while (j < end && (char.IsLetterOrDigit(text[j]) || text[j] is ',' or '.' && j + 1 < end && char.IsDigit(text[j + 1])))
                {
                    j++;
                }

                tokens.Add(new NameToken(NameTokenKind.Number, i, j, text[i..j], false, false));
                i = j;
            }
            else
            {
                tokens.Add(new NameToken(NameTokenKind.Break, i, i + 1, text[i].ToString(), false, false));
                i++;
            }
        }

        return tokens;
    }

    private static int Word(string text, int i, int end, List<NameToken> tokens)
    {
        var start = i;

        // Dotted acronyms and initials: "U.S.", "F.B.I.", "K." — one capital then a dot, repeated.
        if (char.IsUpper(text[i]) && i + 1 < end && text[i + 1] == '.' && (i + 2 >= end || !char.IsLower(text[i + 2])))
        {
            var j = i;
            var letters = 0;
            while (j + 1 < end && char.IsUpper(text[j]) && text[j + 1] == '.')
            {
                letters++;
                j += 2;
            }

            if (letters >= 2)
            {
                var possessive = Possessive(text, j, end);
                tokens.Add(new NameToken(NameTokenKind.Acronym, start, j, text[start..j], possessive > 0, true));
                return j + possessive;
            }

            // A single capital and a dot before a capitalised word is a middle initial ("Robert K. Lane").
            var next = j;
            while (next < end && text[next] == ' ')
            {
                next++;
            }

            if (next < end && char.IsUpper(text[next]) && next > j)
            {
                tokens.Add(new NameToken(NameTokenKind.Initial, start, j, text[start..j], false, true));
                return j;
            }
        }

        var k = i;
        while (k < end)
        {
            var ch = text[k];
            if (char.IsLetterOrDigit(ch) || char.GetUnicodeCategory(ch) is System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                k++;
            }
            else if (ch is '\'' or '’' or '-' or '‐' && k + 1 < end && char.IsLetter(text[k + 1]) &&
                !(ch is '\'' or '’' && Possessive(text, k, end) > 0))
            {
                k++;
            }
            else
            {
                break;
            }
        }

        var word = text[start..k];
        var poss = Possessive(text, k, end);
        var dotted = false;
        if (poss == 0 && k < end && text[k] == '.' && NameWords.Abbreviations.Contains(word))
        {
            dotted = true;
            k++;
        }

        var kind = char.IsUpper(word[0]) ? (word.Length >= 2 && IsAllCaps(word) ? NameTokenKind.Acronym : NameTokenKind.Capital)
            : LowerParticleName(word) ? NameTokenKind.Capital
            : NameTokenKind.Lower;
        tokens.Add(new NameToken(kind, start, k, dotted ? word + "." : word, poss > 0, dotted));
        return k + poss;
    }

    // "al-Mansouri", "el-Sisi", "bin-Salman": a lower-case particle joined to a capitalised name is a name.
    private static bool LowerParticleName(string word)
    {
        var dash = word.IndexOfAny(['-', '‐']);
        return dash > 0 && dash + 1 < word.Length && char.IsUpper(word[dash + 1]) && NameWords.Particles.Contains(word[..dash]);
    }

    private static bool IsAllCaps(string word)
    {
        foreach (var ch in word)
        {
            if (char.IsLetter(ch) && !char.IsUpper(ch))
            {
                return false;
            }
        }

        return true;
    }

    // The length of a possessive "’s" / "'s" at `at`, or 0 (a plural "s’" is left alone: it is as often a closing quotation mark).
    private static int Possessive(string text, int at, int end)
    {
        if (at + 1 < end && text[at] is '\'' or '’' && text[at + 1] is 's' && (at + 2 >= end || !char.IsLetter(text[at + 2])))
        {
            return 2;
        }

        return 0;
    }
}
