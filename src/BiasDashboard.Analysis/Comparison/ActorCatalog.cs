namespace BiasDashboard.Analysis.Comparison;

/// <summary>
/// Merges the names found across an event's articles into actors. Parties, bodies and places come from a table of
/// known spellings. A person is a titled name or a name of two or more words that is not an organisation; a
/// one-word or titled mention ("Ali", "Ms Ali", "Starmer") joins the one full name whose surname it is, and "Sir Keir"
/// (a knight or dame goes by first name) the one full name whose first name it is. When two full names share a
/// surname, the bare surname stays on its own rather than being guessed. Every dictionary here is keyed by
/// <see cref="ActorId.Of"/>, so spellings that fold alike ("WASHINGTON"/"Washington", "Kim Jong Un"/"Kim Jong-un") are one
/// actor and no two actors share an id.
/// </summary>
public sealed class ActorCatalog
{
    private readonly Dictionary<string, Actor> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _aliases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Name, ActorKind Kind)> _actors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _surnames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _firstNames = new(StringComparer.Ordinal);

    private ActorCatalog()
    {
    }

    /// <summary>Builds the catalogue from every mention in the event's texts.</summary>
    public static ActorCatalog Build(IEnumerable<NameMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        var all = mentions.ToList();
        var catalog = new ActorCatalog();
        foreach (var full in all.Where(m => m.Tokens.Count >= 2 && (!m.CommonFirstWord || m.Title is not null) && !KnownActors.IsKnown(m.Name) && !KnownActors.LooksLikeOrganisation(m.Tokens)))
        {
            var id = ActorId.Of(full.Name);
            if (id.Length == 0 || !catalog.Name(id, full.Name, ActorKind.Person))
            {
                continue;
            }

            Index(catalog._surnames, ActorId.Of(full.Tokens[^1]), id);
            Index(catalog._firstNames, ActorId.Of(full.Tokens[0]), id);
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

    /// <summary>The actor <paramref name="mention"/> refers to, or null for names that are not actors.</summary>
    public Actor? Resolve(NameMention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        var key = KeyOf(mention);
        if (key is null)
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

        return ActorFor(key);
    }

    /// <summary>The actor a free-text name refers to ("Ms Ali", "Sir Keir Starmer"), or null.</summary>
    public Actor? Resolve(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var found = NameFinder.Find(name);
        return found.Count == 0 ? null : Resolve(found[0]);
    }

    // The id of the actor a mention names, naming the actor on first sight; null for a name with no letters or digits.
    private string? KeyOf(NameMention mention)
    {
        var name = mention.Name;
        if (KnownActors.TryGet(name, out var canonical, out var kind))
        {
            var known = ActorId.Of(canonical);
            Name(known, canonical, kind);
            return known;
        }

        var id = ActorId.Of(name);
        if (id.Length == 0)
        {
            return null;
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

        if (mention.Tokens.Count == 1)
        {
            var byFirstName = mention.Title is "Sir" or "Dame" or "Lord" or "Lady" or "Baroness";
            if ((byFirstName ? Unique(_firstNames, id) ?? Unique(_surnames, id) : Unique(_surnames, id) ?? Unique(_firstNames, id)) is { } full)
            {
                return full;
            }
        }

        var shape = Kind(mention);
        var key = mention.Title is not null && shape == ActorKind.Person && mention.Tokens.Count == 1 ? mention.Title + " " + name : name;
        var keyId = ActorId.Of(key);
        Name(keyId, key, shape);
        return keyId;
    }

    private static ActorKind Kind(NameMention mention) =>
        mention.Title is not null && mention.Title is not "Councillor" and not "Cllr" ? ActorKind.Person
            : KnownActors.LooksLikeOrganisation(mention.Tokens) ? ActorKind.Organisation
            : mention.Title is not null ? ActorKind.Person
            : ActorKind.Other;

    // Names the actor `id` unless it already has a name; true when this call named it.
    private bool Name(string id, string name, ActorKind kind) => _actors.TryAdd(id, (name, kind));

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

        list.Add(full);
    }

    private static string? Unique(Dictionary<string, List<string>> index, string token) =>
        index.TryGetValue(token, out var list) && list.Count == 1 ? list[0] : null;
}
