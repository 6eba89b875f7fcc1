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
public sealed class ActorCatalog
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
        foreach (var m in all)
        {
            var id = ActorId.Of(m.Name);
            var (place, organisation, inSentence) = catalog._cues.GetValueOrDefault(id);
            catalog._cues[id] = (place + (m.Cue == ActorKind.Place ? 1 : 0), organisation + (m.Cue == ActorKind.Organisation ? 1 : 0),
                inSentence + (m.OpensSentence ? 0 : 1));
        }

        // Full names, longest spelling first so "Robert K. Lane" names the person "Robert Lane" also refers to.
        var full = all.Where(m => m.Tokens.Count >= 2 && (!m.CommonFirstWord || m.Title is not null) && !KnownActors.IsKnown(m.Name) &&
                                  !KnownActors.LooksLikeOrganisation(m.Tokens) && !KnownActors.LooksLikePlace(m.Tokens) && !catalog.PlaceByContext(m))
            .OrderByDescending(m => m.Tokens.Count).ToList();
        foreach (var m in full)
        {
            var key = PersonKey(m.Tokens);
            if (key.Length == 0 || catalog._people.ContainsKey(key))
            {
                continue;
            }

            var id = ActorId.Of(m.Name);
            catalog._people[key] = id;
            catalog._actors.TryAdd(id, (m.Name, ActorKind.Person));
        }

        // "Cyclist Lisa Shaw", "Gran Jenny Cartwright": a word before another full name only describes that person.
        var references = catalog._people.Values.GroupBy(v => v, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        foreach (var (key, id) in catalog._people.ToList())
        {
            var words = key.Split('-');
            var tailKey = string.Join('-', words[1..]);
            if (words.Length >= 3 && catalog._people.TryGetValue(tailKey, out var shorter) && shorter != id && catalog._actors.ContainsKey(shorter) && catalog._actors.ContainsKey(id))
            {
                // "Gran Jenny Cartwright" is Jenny Cartwright (a describing word first); "Peña Nieto" is Enrique Peña Nieto (a double surname).
                var describing = NameWords.RoleWords.Contains(catalog._actors[id].Name.Split(' ')[0]) || catalog._cues.GetValueOrDefault(id).InSentence == 0;
                var (from, into, fromKey) = describing ? (id, shorter, key) : (shorter, id, tailKey);
                catalog._people[fromKey] = into;
                references[into]++;
                if (--references[from] == 0)
                {
                    catalog._actors.Remove(from);
                }
            }
        }

        foreach (var id in catalog._people.Values.Distinct(StringComparer.Ordinal).Where(catalog._actors.ContainsKey))
        {
            var words = catalog._actors[id].Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var tokens = words.Where(t => !IsInitial(t)).ToList() is { Count: > 0 } named ? named : words.ToList(); // "A. B." is all initials
            Index(catalog._surnames, ActorId.Of(tokens[^1]), id);
            Index(catalog._firstNames, ActorId.Of(tokens[0]), id);
            var particle = tokens.FindIndex(1, t => NameWords.Particles.Contains(t) || t.Contains('-', StringComparison.Ordinal) && NameWords.Particles.Contains(t[..t.IndexOf('-', StringComparison.Ordinal)]));
            if (particle > 0)
            {
                Index(catalog._surnames, ActorId.Of(string.Join(' ', tokens[particle..])), id); // "von der Leyen", "da Silva"
            }
        }

        // Organisations by their initials, so "CMA" can join "Competition and Markets Authority".
        foreach (var m in all.Where(m => m.Tokens.Count >= 2 && (KnownActors.LooksLikeOrganisation(m.Tokens) || KnownActors.TryGet(m.Name, out _, out var k) && k == ActorKind.Organisation)))
        {
            var initials = string.Concat(m.Tokens.Where(t => t.Length > 0 && char.IsUpper(t[0])).Select(t => char.ToLowerInvariant(t[0])));
            var id = KnownActors.TryGet(m.Name, out var canonical, out _) ? ActorId.Of(canonical) : ActorId.Of(m.Name);
            if (initials.Length >= 2 && !(catalog._initials.TryGetValue(initials, out var list) && list.Contains(id)))
            {
                Index(catalog._initials, initials, id);
                catalog._actors.TryAdd(id, KnownActors.TryGet(m.Name, out var known, out var knownKind) ? (known, knownKind) : (m.Name, ActorKind.Organisation));
            }
        }

        foreach (var mention in all)
        {
            catalog.Resolve(mention);
        }

        return catalog;
    }

    /// <summary>Every actor, in order of name.</summary>
    public IReadOnlyList<Actor> Actors =>
        _actors.Keys.Where(_aliases.ContainsKey).Select(ActorFor).OrderBy(a => a.Name, StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>Whether the event reads as US coverage (Congress, Senate, states, "Rep."), where "House" is the House of Representatives.</summary>
    public bool American => _american;

    /// <summary>The actor <paramref name="mention"/> refers to, or null for names that are not actors.</summary>
    public Actor? Resolve(NameMention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        var key = KeyOf(mention);
        if (key is null || !_actors.ContainsKey(key))
        {
            return null;
        }

        if (!_aliases.TryGetValue(key, out var aliases))
        {
            _aliases[key] = aliases = new HashSet<string>(StringComparer.Ordinal);
        }

        var surface = mention.Title is null ? mention.Name : mention.Title + " " + mention.Name;
        if (aliases.Add(surface))
        {
            _byKey.Remove(key);
        }

        if (mention.Title is { } title && _actors[key].Kind == ActorKind.Person)
        {
            var bare = title.Split(' ')[0].TrimEnd('.');
            if (NameWords.FemaleTitles.Contains(bare) || NameWords.MaleTitles.Contains(bare))
            {
                _gender[key] = NameWords.FemaleTitles.Contains(bare) ? 'f' : 'm';
            }
        }

        return ActorFor(key);
    }

    /// <summary>The actor a free-text name refers to ("Ms Ali", "Sir Keir Starmer"), or null.</summary>
    public Actor? Resolve(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var found = NameFinder.Find(name);
        return found.Count == 0 ? null : Resolve(found[^1]);
    }

    /// <summary>
    /// The one organisation whose name holds all of <paramref name="words"/> ("fire service" → "Northshire Fire and
    /// Rescue Service"), or null when none or several do.
    /// </summary>
    public Actor? ResolveDescription(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (words.Count == 0)
        {
            return null;
        }

        // Organisations by the words of their ids, built once: a lookup per description instead of a scan of every actor.
        if (_organisationWords is null)
        {
            _organisationWords = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var (id, (_, kind)) in _actors)
            {
                if (kind == ActorKind.Organisation && _aliases.ContainsKey(id))
                {
                    foreach (var word in id.Split('-').Distinct(StringComparer.Ordinal))
                    {
                        (_organisationWords.TryGetValue(word, out var list) ? list : _organisationWords[word] = []).Add(id);
                    }
                }
            }
        }

        var wanted = words.Select(ActorId.Of).ToList();
        if (!_organisationWords.TryGetValue(wanted[0], out var candidates) || candidates.Count > 64)
        {
            return null; // none, or too many to be sure of one
        }

        var found = candidates.Where(id => wanted.All(w => id.Split('-').Contains(w, StringComparer.Ordinal))).Take(2).ToList();
        return found.Count == 1 ? ActorFor(found[0]) : null;
    }

    /// <summary>The gender a person's titles tell ('f' or 'm'), or null when none did.</summary>
    public char? GenderOf(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return _gender.TryGetValue(actor.Id, out var g) ? g : null;
    }

    // The id of the actor a mention names, naming the actor on first sight; null for a name that is not an actor.
    private string? KeyOf(NameMention mention)
    {
        var name = mention.Name;
        var id = ActorId.Of(name);
        if (id.Length == 0 || mention.Tokens.Count == 1 && mention.Title is null && NameWords.CommonSubjects.Contains(name))
        {
            return null;
        }

        if (id is "house" or "the-house" && mention.Title is null)
        {
            return Known(_american ? "House of Representatives" : "House of Commons", ActorKind.Organisation);
        }

        if (KnownActors.TryGet(name, out var canonical, out var kind))
        {
            return Known(canonical, kind);
        }

        if (_people.TryGetValue(PersonKey(mention.Tokens), out var person) && _actors.ContainsKey(person))
        {
            return person;
        }

        if (_actors.TryGetValue(id, out var named))
        {
            // A spelling in capitals ("WASHINGTON —" in a dateline) gives way to one in ordinary case ("Washington").
            if (IsShouted(named.Name) && !IsShouted(name))
            {
                _actors[id] = (name, Kind(mention));
                _byKey.Remove(id);
            }

            return id;
        }

        var surnameLike = mention.Tokens.Count == 1 || NameWords.Particles.Contains(mention.Tokens[0]);
        if (surnameLike)
        {
            var byFirstName = mention.Title is { } t && NameWords.FirstNameTitles.Contains(t.Split(' ')[0].TrimEnd('.'));
            if ((byFirstName ? Unique(_firstNames, id) ?? Unique(_surnames, id) : Unique(_surnames, id) ?? Unique(_firstNames, id)) is { } full)
            {
                return full;
            }
        }

        if (mention.Tokens.Count == 1 && IsAcronym(name) && Unique(_initials, id) is { } organisation && organisation != id)
        {
            return organisation;
        }

        // A capitalised word seen only where a sentence opens, with nothing else to go on, is an ordinary word ("Furious", "Neighbors").
        if (mention.Tokens.Count == 1 && mention.Title is null && _cues.GetValueOrDefault(id).InSentence == 0 && !IsAcronym(name) &&
            !KnownActors.LooksLikeOrganisation(mention.Tokens) && LooksLikeCommonWord(name))
        {
            return null;
        }

        var shape = Kind(mention);
        var key = mention.Title is not null && shape == ActorKind.Person && mention.Tokens.Count == 1 ? mention.Title.TrimEnd('.') + " " + name : name;
        var keyId = ActorId.Of(key);
        _actors.TryAdd(keyId, (key, shape));
        return keyId;
    }

    // Plurals and adjectives ("Prosecutors", "Furious", "Striking") are common words; "Ali" or "Whitaker" may be a name.
    private static bool LooksLikeCommonWord(string word) =>
        word.Length > 3 && (word.EndsWith('s') || new[] { "ous", "ful", "ive", "ed", "ing", "ly", "al", "ic", "less", "able" }.Any(e => word.EndsWith(e, StringComparison.Ordinal)));

    private string Known(string canonical, ActorKind kind)
    {
        var known = ActorId.Of(canonical);
        _actors.TryAdd(known, (canonical, kind));
        return known;
    }

    private bool PlaceByContext(NameMention mention)
    {
        var (place, organisation, _) = _cues.GetValueOrDefault(ActorId.Of(mention.Name));
        return place > 0 && organisation == 0 && mention.Title is null;
    }

    private ActorKind Kind(NameMention mention)
    {
        var (place, organisation, _) = _cues.GetValueOrDefault(ActorId.Of(mention.Name));
        return mention.Title is not null && mention.Title is not "Councillor" and not "Cllr" ? ActorKind.Person
            : KnownActors.LooksLikeOrganisation(mention.Tokens) ? ActorKind.Organisation
            : KnownActors.LooksLikePlace(mention.Tokens) ? ActorKind.Place
            : organisation > 0 && organisation >= place ? ActorKind.Organisation
            : place > 0 ? ActorKind.Place
            : mention.Title is not null ? ActorKind.Person
            : ActorKind.Other;
    }

    // US coverage names Congress, the Senate, US states and parties, "Rep."/"Sen."/"Gov."; UK coverage the Commons, Lords, MPs, councillors.
    private static bool IsAmerican(List<NameMention> mentions)
    {
        int us = 0, uk = 0;
        foreach (var m in mentions)
        {
            var title = m.Title?.Split(' ')[0].TrimEnd('.');
            us += title is "Sen" or "Rep" or "Gov" or "Senator" or "Representative" or "Congressman" or "Congresswoman" ? 1 : 0;
            uk += title is "Cllr" or "Councillor" or "Baroness" or "Lord" or "Dame" ? 1 : 0;
            if (KnownActors.TryGet(m.Name, out var canonical, out _))
            {
                us += canonical is "Congress" or "House of Representatives" or "Democrats" or "Republicans" or "White House" or "United States" ? 1 : 0;
                uk += canonical is "House of Commons" or "House of Lords" or "Labour" or "Conservatives" or "Liberal Democrats" or "SNP" or "United Kingdom" or "Parliament" ? 1 : 0;
            }

            us += m.Name is "Senate" || m.Role is "Rep." ? 1 : 0;
            uk += m.Role is "MP" or "MPs" ? 1 : 0;
        }

        return us > uk;
    }

    // A person's name folded without middle initials: "Robert K. Lane" and "Robert Lane" are one.
    private static string PersonKey(IReadOnlyList<string> tokens)
    {
        var words = tokens.Where(t => !IsInitial(t)).ToList();
        return words.Count >= 2 ? ActorId.Of(string.Join(' ', words)) : ActorId.Of(string.Join(' ', tokens));
    }

    private static bool IsInitial(string token) => token.Length is 1 or 2 && char.IsUpper(token[0]) && (token.Length == 1 || token[1] == '.');

    private static bool IsAcronym(string name) => name.Count(char.IsLetter) >= 2 && !name.Any(char.IsLower) && !name.Contains(' ', StringComparison.Ordinal);

    // All capitals and longer than an acronym: "WASHINGTON", not "SNP".
    private static bool IsShouted(string name) =>
        name.Count(char.IsLetter) > 4 && !name.Any(char.IsLower);

    private Actor ActorFor(string key)
    {
        if (!_byKey.TryGetValue(key, out var actor))
        {
            var (name, kind) = _actors[key];
            var aliases = _aliases.TryGetValue(key, out var set) ? set.Order(StringComparer.Ordinal).ToList() : [];
            _byKey[key] = actor = new Actor(key, name, kind, aliases);
        }

        return actor;
    }

    private static void Index(Dictionary<string, List<string>> index, string token, string full)
    {
        if (!index.TryGetValue(token, out var list))
        {
            index[token] = list = [];
        }

        // Two are enough to know a name is ambiguous; keeping more would only cost time.
        if (list.Count < 2 && !list.Contains(full))
        {
            list.Add(full);
        }
    }

    private static string? Unique(Dictionary<string, List<string>> index, string token) =>
        index.TryGetValue(token, out var list) && list.Count == 1 ? list[0] : null;
}
