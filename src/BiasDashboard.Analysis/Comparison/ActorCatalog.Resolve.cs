namespace BiasDashboard.Analysis.Comparison;

// Resolving a mention, a bare name or a description to the catalogue's actor, after Build.
public sealed partial class ActorCatalog
{
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

        if (ByShortSpelling(mention, id) is { } full)
        {
            return full;
        }

        // A capitalised word seen only where a sentence opens, with nothing else to go on, is an ordinary word ("Furious", "Neighbors").
        if (mention.Tokens.Count == 1 && mention.Title is null && _cues.GetValueOrDefault(id).InSentence == 0 && !IsAcronym(name) &&
            !KnownActors.LooksLikeOrganisation(mention.Tokens) && LooksLikeCommonWord(name))
        {
            return null;
        }

        return Named(mention);
    }

    // "Ali", "Sir Keir", "CMA": a short spelling joins the one full name (or organisation, by its initials) that it fits; null
    // when none or several do.
    private string? ByShortSpelling(NameMention mention, string id)
    {
        var surnameLike = mention.Tokens.Count == 1 || NameWords.Particles.Contains(mention.Tokens[0]);
        if (surnameLike)
        {
            var byFirstName = mention.Title is { } t && NameWords.FirstNameTitles.Contains(t.Split(' ')[0].TrimEnd('.'));
            if ((byFirstName ? Unique(_firstNames, id) ?? Unique(_surnames, id) : Unique(_surnames, id) ??
                Unique(_firstNames, id)) is { } full)
            {
                return full;
            }
        }

        if (mention.Tokens.Count == 1 && IsAcronym(mention.Name) && Unique(_initials, id) is { } organisation && organisation != id)
        {
            return organisation;
        }

        return null;
    }

    // A new actor under the mention's own spelling; a person named by title and one word keeps the title ("Dr Nair").
    private string Named(NameMention mention)
    {
        var name = mention.Name;
        var shape = Kind(mention);
        var key = mention.Title is not null && shape == ActorKind.Person && mention.Tokens.Count == 1
            ? mention.Title.TrimEnd('.') + " " + name : name;
        var keyId = ActorId.Of(key);
        _actors.TryAdd(keyId, (key, shape));
        return keyId;
    }

    // Plurals and adjectives ("Prosecutors", "Furious", "Striking") are common words; "Ali" or "Whitaker" may be a name.
    private static bool LooksLikeCommonWord(string word) =>
        word.Length > 3 && (word.EndsWith('s') ||
            new[] { "ous", "ful", "ive", "ed", "ing", "ly", "al", "ic", "less", "able" }.Any(e =>
            word.EndsWith(e, StringComparison.Ordinal)));

    private string Known(string canonical, ActorKind kind)
    {
        var known = ActorId.Of(canonical);
        _actors.TryAdd(known, (canonical, kind));
        return known;
    }

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

    private static string? Unique(Dictionary<string, List<string>> index, string token) =>
        index.TryGetValue(token, out var list) && list.Count == 1 ? list[0] : null;
}
