namespace BiasDashboard.Analysis.Comparison;

/// <summary>
/// Who a column lets speak: every voice with its words and share of the column's quoted and reported words, and the same
/// by group. <see cref="Quotations"/> counts its quoted passages and <see cref="UnattributedQuotations"/> those whose
/// speaker the text does not name, so a reader knows what the voices leave out.
/// </summary>
public sealed record VoiceColumn(string Column, int Words, IReadOnlyList<VoiceShare> Voices, IReadOnlyList<GroupShare> Groups,
    int Quotations = 0, int UnattributedQuotations = 0);

/// <summary>Quoted passages across the columns and how many name no speaker: "12 of 40 quoted passages have no named speaker".</summary>
public sealed record QuotationCoverage(int Quotations, int Unattributed)
{
    /// <summary>The figure in words, for the page.</summary>
    public string Sentence => Quotations == 0 ? "No quoted passages."
        : string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{Unattributed:N0} of {Quotations:N0} quoted passage{(Quotations == 1 ? "" : "s")} {(Unattributed == 1 ? "has" : "have")} " +
                $"no named speaker.");
}

/// <summary>
/// One speaker in a column. <see cref="Speaker"/> is "(unattributed)" for quotations whose speaker the text does not
/// name; <see cref="Group"/> is what the text says they are (a party, campaign group, official, resident, protester).
/// </summary>
public sealed record VoiceShare(string Speaker, string? ActorId, string Group, int DirectWords, int ReportedWords, double Share,
    IReadOnlyList<SentenceRef> Sentences);

/// <summary>One group's words and share in a column.</summary>
public sealed record GroupShare(string Group, int Words, double Share);
