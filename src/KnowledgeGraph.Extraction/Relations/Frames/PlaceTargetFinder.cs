using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Relations.Candidates;
using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Relations.Frames;

/// <summary>Where a visit, an arrival or a presence goes: the places a trigger's frame takes after it.</summary>
internal sealed class PlaceTargetFinder
{
    private readonly RelationContext _c;
    private readonly ClauseNavigator _clauses;
    private readonly ArgumentFinder _args;

    public PlaceTargetFinder(RelationContext context)
    {
        _c = context;
        _clauses = context.Clauses;
        _args = context.Arguments;
    }

    private IReadOnlyList<Token> Tokens => _c.Tokens;

    /// <summary>
    /// The places a visit goes to: the first place its frame's prepositions introduce after it
    /// ("إلى روسيا"، "في مدينة فلاديفوستوك"، "زار بيونغ يانغ"); a place after an unnamed destination
    /// ("إلى قاعدة فضائية في أقصى شرق روسيا"); a country named inside a region's name; the city
    /// of a named site ("جامعة ... في فلاديفوستوك"). Origins ("من بيونغ يانغ") are passed over.
    /// </summary>
    public List<EntityMention> PlaceTargets(Trigger trigger, int from)
    {
        var frame = trigger.Info.Frame;
        var (direct, prepositions) = frame switch
        {
            Frame.Visit => (true, new[] { "الي", "ل" }),
            Frame.Travel => (false, new[] { "الي", "ل" }),
            Frame.Arrive => (true, new[] { "الي", "ل", "ب", "في" }),
            Frame.Presence or Frame.Speak => (false, new[] { "في", "ب" }),
            Frame.Pass => (true, new[] { "في", "ب" }),
            _ => (true, new[] { "في", "ب" }),
        };
        var sentence = _c.Doc.SentenceOf(trigger.FirstToken);
        var window = frame == Frame.Presence ? 6 : 16;
        var end = Math.Min(sentence.EndToken, from + window);
        var slot = frame == Frame.Visit && !trigger.IsVerb || trigger.Info.Form.StartsWith('ز') ? Slot.Premises : Slot.Place;
        var pendingUntil = -1;
        var includedUntil = -1;
        var targets = new List<EntityMention>();
        var direction = _clauses.SkipAdverbials(from, 3);
        var appositionEnd = direct ? SkipAppositive(direction) : direction;
        for (var k = from; k < end; k++)
        {
            if (k >= direction && k < appositionEnd)
            {
                continue;
            }
            var token = Tokens[k];
            if (k > from && (_c.StartsTrigger(k) && Tokens[k].Kind == TokenKind.Word && _c.IsVerbTrigger(k)
                             || token.Text is ":" or "؛" || _c.Words.Is(token, ArgumentWordClass.Complementizer)))
            {
                break;
            }
            if (_c.Resources.Relations.Attribution.Match(Tokens, k) is { Value.IsVerb: false })
            {
                break; // "وفقًا لوزارة التوحيد في كوريا الجنوبية": where the source is, not the destination
            }
            var mention = _args.Arg(k, slot);
            if (mention is { Nested: true })
            {
                mention = null;
            }
            if (mention is null)
            {
                // "جولة إقليمية شملت حتى الآن السعودية والأردن": the places a tour took in follow its verb directly.
                if (token.Kind == TokenKind.Word && !trigger.IsVerb && _c.Words.Is(token, ArgumentWordClass.Include))
                {
                    includedUntil = k + 5;
                    continue;
                }
                // "زار مقر الدفاع المدني في جدة"، "يزور قاعدة عسكرية في الزرقاء": an unnamed site as the direct object
                // is visited where the text places it.
                if (token.Kind == TokenKind.Word && (IntroducesDestination(token, prepositions) || direct && k == appositionEnd))
                {
                    pendingUntil = k + 5;
                }
                continue;
            }
            if (mention.Type == EntityType.Organization && mention.Known?.Kind is "news" or "intl" or "party" or "armed_group")
            {
                k = mention.EndToken - 1;
                continue;
            }
            // Right after the trigger there is no preposition, even when the trigger is also one ("عبر محطة خسان").
            var preposition = mention.FirstToken == trigger.EndToken && mention.Start == token.Start ? null : _clauses.PrepositionOf(mention);
            var adjacent = k <= appositionEnd;
            // ل is "to" and "for": only right after the trigger is it the destination ("زيارة كيم المنتظرة لروسيا").
            var accepted = preposition is not null && prepositions.Contains(preposition) && (preposition != "ل" || adjacent)
                           || preposition is null && direct && adjacent
                           || pendingUntil >= k && preposition is "في" or "ب"
                           || includedUntil >= k && preposition is null && mention.Type is EntityType.Country or EntityType.Location;
            if (!accepted)
            {
                k = mention.EndToken - 1;
                continue;
            }
            targets.Add(mention);
            AddInnerPlaces(mention, targets);
            AddSiteCity(mention, targets);
            AddCoordinatedPlaces(mention, slot, end, targets);
            break;
        }
        return targets;
    }

