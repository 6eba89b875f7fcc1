namespace BiasDashboard.Analysis.Sentiment;

/// <summary>The lower-cased words the reference's rules compare tokens against by name.</summary>
internal enum RuleWord : byte
{
    None,
    Kind,
    Of,
    No,
    Or,
    Nor,
    Never,
    So,
    This,
    Without,
    Doubt,
    Least,
    At,
    Very,
    But,
}
