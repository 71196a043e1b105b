using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Relations.Candidates;
using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Relations.Frames;

/// <summary>VISITED for the people of a meeting or reception at the place its clause names; remembers it for attendance.</summary>
internal sealed class MeetingPlaces
{
    private readonly RelationContext _c;
    private readonly ArgumentFinder _args;
    private readonly DocumentFindings _findings;
    private readonly CandidateSink _candidates;
    private readonly PlaceTargetFinder _placeTargets;

    public MeetingPlaces(RelationContext context, DocumentFindings findings, PlaceTargetFinder placeTargets)
    {
        _placeTargets = placeTargets;
        _c = context;
        _args = context.Arguments;
        _findings = findings;
        _candidates = findings.Candidates;
    }

    private IReadOnlyList<Token> Tokens => _c.Tokens;

    /// <summary>
    /// People met at a named place are present there: "يلتقي بوتين وجونغ أون ... في فلاديفوستوك"; so is a host
    /// whose guests are not named ("استقبل الأمير في قصر السلام أصحاب السمو الأمراء").
    /// </summary>
    public void EmitPresence(Trigger trigger, IReadOnlyList<EntityMention> people, RelationStatus status, int from)
    {
        if (people.Count == 0)
        {
            return;
        }
        var sentence = _c.Doc.SentenceOf(trigger.FirstToken);
        // The place may come before the people met ("خلال اجتماعه في بغداد برئيس الوزراء") or after them.
        var start = trigger.EndToken;
        for (var k = start; k < Math.Min(sentence.EndToken, Math.Max(from, start) + 16); k++)
        {
            // "أجرى X مباحثات، أمس، مع Y في العاصمة روما": a time set off by commas does not end the clause.
            if (_c.Clauses.SkipParentheticalTime(k) is var afterTime && afterTime > k)
            {
                k = afterTime - 1;
                continue;
            }
            // "التقى X، اليوم في مقر الحكومة بالرياض، Y": a place (after a time) set off by commas is the meeting's.
            if (k > start && Tokens[k].Text is "،" or "," && _c.Clauses.SkipAdverbials(k + 1) is var at && at < sentence.EndToken
                && Tokens[at].Text == "في" && !Tokens[at].LineBreakBefore)
            {
                k = at - 1;
                continue;
            }
            // The place must be in the meeting's own clause: "... ، وبحث الجانبان الأوضاع في غزة" is not it.
            if (k > start && _c.StartsTrigger(k) && _c.IsVerbTrigger(k) || _c.Words.Is(Tokens[k], ArgumentWordClass.Complementizer)
                || ClauseNavigator.IsClauseBreak(Tokens[k]) && k > start
                || k >= from && k > start && Tokens[k].Kind == TokenKind.Word && Tokens[k].Text[0] == 'و' && _c.Table.Covering(k) is null)
            {
                return;
            }
            if (PlaceAt(k) is not { Type: EntityType.Location or EntityType.Organization or EntityType.Country } place
                || place.Type == EntityType.Organization && place.Known?.Kind is "news")
            {
                continue;
            }
            List<EntityMention> places = _placeTargets.SiteCity(place) is { } city ? [place, city] : [place];
            foreach (var person in people.DistinctBy(mention => mention.Entity))
            {
                foreach (var where in places)
                {
                    _candidates.Emit(RelationType.Visited, person, where, trigger, status, "meeting-place");
                }
            }
            _findings.LastMeetingPlaces = places;
            return;
        }
    }

    /// <summary>
    /// Where the celebration or ceremony last reported up to this sentence took place ("احتفلت الشركة أمس في فندق ..."،
    /// "أقيم الحفل بقاعة ..."), with the city of a site; none when no occasion word has a place. "حضر الحفل" refers back
    /// to the article's one celebration however far back it was reported.
    /// </summary>
    public IReadOnlyList<EntityMention> OccasionPlaces(int sentenceIndex)
    {
        for (var s = sentenceIndex; s >= 0; s--)
        {
            var sentence = _c.Doc.Sentences[s];
            for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
            {
                if (!_c.Words.Is(Tokens[k], ArgumentWordClass.Occasion))
                {
                    continue;
                }
                for (var j = k + 1; j < Math.Min(sentence.EndToken, k + 8) && !ClauseNavigator.IsClauseBreak(Tokens[j]); j++)
                {
                    var place = PlaceAt(j) ?? (_args.Arg(j, Slot.Premises) is { } attached && _c.Clauses.PrepositionOf(attached) == "ب" ? attached : null);
                    if (place is { Type: EntityType.Location or EntityType.Organization } && place.Known?.Kind is not "news")
                    {
                        return _placeTargets.SiteCity(place) is { } city ? [place, city] : [place];
                    }
                }
            }
        }
        return [];
    }

    /// <summary>
    /// A place after "في" ("في قصر السلام"، "في العاصمة روما"), or after "في" and an unnamed room of it of up to three
    /// words and a nationality ("في مكتبه بقصر السلام"، "في مقر إقامته بفندق ..."، "في مقر الحكومة اليمنية المؤقت بالرياض").
    /// </summary>
    private EntityMention? PlaceAt(int k)
    {
        if (Tokens[k].Text != "في" || k + 1 >= Tokens.Count)
        {
            return null;
        }
        if (_args.Arg(k + 1, Slot.Premises) is { } place)
        {
            return place;
        }
        // "في العاصمة روما": a describing noun before the name.
        if (k + 2 < Tokens.Count && _c.Words.Is(Tokens[k + 1], ArgumentWordClass.Appositive) && _args.Arg(k + 2, Slot.Premises) is { } described)
        {
            return described;
        }
        for (var j = k + 2; j < Math.Min(Tokens.Count, k + 6); j++)
        {
            if (_args.Arg(j, Slot.Premises) is { } inner && _c.Clauses.PrepositionOf(inner) == "ب")
            {
                return inner;
            }
            if (Tokens[j].Kind != TokenKind.Word || _c.Table.Covering(j) is { Kind: not MentionKind.Adjective })
            {
                return null;
            }
        }
        return null;
    }
}