    /// <summary>"إلى الصين وإندونيسيا"، "زار الأردن، ولبنان، وسوريا": places joined by و to a destination are destinations too.</summary>
    private void AddCoordinatedPlaces(EntityMention first, Slot slot, int end, List<EntityMention> targets)
    {
        var k = first.EndToken;
        while (k < end)
        {
            if (Tokens[k].Text is "،" or "," && k + 1 < end && Tokens[k + 1].Text[0] == 'و')
            {
                k++;
            }
            if (Tokens[k].Kind != TokenKind.Word || Tokens[k].Text[0] != 'و' || _args.Arg(k, slot) is not { Nested: false } next
                || next.Type is not (EntityType.Country or EntityType.Location) || next.Start == Tokens[k].Start)
            {
                return;
            }
            if (!targets.Contains(next))
            {
                targets.Add(next);
            }
            k = next.EndToken;
        }
    }

    /// <summary>"العاصمة المغربية" before "الرباط": the describing noun and its adjectives, up to the name.</summary>
    private int SkipAppositive(int index)
    {
        if (index >= Tokens.Count || !_c.Words.Is(Tokens[index], ArgumentWordClass.Appositive))
        {
            return index;
        }
        var k = index + 1;
        while (k < Tokens.Count && k - index <= 3 && Tokens[k].Kind == TokenKind.Word)
        {
            if (_c.Table.StartingAt(k, mention => mention is { Type: EntityType.Country, Kind: MentionKind.Adjective }) is { } adjective)
            {
                k = adjective.EndToken;
            }
            else if (_c.Resources.DescriptiveAdjectives.Contains(Tokens[k].Text))
            {
                k++;
            }
            else
            {
                break;
            }
        }
        return k > index + 1 && _args.Arg(k, Slot.Place) is not null ? k : index;
    }

    private static bool IntroducesDestination(Token token, string[] prepositions)
    {
        var text = token.Text[0] is 'و' or 'ف' && token.Text.Length > 2 ? token.Text[1..] : token.Text;
        if (prepositions.Contains(text))
        {
            return true;
        }
        // "للخارج"، "لقاعدة": ل or إلى glued to an unnamed destination.
        return prepositions.Contains("ل") && text.StartsWith('ل') && text.Length > 3;
    }

    /// <summary>"أقصى شرق روسيا": a visit to a region named after its country is a visit to the country as well.</summary>
    private void AddInnerPlaces(EntityMention place, List<EntityMention> targets)
    {
        if (place.Known?.Kind is not ("region" or null) || place.Type != EntityType.Location)
        {
            return;
        }
        foreach (var inner in _c.Table.Within(place.FirstToken, place.EndToken))
        {
            if (inner != place && inner.Nested && inner.Entity is not null && inner.Type == EntityType.Country && inner.Kind == MentionKind.Name)
            {
                targets.Add(inner);
            }
        }
    }

    /// <summary>"جامعة الشرق الأقصى الفيدرالية في فلاديفوستوك": a site's city, named right after it, is visited too.</summary>
    private void AddSiteCity(EntityMention place, List<EntityMention> targets)
    {
        if (SiteCity(place) is { } city)
        {
            targets.Add(city);
        }
    }

    /// <summary>The city a site is in, named right after it with في or ب: "جامعة ... في فلاديفوستوك"، "بقصر السلام بجدة".</summary>
    public EntityMention? SiteCity(EntityMention place)
    {
        var isSite = place.Type == EntityType.Organization
                     || place.Known?.Kind == "site"
                     || place.Source == MentionSource.Head && place.Known is null && place.NameKey?.Contains(' ') == true;
        var k = place.EndToken;
        if (!isSite)
        {
            return null;
        }
        // "مستشفى الملك فهد بالهفوف": a name that ends in its city with ب holds the city.
        if (_c.Table.Within(place.FirstToken, place.EndToken).LastOrDefault(inner => inner != place && inner.EndToken == place.EndToken) is
            { Type: EntityType.Location, Known.Kind: "city" or "capital" } inside
            && inside.FirstToken > place.FirstToken && Tokens[inside.FirstToken] is { Text: ['ب', ..] } token && inside.Start > token.Start)
        {
            return inside;
        }
        if (k >= Tokens.Count || Tokens[k].LineBreakBefore)
        {
            return null;
        }
        var city = Tokens[k].Text == "في" && k + 1 < Tokens.Count ? _args.Arg(k + 1, Slot.Place)
            : _args.Arg(k, Slot.Place) is { } attached && _c.Clauses.PrepositionOf(attached) == "ب" ? attached
            : null;
        return city is { Type: EntityType.Location, Known.Kind: "city" or "capital" } ? city : null;
    }
}
