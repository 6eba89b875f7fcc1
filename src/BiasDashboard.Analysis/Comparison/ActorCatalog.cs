namespace BiasDashboard.Analysis.Comparison;

/// <summary>
/// Merges the names found across an event's articles into actors, keyed by <see cref="ActorId.Of"/> so spellings that
/// fold alike ("WASHINGTON"/"Washington", "Park Soo-min"/"Park Soo Min") are one actor and no two actors share an id.
/// <list type="bullet">
/// <item>Parties, bodies, peoples and places come from <see cref="KnownActors"/>; "House" is the House of Representatives
/// in US coverage and the House of Commons in UK coverage, judged from the event's names.</item>
/// <item>A person is a titled name or a name of two or more words that is not an organisation or a place. Middle initials
/// do not split a person ("Robert Lane" is "Robert K. Lane"); a leading word that only describes them does not either
/// ("Cyclist Lisa Shaw" is "Lisa Shaw").</item>
/// <item>A one-word or titled mention ("Ali", "Ms Ali", "von der Leyen") joins the one full name whose surname it is, and
/// "Sir Keir" (a knight or dame goes by first name) the one whose first name it is; with two candidates it stays on its
/// own rather than being guessed. An acronym joins the one organisation whose initials it spells ("CMA").</item>
/// <item>Other names are typed by shape and context: organisation words ("Council", "Service"), place words ("Lane",
/// "River …"), "in X" (a place), "a spokesperson for X" (an organisation).</item>
/// <item>A capitalised word that only ever opens a sentence ("Prosecutors said", "Furious residents") is not an actor.</item>
/// </list>
/// </summary>
public sealed partial class ActorCatalog
{
    private readonly Dictionary<string, Actor> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _aliases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Name, ActorKind Kind)> _actors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _people = new(StringComparer.Ordinal); // person key (no initials) → id
    private readonly Dictionary<string, List<string>> _surnames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _firstNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _initials = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Place, int Organisation, int InSentence)> _cues = new(StringComparer.Ordinal);
    private readonly Dictionary<string, char> _gender = new(StringComparer.Ordinal);
    private bool _american;
    private Dictionary<string, List<string>>? _organisationWords;

    private ActorCatalog()
    {
    }

    /// <summary>Builds the catalogue from every mention in the event's texts.</summary>
    public static ActorCatalog Build(IEnumerable<NameMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        var all = mentions.ToList();
        var catalog = new ActorCatalog();
        catalog._american = IsAmerican(all);
        catalog.CountCues(all);
        catalog.AddPeople(all);
        catalog.MergeDescribedPeople();
        catalog.IndexPeople();
        catalog.AddInitials(all);
        foreach (var mention in all)
        {
            catalog.Resolve(mention);
        }

        return catalog;
    }

    // How often each name is cued as a place or an organisation, and written inside a sentence.
    private void CountCues(List<NameMention> all)
    {
        foreach (var m in all)
        {
            var id = ActorId.Of(m.Name);
            var (place, organisation, inSentence) = _cues.GetValueOrDefault(id);
            _cues[id] = (place + (m.Cue == ActorKind.Place ? 1 : 0), organisation + (m.Cue == ActorKind.Organisation ? 1 : 0),
                inSentence + (m.OpensSentence ? 0 : 1));
        }
    }

    // Full names, longest spelling first so "Robert K. Lane" names the person "Robert Lane" also refers to.
    private void AddPeople(List<NameMention> all)
    {
        var full = all.Where(m => m.Tokens.Count >= 2 && (!m.CommonFirstWord || m.Title is not null) && !KnownActors.IsKnown(m.Name) &&
                                  !KnownActors.LooksLikeOrganisation(m.Tokens) && !KnownActors.LooksLikePlace(m.Tokens) &&
                                      !PlaceByContext(m))
            .OrderByDescending(m => m.Tokens.Count).ToList();
        foreach (var m in full)
        {
            var key = PersonKey(m.Tokens);
            if (key.Length == 0 || _people.ContainsKey(key))
            {
                continue;
            }

            var id = ActorId.Of(m.Name);
            _people[key] = id;
            _actors.TryAdd(id, (m.Name, ActorKind.Person));
        }
    }

    // "Cyclist Lisa Shaw", "Gran Jenny Cartwright": a word before another full name only describes that person.
    private void MergeDescribedPeople()
    {
        var references = _people.Values.GroupBy(v => v, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(),
            StringComparer.Ordinal);
        foreach (var (key, id) in _people.ToList())
        {
            var words = key.Split('-');
            var tailKey = string.Join('-', words[1..]);
            if (words.Length >= 3 && _people.TryGetValue(tailKey, out var shorter) && shorter != id &&
                _actors.ContainsKey(shorter) && _actors.ContainsKey(id))
            {
                // "Gran Jenny Cartwright" is Jenny Cartwright (a describing word first); "Peña Nieto" is Enrique Peña Nieto (a double
                // surname).
                var describing = NameWords.RoleWords.Contains(_actors[id].Name.Split(' ')[0]) ||
                    _cues.GetValueOrDefault(id).InSentence == 0;
                var (from, into, fromKey) = describing ? (id, shorter, key) : (shorter, id, tailKey);
                _people[fromKey] = into;
                references[into]++;
                if (--references[from] == 0)
                {
                    _actors.Remove(from);
                }
            }
        }
    }

    // Each person by surname, first name and particle surname, so a short spelling finds its full name.
    private void IndexPeople()
    {
        foreach (var id in _people.Values.Distinct(StringComparer.Ordinal).Where(_actors.ContainsKey))
        {
            var words = _actors[id].Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // "A. B." is all initials
            var tokens = words.Where(t => !IsInitial(t)).ToList() is { Count: > 0 } named ? named : words.ToList();
            Index(_surnames, ActorId.Of(tokens[^1]), id);
            Index(_firstNames, ActorId.Of(tokens[0]), id);
            var particle = tokens.FindIndex(1, t => NameWords.Particles.Contains(t) || t.Contains('-', StringComparison.Ordinal) &&
                NameWords.Particles.Contains(t[..t.IndexOf('-', StringComparison.Ordinal)]));
            if (particle > 0)
            {
                Index(_surnames, ActorId.Of(string.Join(' ', tokens[particle..])), id); // "von der Leyen", "da Silva"
            }
        }
    }

    // Organisations by their initials, so "CMA" can join "Competition and Markets Authority".
    private void AddInitials(List<NameMention> all)
    {
        foreach (var m in all.Where(m => m.Tokens.Count >= 2 &&
            (KnownActors.LooksLikeOrganisation(m.Tokens) || KnownActors.TryGet(m.Name, out _, out var k) && k == ActorKind.Organisation)))
        {
            var initials = string.Concat(m.Tokens.Where(t => t.Length > 0 && char.IsUpper(t[0])).Select(t => char.ToLowerInvariant(t[0])));
            var id = KnownActors.TryGet(m.Name, out var canonical, out _) ? ActorId.Of(canonical) : ActorId.Of(m.Name);
            if (initials.Length >= 2 && !(_initials.TryGetValue(initials, out var list) && list.Contains(id)))
            {
                Index(_initials, initials, id);
                _actors.TryAdd(id, KnownActors.TryGet(m.Name, out var known, out var knownKind)
                    ? (known, knownKind) : (m.Name, ActorKind.Organisation));
            }
        }
    }

    /// <summary>Every actor, in order of name.</summary>
    public IReadOnlyList<Actor> Actors =>
        _actors.Keys.Where(_aliases.ContainsKey).Select(ActorFor).OrderBy(a => a.Name, StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>Whether the event reads as US coverage (Congress, Senate, states, "Rep."), where "House" is the House of
    /// Representatives.</summary>
    public bool American => _american;
}
