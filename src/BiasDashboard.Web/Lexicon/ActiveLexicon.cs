using BiasDashboard.Analysis.Articles;
using BiasDashboard.Analysis.Framing;
using BiasDashboard.Analysis.Sentiment;

namespace BiasDashboard.Web.Lexicon;

/// <summary>
/// The framing lexicon new articles are scored with: the stored one once a lexicon has been saved, else the
/// library's default. Swapped atomically when a lexicon is saved; readers always see one whole lexicon.
/// </summary>
public sealed class ActiveLexicon
{
    private volatile State _state = new(FramingLexicon.Default);

    public FramingLexicon Lexicon => _state.Lexicon;

    /// <summary>The article analyzer (VADER plus this lexicon's framing).</summary>
    public ArticleAnalyzer Analyzer => _state.Analyzer;

    public FramingAnalyzer Framing => _state.Framing;

    /// <summary>The matcher of the active lexicon (for a single sentence: "why this score", neutral uses on the article page).</summary>
    public FramingMatcher Matcher => _state.Matcher;

    public void Set(FramingLexicon lexicon) => _state = new State(lexicon);

    private sealed class State
    {
        public State(FramingLexicon lexicon)
        {
            Lexicon = lexicon;
            Matcher = new FramingMatcher(lexicon);
            Framing = new FramingAnalyzer(Matcher);
            Analyzer = new ArticleAnalyzer(VaderAnalyzer.Default, Framing);
        }

        public FramingLexicon Lexicon { get; }

        public FramingAnalyzer Framing { get; }

        public FramingMatcher Matcher { get; }

        public ArticleAnalyzer Analyzer { get; }
    }
}
