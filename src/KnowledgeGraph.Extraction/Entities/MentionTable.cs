using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>
/// The entity mentions of a document by token: which mention starts at, or covers, a token.
/// Recognisers add candidates; <see cref="Resolve"/> keeps the best non-crossing set.
/// </summary>
public sealed class MentionTable
{
    private readonly Doc _doc;
    private List<EntityMention>?[] _startingAt;
    private EntityMention?[] _covering;

    public MentionTable(Doc doc)
    {
        _doc = doc;
        _startingAt = new List<EntityMention>?[doc.Tokens.Count];
        _covering = new EntityMention?[doc.Tokens.Count];
        foreach (var mention in doc.Mentions)
        {
            Index(mention);
        }
    }

    /// <summary>The table kept on the document (rebuilt when the document's mentions were replaced).</summary>
    public static MentionTable For(Doc doc) => doc.MentionTable ??= new MentionTable(doc);

    public void Add(EntityMention mention)
    {
        _doc.Mentions.Add(mention);
        Index(mention);
    }

    /// <summary>The longest mention that starts at a token (optionally of the given kinds).</summary>
    public EntityMention? StartingAt(int token, Func<EntityMention, bool>? where = null)
    {
        if (token < 0 || token >= _startingAt.Length || _startingAt[token] is not { } list)
        {
            return null;
        }
        EntityMention? best = null;
        foreach (var mention in list)
        {
            if ((where is null || where(mention)) && (best is null || mention.EndToken > best.EndToken))
            {
                best = mention;
            }
        }
        return best;
    }

    /// <summary>Every mention that starts at a token, nested ones included.</summary>
    public IReadOnlyList<EntityMention> AllStartingAt(int token) =>
        token >= 0 && token < _startingAt.Length && _startingAt[token] is { } list ? list : [];

    /// <summary>The outermost mention covering a token.</summary>
    public EntityMention? Covering(int token) => token >= 0 && token < _covering.Length ? _covering[token] : null;

    /// <summary>Mentions that start at a token or inside [first, end).</summary>
    public IEnumerable<EntityMention> Within(int first, int end)
    {
        for (var i = Math.Max(0, first); i < Math.Min(end, _startingAt.Length); i++)
        {
            if (_startingAt[i] is { } list)
            {
                foreach (var mention in list)
                {
                    if (mention.EndToken <= end)
                    {
                        yield return mention;
                    }
                }
            }
        }
    }

    /// <summary>
    /// Keeps the best non-crossing set: longer spans first, then by source priority. A mention
    /// inside a kept one survives as nested when it names an entity of its own (a country in an
    /// organisation's name, a city in an airport's) or is a nationality adjective.
    /// </summary>
    public void Resolve()
    {
        var ordered = _doc.Mentions
            .OrderByDescending(mention => mention.EndToken - mention.FirstToken)
            .ThenBy(mention => Priority(mention))
            .ThenBy(mention => mention.Start)
            .ToList();
        var kept = new List<EntityMention>();
        var owner = new EntityMention?[_doc.Tokens.Count];
        // Inside a title phrase (a descriptor), the names it contains compete among themselves.
        var innerOwner = new EntityMention?[_doc.Tokens.Count];
        foreach (var mention in ordered)
        {
            var placement = Place(mention, owner);
            if (placement == Placement.Rejected)
            {
                continue;
            }
            if (placement == Placement.Nested)
            {
                var container = owner[mention.FirstToken]!;
                if (container.Kind == MentionKind.Descriptor && mention.Kind != MentionKind.Descriptor)
                {
                    var inner = Place(mention, innerOwner);
                    if (inner == Placement.Rejected || inner == Placement.Nested && !KeepsWhenNested(mention, innerOwner[mention.FirstToken]!))
                    {
                        continue;
                    }
                    if (inner == Placement.Free)
                    {
                        for (var t = mention.FirstToken; t < mention.EndToken; t++)
                        {
                            innerOwner[t] = mention;
                        }
                    }
                }
                else if (!KeepsWhenNested(mention, container))
                {
                    continue;
                }
                mention.Nested = true;
                kept.Add(mention);
                continue;
            }
            for (var t = mention.FirstToken; t < mention.EndToken; t++)
            {
                owner[t] = mention;
            }
            kept.Add(mention);
        }

        _doc.Mentions.Clear();
        _doc.Mentions.AddRange(kept.OrderBy(mention => mention.Start).ThenBy(mention => mention.Nested));
        _startingAt = new List<EntityMention>?[_doc.Tokens.Count];
        _covering = new EntityMention?[_doc.Tokens.Count];
        foreach (var mention in _doc.Mentions)
        {
            Index(mention);
        }
    }

    private enum Placement
    {
        Free,
        Nested,
        Rejected,
    }

    /// <summary>Free when no kept mention touches the span; nested when one kept mention covers all of it.</summary>
    private static Placement Place(EntityMention mention, EntityMention?[] owner)
    {
        var first = owner[mention.FirstToken];
        for (var t = mention.FirstToken + 1; t < mention.EndToken; t++)
        {
            if (owner[t] != first)
            {
                return Placement.Rejected; // crosses a kept mention's edge
            }
        }
        if (first is null)
        {
            return Placement.Free;
        }
        var sameSpan = first.FirstToken == mention.FirstToken && first.EndToken == mention.EndToken;
        return sameSpan ? Placement.Rejected : Placement.Nested;
    }

    private static bool KeepsWhenNested(EntityMention mention, EntityMention container) =>
        // "مجلس الأمن" at the start of "مجلس الأمن القومي" is a shorter reading of the same name, not a second body.
        !(mention.FirstToken == container.FirstToken && mention.Type == container.Type)
        // "سلمان بن عبدالعزيز" in "محمد بن سلمان بن عبدالعزيز" is the father's name, not a mention of him;
        // "الملك فهد" in "مستشفى الملك فهد" names the hospital, not the king.
        && !(mention.Type == EntityType.Person && container.Type is EntityType.Person or EntityType.Organization or EntityType.Location or EntityType.Event)
        && mention.Source == MentionSource.Gazetteer
        && (mention.Kind is MentionKind.Name or MentionKind.Adjective)
        && !(mention.Known is not null && mention.Known == container.Known);

    private static int Priority(EntityMention mention) => mention.Source switch
    {
        MentionSource.Gazetteer => mention.Kind == MentionKind.Name ? 0 : 5,
        MentionSource.Head or MentionSource.KnowledgeBase => 1,
        MentionSource.Title => 2,
        MentionSource.Apposition => 3,
        MentionSource.GivenName => 4,
        MentionSource.Coordination => 6,
        MentionSource.SpeechVerb => 7,
        MentionSource.Byline => 8,
        _ => 9,
    };

    private void Index(EntityMention mention)
    {
        (_startingAt[mention.FirstToken] ??= []).Add(mention);
        for (var t = mention.FirstToken; t < mention.EndToken; t++)
        {
            if (_covering[t] is not { } current || current.EndToken - current.FirstToken < mention.EndToken - mention.FirstToken)
            {
                _covering[t] = mention;
            }
        }
    }
}
