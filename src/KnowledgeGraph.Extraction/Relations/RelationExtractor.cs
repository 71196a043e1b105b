using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Relations.Candidates;
using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>
/// Finds relations: for each trigger word, the arguments its frame says where to look for
/// (Data/relations/triggers.tsv), with the status the clause gives; then the offices title
/// phrases give (HOLDS_ROLE), and presence in captions. Each relation keeps the clause that
/// supports it, a date and the source the sentence cites, when the text gives them.
/// </summary>
public sealed class RelationExtractor : IPipelineComponent
{
    private readonly LanguageResources _resources;
    private readonly NameWords _nameWords;
    private readonly TriggerFinder _triggers;
    private readonly DateResolver _dates;

    public RelationExtractor(LanguageResources resources, NameWords nameWords)
    {
        _resources = resources;
        _nameWords = nameWords;
        _triggers = new TriggerFinder(resources);
        _dates = new DateResolver(resources);
    }

    public void Process(Doc doc)
    {
        var context = new RelationContext(doc, _resources, _nameWords.For(doc));
        var triggers = _triggers.Find(doc);
        doc.Triggers.Clear();
        doc.Triggers.AddRange(triggers);
        foreach (var trigger in triggers)
        {
            context.TriggerTokens.Add(trigger.FirstToken);
            if (!trigger.IsVerb)
            {
                context.NounTriggerTokens.Add(trigger.FirstToken);
            }
        }
        var findings = new DocumentFindings(context);
        var run = new Run(context, new StatusDetector(context), findings);
        run.FindSpeakers();
        foreach (var trigger in triggers)
        {
            run.Extract(trigger);
        }
        run.Captions(triggers);
        new RoleRelations(context, findings.Candidates).Extract();
        var merger = new CandidateMerger(context, new AttributionFinder(context), _dates);
        doc.Relations.Clear();
        doc.Relations.AddRange(merger.Merge(findings.Candidates.Found));
    }

    /// <summary>The state of extraction over one document.</summary>
    internal sealed class Run
    {
        private readonly RelationContext _c;
        private readonly StatusDetector _status;
        private readonly DocumentFindings _findings;
        private readonly CandidateSink _candidates;

        public Run(RelationContext context, StatusDetector status, DocumentFindings findings)
        {
            _c = context;
            _status = status;
            _findings = findings;
            _candidates = findings.Candidates;
        }

        private IReadOnlyList<Token> Tokens => _c.Tokens;

        /// <summary>Subjects of verbs of saying, so that "نا" (we) in a quote can find its speaker.</summary>
        public void FindSpeakers()
        {
            for (var i = 0; i < Tokens.Count; i++)
            {
                if (Tokens[i].Kind == TokenKind.Word && _c.Resources.SpeechVerbs.Contains(Tokens[i].Text)
                    && _c.Arguments.PersonAt(_c.Clauses.SkipAdverbials(i + 1)) is { } speaker)
                {
                    _findings.SpeakerBySentence[_c.Doc.SentenceOf(i).Index] = speaker.Mention.Entity!;
                }
            }
        }

        public void Extract(Trigger trigger)
        {
            switch (trigger.Info.Frame)
            {
                case Frame.Visit or Frame.Travel or Frame.Arrive or Frame.Presence or Frame.Pass or Frame.Tour:
                    Visit(trigger);
                    break;
                case Frame.Meet:
                    Meet(trigger);
                    break;
                case Frame.Receive:
                    Receive(trigger);
                    break;
                case Frame.Shake:
                    Shake(trigger);
                    break;
                case Frame.Accompany:
                    Accompany(trigger);
                    break;
                case Frame.Escort:
                    Escort(trigger);
                    break;
                case Frame.Delegation:
                    Delegation(trigger);
                    break;
                case Frame.Join:
                    Join(trigger);
                    break;
                case Frame.Accuse:
                    Accuse(trigger);
                    break;
                case Frame.Deny:
                    Deny(trigger);
                    break;
                case Frame.Warn:
                    Warn(trigger);
                    break;
                case Frame.Attend:
                    Attend(trigger);
                    break;
            }
        }

        private void Visit(Trigger trigger)
        {
            var (agents, agentsEnd) = Agents(trigger);
            if (agents.Count == 0)
            {
                return;
            }
            var status = _status.Of(trigger, agentsEnd);
            if (status is null)
            {
                return;
            }
            var from = SkipRelativeClause(Math.Max(trigger.EndToken, agentsEnd));
            var targets = PlaceTargets(trigger, from);
            if (WherePlace(trigger) is { } where && !targets.Contains(where))
            {
                targets.Add(where);
            }
            foreach (var agent in agents)
            {
                foreach (var target in targets)
                {
                    _candidates.Emit(RelationType.Visited, agent, target, trigger, status.Value, $"{trigger.Info.Frame}:{trigger.Info.Form}");
                }
            }
        }

        /// <summary>"يزور كيم، الذي نادراً ما يسافر للخارج، الشرق الأقصى": an inserted relative clause does not separate a verb from its object.</summary>
        private int SkipRelativeClause(int from)
        {
            if (from + 1 >= Tokens.Count || Tokens[from].Text is not ("،" or ",") || !_c.Words.Is(Tokens[from + 1], ArgumentWordClass.Relative))
            {
                return from;
            }
            var sentence = _c.Doc.SentenceOf(from);
            for (var k = from + 2; k < Math.Min(sentence.EndToken, from + 14); k++)
            {
                if (Tokens[k].Text is "،" or ",")
                {
                    return k + 1;
                }
            }
            return from;
        }

        /// <summary>
        /// Who travels, meets or is received: a possessive pronoun on a verbal noun ("زيارته"), a
        /// genitive after it ("زيارة كيم"، "الزيارة المزمعة للزعيم"، "زيارة قام بها كيم"), the
        /// subject after a verb ("وصل الزعيم ... كيم"، "توقف قطار كيم"), a dual ("الزعيمان"),
        /// else the subject before it in its clause.
        /// </summary>
        private (List<EntityMention> Agents, int End) Agents(Trigger trigger)
        {
            if (!trigger.IsVerb)
            {
                if (trigger.Pronoun is Pronoun.ThirdMasculine or Pronoun.ThirdFeminine && _c.References.Antecedent(trigger.FirstToken) is { } owner)
                {
                    return ([Representative(owner, trigger)], trigger.EndToken);
                }
                if (trigger.Pronoun == Pronoun.ThirdDual && _c.References.DualReferents(trigger.FirstToken, leadersOnly: false) is { Count: 2 } pair)
                {
                    return (pair.Select(entity => Representative(entity, trigger)).ToList(), trigger.EndToken);
                }
                if (Genitive(trigger) is { } genitive)
                {
                    return genitive;
                }
                return (_c.Arguments.LeftSubject(trigger.FirstToken, Slot.Person), trigger.EndToken);
            }
            var after = _c.Clauses.SkipAdverbials(trigger.EndToken, vehicles: true);
            if (after < Tokens.Count && _c.Words.Is(Tokens[after], ArgumentWordClass.Dual)
                && _c.References.DualReferents(after, LeadersDual(Tokens[after])) is { Count: 2 } dual)
            {
                return (dual.Select(entity => Representative(entity, trigger)).ToList(), after + 1);
            }
            if (_c.Arguments.NounPhrase(after, Slot.Person) is { } subject)
            {
                return (subject.Members, subject.End);
            }
            var left = _c.Arguments.LeftSubject(trigger.FirstToken, Slot.Person);
            // A place right after "زار" is its object, so the visitor is unsaid; after other verbs it may be the subject.
            var dropped = DropsSubject(after) || trigger.Info.Frame == Frame.Visit && _c.Arguments.Arg(after, Slot.Place) is { Nested: false };
            // "يوجد في الهند 150 مليون مستخدم": يوجد/توجد is "there is"; its subject comes after, it is not unsaid.
            var existential = trigger.Info.Form is "يوجد" or "توجد";
            if (left.Count == 0 && dropped && !existential && !UnrecognisedSubjectBefore(trigger.FirstToken) && _c.References.Antecedent(trigger.FirstToken) is { } topic && IsTopic(topic))
            {
                // "ثم يزور ماليزيا"، "وسيحط أولا في سنغافورة": no subject is said; it is the person the text is about.
                return ([Representative(topic, trigger)], trigger.EndToken);
            }
            return (left, trigger.EndToken);
        }

        private bool ClauseFollows(int from)
        {
            for (var k = from; k < Math.Min(Tokens.Count, from + 6); k++)
            {
                if (_c.Words.Is(Tokens[k], ArgumentWordClass.Complementizer) || Tokens[k].Text is "بان" or "بانه" or "بانها")
                {
                    return true;
                }
                if (ClauseNavigator.IsClauseBreak(Tokens[k]))
                {
                    return false;
                }
            }
            return false;
        }

        /// <summary>
        /// "التقى وزير الدفاع كارتر في القدس رئيس الوزراء الإسرائيلي": a title later in the clause is the one met, even
        /// unresolved, so the person right after the verb is its subject (VSO), not its object.
        /// </summary>
        private bool TitleLaterInClause(int from)
        {
            var sentence = _c.Doc.SentenceOf(Math.Min(from, Tokens.Count - 1));
            for (var k = from; k < Math.Min(sentence.EndToken, from + 10); k++)
            {
                if (ClauseNavigator.IsClauseBreak(Tokens[k]))
                {
                    return false;
                }
                if (_c.Features.StartsTitle(k))
                {
                    return true;
                }
            }
            return false;
        }

        /// <summary>"مع نظيرهما الأمريكي جون كيري": "مع" before the person, or before the title phrase that leads to the name.</summary>
        private bool IntroducedByWith(EntityMention person)
        {
            for (var k = person.FirstToken - 1; k >= Math.Max(0, person.FirstToken - 5); k--)
            {
                if (Tokens[k].Text is "مع" or "ومع")
                {
                    return true;
                }
                if (Tokens[k].Kind != TokenKind.Word || _c.Table.Covering(k) is { Type: not EntityType.Country, Kind: not MentionKind.Descriptor })
                {
                    return false;
                }
            }
            return false;
        }

        /// <summary>"وكان الوزيران التقيا": a dual word right before the verb (past a copula) and the two people it refers to.</summary>
        private List<DocEntity>? DualBefore(int verb)
        {
            for (var k = verb - 1; k >= Math.Max(0, verb - 2); k--)
            {
                if (Tokens[k].Kind != TokenKind.Word || Tokens[k + 1].LineBreakBefore)
                {
                    return null;
                }
                if (_c.Words.Is(Tokens[k], ArgumentWordClass.Dual))
                {
                    return _c.References.DualReferents(k, LeadersDual(Tokens[k]));
                }
                if (Tokens[k].Text is not ("كان" or "وكان" or "قد" or "وقد"))
                {
                    return null;
                }
            }
            return null;
        }

        /// <summary>"جيانيس فيتفاتزيدس انتقل": a name no cue recognised stands right before the verb; its subject is said, not dropped.</summary>
        private bool UnrecognisedSubjectBefore(int verb) =>
            verb > 0 && Tokens[verb - 1].Kind == TokenKind.Word && _c.Table.Covering(verb - 1) is null && !Tokens[verb].LineBreakBefore
            && _c.Features.IsNameWord(verb - 1, first: false) && !_c.Features.IsCommon(verb - 1);

        /// <summary>
        /// Someone the article is about, who can be the unsaid subject of a verb: named more than once, or given an
        /// office (not one name in a list of players).
        /// </summary>
        private static bool IsTopic(DocEntity person) => person.Mentions.Count >= 2 || person.Roles.Any(role => role.Title.IsOffice);

        /// <summary>A verb followed directly by where (a place or a preposition) has no subject of its own in the text.</summary>
        private bool DropsSubject(int after)
        {
            if (after >= Tokens.Count || Tokens[after].LineBreakBefore)
            {
                return false;
            }
            return Tokens[after].Kind == TokenKind.Word && Tokens[after].Text is "الي" or "في";
        }

        /// <summary>The person after a verbal noun: its genitive ("زيارة كيم"), ل after a definite noun, "قام بها X", "له".</summary>
        private (List<EntityMention>, int)? Genitive(Trigger trigger)
        {
            var k = trigger.EndToken;
            for (var skipped = 0; k < Tokens.Count && skipped < 3 && !Tokens[k].LineBreakBefore; skipped++)
            {
                var token = Tokens[k];
                if ((token.Text is "له" or "لها" || _c.References.IsHonorificPronoun(k)) && _c.References.Antecedent(k) is { } owner)
                {
                    return ([Representative(owner, trigger)], k + 1);
                }
                if (_c.Arguments.NounPhrase(k, Slot.Person, allowPreposition: true) is { } phrase)
                {
                    var preposition = _c.Clauses.PrepositionOf(phrase.Members[0]);
                    if (preposition is null || preposition == "ل" && IsDefinite(trigger))
                    {
                        return (phrase.Members, phrase.End);
                    }
                    return null;
                }
                var light = _c.Words.Is(token, ArgumentWordClass.Light) || token.Text is "بها" or "به";
                var qualifier = _c.Resources.DescriptiveAdjectives.Contains(token.Text)
                                || _c.Resources.Relations.Modality.Match(Tokens, k) is { Value.Before: false }
                                || token.Text is "نادره" or "رسميه" or "خاصه" or "تاريخيه" or "الاولي" or "الاول";
                if (!light && !qualifier)
                {
                    return null;
                }
                k++;
            }
            return null;
        }

        private bool IsDefinite(Trigger trigger)
        {
            var text = _c.Doc.Normalized.Text[trigger.Start..Tokens[trigger.FirstToken].End];
            return text.StartsWith("ال", StringComparison.Ordinal);
        }

        private static bool LeadersDual(Token token) => token.Text.Contains("زعيم", StringComparison.Ordinal) || token.Text.Contains("رئيس", StringComparison.Ordinal);

        /// <summary>
        /// The places a visit goes to: the first place its frame's prepositions introduce after it
        /// ("إلى روسيا"، "في مدينة فلاديفوستوك"، "زار بيونغ يانغ"); a place after an unnamed destination
        /// ("إلى قاعدة فضائية في أقصى شرق روسيا"); a country named inside a region's name; the city
        /// of a named site ("جامعة ... في فلاديفوستوك"). Origins ("من بيونغ يانغ") are passed over.
        /// </summary>
        private List<EntityMention> PlaceTargets(Trigger trigger, int from)
        {
            var frame = trigger.Info.Frame;
            var (direct, prepositions) = frame switch
            {
                Frame.Visit => (true, new[] { "الي", "ل" }),
                Frame.Travel => (false, new[] { "الي", "ل" }),
                Frame.Arrive => (true, new[] { "الي", "ل", "ب", "في" }),
                Frame.Presence => (false, new[] { "في", "ب" }),
                Frame.Pass => (true, new[] { "في", "ب" }),
                _ => (true, new[] { "في", "ب" }),
            };
            var sentence = _c.Doc.SentenceOf(trigger.FirstToken);
            var window = frame == Frame.Presence ? 6 : 16;
            var end = Math.Min(sentence.EndToken, from + window);
            var slot = frame == Frame.Visit && !trigger.IsVerb || trigger.Info.Form.StartsWith('ز') ? Slot.Premises : Slot.Place;
            var pendingUntil = -1;
            var targets = new List<EntityMention>();
            var direction = _c.Clauses.SkipAdverbials(from, 3);
            var appositionEnd = direct ? SkipAppositive(direction) : direction;
            for (var k = from; k < end; k++)
            {
                if (k >= direction && k < appositionEnd)
                {
                    continue;
                }
                var token = Tokens[k];
                if (k > from && (_c.TriggerTokens.Contains(k) && Tokens[k].Kind == TokenKind.Word && IsVerbTrigger(k)
                                 || token.Text is ":" or "؛" || _c.Words.Is(token, ArgumentWordClass.Complementizer)))
                {
                    break;
                }
                if (_c.Resources.Relations.Attribution.Match(Tokens, k) is { Value.IsVerb: false })
                {
                    break; // "وفقًا لوزارة التوحيد في كوريا الجنوبية": where the source is, not the destination
                }
                var mention = _c.Arguments.Arg(k, slot);
                if (mention is { Nested: true })
                {
                    mention = null;
                }
                if (mention is null)
                {
                    if (token.Kind == TokenKind.Word && IntroducesDestination(token, prepositions))
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
                var preposition = mention.FirstToken == trigger.EndToken && mention.Start == token.Start ? null : _c.Clauses.PrepositionOf(mention);
                var adjacent = k <= appositionEnd;
                // ل is "to" and "for": only right after the trigger is it the destination ("زيارة كيم المنتظرة لروسيا").
                var accepted = preposition is not null && prepositions.Contains(preposition) && (preposition != "ل" || adjacent)
                               || preposition is null && direct && adjacent
                               || pendingUntil >= k && preposition is "في" or "ب";
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
                if (Tokens[k].Kind != TokenKind.Word || Tokens[k].Text[0] != 'و' || _c.Arguments.Arg(k, slot) is not { Nested: false } next
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
            return k > index + 1 && _c.Arguments.Arg(k, Slot.Place) is not null ? k : index;
        }

        private bool IsVerbTrigger(int token) => !_c.NounTriggerTokens.Contains(token);

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
            var isSite = place.Type == EntityType.Organization
                         || place.Known?.Kind == "site"
                         || place.Source == MentionSource.Head && place.Known is null && place.NameKey?.Contains(' ') == true;
            var k = place.EndToken;
            if (!isSite || k + 1 >= Tokens.Count || Tokens[k].Text != "في")
            {
                return;
            }
            if (_c.Arguments.Arg(k + 1, Slot.Place) is { Type: EntityType.Location } city && city.Known?.Kind is "city" or "capital")
            {
                targets.Add(city);
            }
        }

        /// <summary>"خاسان الحدودية، حيث من المتوقع أن يدخل كيم روسيا": "حيث" places its clause at the place named before it.</summary>
        private EntityMention? WherePlace(Trigger trigger)
        {
            var sentence = _c.Doc.SentenceOf(trigger.FirstToken);
            for (var k = trigger.FirstToken - 1; k >= Math.Max(sentence.FirstToken, trigger.FirstToken - 5); k--)
            {
                if (!_c.Words.Is(Tokens[k], ArgumentWordClass.Where))
                {
                    continue;
                }
                for (var j = k - 1; j >= Math.Max(sentence.FirstToken, k - 8); j--)
                {
                    if (_c.Table.Covering(j) is { } covering)
                    {
                        if (_c.Arguments.Arg(covering.FirstToken, Slot.Place) is { Type: EntityType.Location } place)
                        {
                            return place;
                        }
                        j = covering.FirstToken; // "خاسان الحدودية الروسية، حيث": past the adjective
                    }
                }
                return null;
            }
            return null;
        }

        private void Meet(Trigger trigger)
        {
            var status = _status.Of(trigger);
            if (status is null)
            {
                return;
            }
            var pairs = new List<(EntityMention A, EntityMention B)>();
            var last = trigger.EndToken;
            if (trigger.IsVerb)
            {
                var after = _c.Clauses.SkipAdverbials(trigger.EndToken);
                List<EntityMention> subjects;
                if (after < Tokens.Count && _c.Words.Is(Tokens[after], ArgumentWordClass.Dual)
                    && _c.References.DualReferents(after, LeadersDual(Tokens[after])) is { Count: 2 } dual)
                {
                    subjects = dual.Select(entity => Representative(entity, trigger)).ToList();
                    after++;
                }
                else if (_c.Arguments.NounPhrase(after, Slot.Person) is { } phrase)
                {
                    subjects = phrase.Members;
                    after = phrase.End;
                }
                else if (DualBefore(trigger.FirstToken) is { Count: 2 } dualBefore)
                {
                    // "وكان الوزيران التقيا في قطر": a dual subject before the verb.
                    subjects = dualBefore.Select(entity => Representative(entity, trigger)).ToList();
                }
                else
                {
                    subjects = [];
                }
                if (subjects.Count >= 2)
                {
                    AddPairs(pairs, subjects);
                    last = after;
                }
                var objects = ObjectPersons(after, ["مع", "ب"], subjects.Count >= 2 ? 14 : 8);
                if (subjects.Count >= 2 && objects.Members.Count > 0 && IntroducedByWith(objects.Members[0]))
                {
                    // "... التقيا في قطر مع نظيرهما الأمريكي جون كيري": each of them met the third.
                    pairs.AddRange(subjects.SelectMany(subject => objects.Members.Where(other => other.Entity != subject.Entity).Select(other => (subject, other))));
                    last = objects.End;
                }
                if (subjects.Count == 1 && objects.Members.Count > 0)
                {
                    pairs.AddRange(objects.Members.Select(other => (subjects[0], other)));
                    last = objects.End;
                }
                else if (subjects.Count == 1)
                {
                    // "حيث سيلتقي بوتين": the one named is met by the clause's subject; "قال إنه ... عندما يلتقي X": by the
                    // person the text is about.
                    var meeters = _c.Arguments.LeftSubject(trigger.FirstToken, Slot.Person, subjects[0].Entity);
                    if (meeters.Count == 0 && _c.References.Antecedent(trigger.FirstToken, subjects[0].Entity) is { } topic && IsTopic(topic)
                        && !UnrecognisedSubjectBefore(trigger.FirstToken) && !TitleLaterInClause(after))
                    {
                        meeters = [Representative(topic, trigger)];
                    }
                    foreach (var subject in meeters)
                    {
                        pairs.Add((subject, subjects[0]));
                    }
                    last = after;
                }
                else if (subjects.Count == 0)
                {
                    var left = _c.Arguments.LeftSubject(trigger.FirstToken, Slot.Person);
                    if (left.Count >= 2)
                    {
                        AddPairs(pairs, left);
                    }
                    if (left.Count == 0 && objects.Members.Count > 0 && _c.References.Antecedent(trigger.FirstToken, objects.Members[0].Entity) is { } topic)
                    {
                        // "التقى خلالها بفخامة الرئيس ...": the subject is the person the text is about.
                        left = [Representative(topic, trigger)];
                    }
                    if (left.Count > 0 && objects.Members.Count > 0)
                    {
                        pairs.AddRange(objects.Members.Select(other => (left[^1], other)));
                        last = objects.End;
                    }
                }
            }
            else
            {
                _convener = null;
                last = MeetNoun(trigger, pairs);
            }

            foreach (var (a, b) in pairs)
            {
                _candidates.Emit(RelationType.Met, a, b, trigger, status.Value, $"meet:{trigger.Info.Form}", last);
            }
            MeetingPlace(trigger, pairs.Count == 0 && _convener is { } convener ? [(convener, convener)] : pairs, status.Value, last);
        }

        /// <summary>"لقاء X وY"، "قمته الأولى مع بوتين"، "للقاء الرئيس بوتين"، "اجتماع ... بين X وY"، "خلال الاجتماع".</summary>
        private int MeetNoun(Trigger trigger, List<(EntityMention A, EntityMention B)> pairs)
        {
            var sentence = _c.Doc.SentenceOf(trigger.FirstToken);
            var limit = Math.Min(sentence.EndToken, trigger.EndToken + 10);
            EntityMention? owner = null;
            if (trigger.Pronoun is Pronoun.ThirdMasculine or Pronoun.ThirdFeminine && _c.References.Antecedent(trigger.FirstToken) is { } antecedent)
            {
                owner = Representative(antecedent, trigger);
            }
            else if (trigger.Pronoun == Pronoun.ThirdDual && _c.References.DualReferents(trigger.FirstToken, leadersOnly: false) is { Count: 2 } dual)
            {
                AddPairs(pairs, dual.Select(entity => Representative(entity, trigger)).ToList());
                return trigger.EndToken;
            }

            var k = _c.Clauses.SkipAdverbials(trigger.EndToken);
            if (owner is null && _c.Arguments.NounPhrase(k, Slot.Person) is { } genitive)
            {
                if (genitive.Members.Count >= 2)
                {
                    AddPairs(pairs, genitive.Members);
                    return genitive.End;
                }
                if (trigger.Purpose)
                {
                    // "للقاء الرئيس بوتين": the one met; who meets is the subject of the clause.
                    foreach (var subject in _c.Arguments.LeftSubject(trigger.FirstToken, Slot.Person, genitive.Members[0].Entity))
                    {
                        pairs.Add((subject, genitive.Members[0]));
                    }
                    return genitive.End;
                }
                owner = genitive.Members[0];
                k = genitive.End;
            }

            for (var j = k; j < limit; j++)
            {
                var text = Tokens[j].Text;
                if (text is "بين" or "وبين" && _c.Arguments.NounPhrase(j + 1, Slot.Person, allowPreposition: true) is { Members.Count: >= 2 } between)
                {
                    AddPairs(pairs, between.Members);
                    return between.End;
                }
                // "لقاء ثلاثي ... يضم لافروف مع نظيريه كيري والجبير"، "اجتماع جمع X وY": who the meeting brings together.
                if (owner is null && text is "يضم" or "تضم" or "ضم" or "يجمع" or "تجمع" or "جمع" && _c.Arguments.NounPhrase(j + 1, Slot.Person) is { } gathered)
                {
                    var people = new List<EntityMention>(gathered.Members);
                    var end = gathered.End;
                    if (ObjectPersons(end, ["مع"], 4) is { Members.Count: > 0 } withWhom && IntroducedByWith(withWhom.Members[0]))
                    {
                        people.AddRange(withWhom.Members);
                        end = withWhom.End;
                    }
                    if (people.DistinctBy(person => person.Entity).Count() >= 2)
                    {
                        AddPairs(pairs, people.DistinctBy(person => person.Entity).ToList());
                        return end;
                    }
                }
                // "خلال اجتماعه في بغداد برئيس الوزراء ...": ب introduces the one met.
                if (owner is not null && Tokens[j].Text.StartsWith('ب') && _c.Arguments.NounPhrase(j, Slot.Person, allowPreposition: true) is { } met
                    && _c.Clauses.PrepositionOf(met.Members[0]) is "ب" or null && met.Members[0].FirstToken >= j)
                {
                    pairs.AddRange(met.Members.Select(b => (owner, b)));
                    return met.End;
                }
                if (text is "مع" && _c.Arguments.NounPhrase(j + 1, Slot.Person, allowPreposition: true) is { } with)
                {
                    var first = owner is not null ? [owner] : _c.Arguments.LeftSubject(trigger.FirstToken, Slot.Person);
                    foreach (var a in first)
                    {
                        pairs.AddRange(with.Members.Select(b => (a, b)));
                    }
                    return with.End;
                }
                if (_c.TriggerTokens.Contains(j) || ClauseNavigator.IsClauseBreak(Tokens[j]) && j > k + 1)
                {
                    break;
                }
            }

            // "وأجرى اردوغان وبوتين لقاء"، "عقد الوزيران اجتماعا": the people between a light verb and the meeting noun met.
            if (owner is null && pairs.Count == 0)
            {
                for (var j = trigger.FirstToken - 1; j >= Math.Max(0, trigger.FirstToken - 14) && !Tokens[j + 1].LineBreakBefore; j--)
                {
                    if (ClauseNavigator.IsClauseBreak(Tokens[j]) || _c.TriggerTokens.Contains(j))
                    {
                        break;
                    }
                    if (!_c.Words.Is(Tokens[j], ArgumentWordClass.Light))
                    {
                        continue;
                    }
                    var between = j + 1 < Tokens.Count && _c.Words.Is(Tokens[j + 1], ArgumentWordClass.Dual)
                        ? _c.References.DualReferents(j + 1, LeadersDual(Tokens[j + 1])).Select(entity => Representative(entity, trigger)).ToList()
                        : _c.Arguments.NounPhrase(j + 1, Slot.Person) is { } people && people.End <= trigger.FirstToken ? people.Members : [];
                    if (between.Count >= 2)
                    {
                        AddPairs(pairs, between);
                        return trigger.EndToken;
                    }
                    if (between.Count == 1)
                    {
                        _convener = between[0]; // "عقد أوباما قمة في وادي السيليكون": he is where he holds it
                    }
                    break;
                }
            }

            // "عرض كيم على شويغو خلال الاجتماع": a definite meeting noun in a phrase of time joins the clause's people.
            if (owner is null && IsDefinite(trigger) && trigger.FirstToken > 0 && Tokens[trigger.FirstToken - 1].Text is "خلال" or "في" or "اثناء")
            {
                var (first, _) = _c.Clauses.Clause(trigger.FirstToken);
                var people = _c.Doc.Mentions
                    .Where(mention => mention.Type == EntityType.Person && mention.Entity is not null && !mention.Nested
                                      && mention.FirstToken >= first && mention.EndToken <= trigger.FirstToken)
                    .GroupBy(mention => mention.Entity)
                    .Select(group => group.First())
                    .ToList();
                if (people.Count == 2)
                {
                    pairs.Add((people[0], people[1]));
                }
            }
            return trigger.EndToken;
        }

        /// <summary>People met at a named place are present there: "يلتقي بوتين وجونغ أون ... في فلاديفوستوك".</summary>
        private void MeetingPlace(Trigger trigger, List<(EntityMention A, EntityMention B)> pairs, RelationStatus status, int from)
        {
            if (pairs.Count == 0)
            {
                return;
            }
            var sentence = _c.Doc.SentenceOf(trigger.FirstToken);
            // The place may come before the people met ("خلال اجتماعه في بغداد برئيس الوزراء") or after them.
            var start = trigger.EndToken;
            for (var k = start; k < Math.Min(sentence.EndToken, Math.Max(from, start) + 16); k++)
            {
                // The place must be in the meeting's own clause: "... ، وبحث الجانبان الأوضاع في غزة" is not it.
                if (k > start && _c.TriggerTokens.Contains(k) && IsVerbTrigger(k) || _c.Words.Is(Tokens[k], ArgumentWordClass.Complementizer)
                    || ClauseNavigator.IsClauseBreak(Tokens[k]) && k > start
                    || k >= from && k > start && Tokens[k].Kind == TokenKind.Word && Tokens[k].Text[0] == 'و' && _c.Table.Covering(k) is null)
                {
                    return;
                }
                if (Tokens[k].Text != "في" || _c.Arguments.Arg(k + 1, Slot.Premises) is not { Type: EntityType.Location or EntityType.Organization or EntityType.Country } place
                    || place.Type == EntityType.Organization && place.Known?.Kind is "news")
                {
                    continue;
                }
                foreach (var person in pairs.SelectMany(pair => new[] { pair.A, pair.B }).DistinctBy(mention => mention.Entity))
                {
                    _candidates.Emit(RelationType.Visited, person, place, trigger, status, "meeting-place");
                }
                _findings.LastMeetingPlace = place;
                return;
            }
        }

        /// <summary>Who holds the meeting MeetNoun last read, when a light verb names one person and no one else meets ("عقد أوباما قمة").</summary>
        private EntityMention? _convener;

        private (List<EntityMention> Members, int End) ObjectPersons(int from, string[] prepositions, int window = 8)
        {
            var sentence = _c.Doc.SentenceOf(Math.Min(from, Tokens.Count - 1));
            for (var k = from; k < Math.Min(sentence.EndToken, from + window); k++)
            {
                // "وسيلتقي ظريف خلال الزيارة أمير الكويت": a verbal noun in a phrase of time does not end the search; a verb does.
                if (_c.TriggerTokens.Contains(k) && IsVerbTrigger(k) || _c.Words.Is(Tokens[k], ArgumentWordClass.Complementizer))
                {
                    break;
                }
                if (_c.Arguments.NounPhrase(k, Slot.Person, allowPreposition: true) is { } phrase)
                {
                    var preposition = _c.Clauses.PrepositionOf(phrase.Members[0]);
                    if (preposition is null || prepositions.Contains(preposition))
                    {
                        return (phrase.Members, phrase.End);
                    }
                    k = phrase.End - 1;
                }
            }
            return ([], from);
        }

        private static void AddPairs(List<(EntityMention A, EntityMention B)> pairs, List<EntityMention> people)
        {
            for (var i = 0; i < people.Count; i++)
            {
                for (var j = i + 1; j < people.Count; j++)
                {
                    pairs.Add((people[i], people[j]));
                }
            }
        }

        /// <summary>"استقبل بوتين كيم"، "رحب الملك بالرئيس"، "استقبله X"، "كان في استقباله X وY".</summary>
        private void Receive(Trigger trigger)
        {
            var status = _status.Of(trigger);
            if (status is null)
            {
                return;
            }
            if (!trigger.IsVerb)
            {
                ReceiveNoun(trigger, status.Value);
                return;
            }
            var (hosts, guests, last) = SubjectAndObject(trigger, Slot.Person, ["ب"]);
            foreach (var host in hosts)
            {
                foreach (var guest in guests)
                {
                    _candidates.Emit(RelationType.Met, host, guest, trigger, status.Value, $"receive:{trigger.Info.Form}", last);
                    _findings.LastReception = (host.Entity!, guest.Entity!, trigger.FirstToken);
                }
            }
            // "استقبل الملك في قصر السلام اليوم الوزير": the place may stand between host and guest.
            MeetingPlace(trigger, hosts.SelectMany(host => guests.Select(guest => (host, guest))).ToList(), status.Value, trigger.EndToken);
        }

        /// <summary>
        /// "كان في استقباله X وY"، "وكان في وداع سموه لدى مغادرته مطار القاهرة الدولي X": the people after
        /// the noun receive (or see off) the person the pronoun stands for, at the place the clause
        /// names, or where the guest was last reported arriving.
        /// </summary>
        private void ReceiveNoun(Trigger trigger, RelationStatus status)
        {
            var k = trigger.EndToken;
            var pronoun = trigger.Pronoun is Pronoun.ThirdMasculine or Pronoun.ThirdFeminine;
            if (!pronoun && _c.References.IsHonorificPronoun(k))
            {
                pronoun = true;
                k++;
            }
            if (!pronoun)
            {
                return;
            }
            var sentence = _c.Doc.SentenceOf(trigger.FirstToken);
            EntityMention? place = null;
            List<EntityMention> receivers = [];
            var end = trigger.EndToken;
            for (var j = k; j < Math.Min(sentence.EndToken, k + 14) && receivers.Count == 0; j++)
            {
                if (_c.Words.Is(Tokens[j], ArgumentWordClass.Complementizer) || Tokens[j].Text is ":" or "؛")
                {
                    break;
                }
                if (place is null && _c.Arguments.Arg(j, Slot.Premises) is { Nested: false } candidate && candidate.Type != EntityType.Country)
                {
                    place = candidate;
                    j = candidate.EndToken - 1;
                    continue;
                }
                if (_c.Arguments.NounPhrase(j, Slot.Person) is { } phrase)
                {
                    receivers = phrase.Members;
                    end = phrase.End;
                }
            }
            if (receivers.Count == 0 || _c.References.Antecedent(trigger.FirstToken, receivers[0].Entity) is not { } guest)
            {
                return;
            }
            place ??= ArrivalPlace(guest, trigger);
            var guestMention = Representative(guest, trigger);
            foreach (var receiver in receivers)
            {
                _candidates.Emit(RelationType.Met, receiver, guestMention, trigger, status, $"receive:{trigger.Info.Form}", end);
                _findings.LastReception = (receiver.Entity!, guest, trigger.FirstToken);
                if (place is not null)
                {
                    _candidates.Emit(RelationType.Visited, receiver, place, trigger, status, "receive:place", end);
                }
            }
            if (place is not null && place.Known?.Kind != "capital")
            {
                _candidates.Emit(RelationType.Visited, guestMention, place, trigger, status, "receive:place", end);
            }
        }

        /// <summary>
        /// "حضر الاستقبال X وY"، "فيما حضر من الجانب الأمريكي X": attendees are where the reception
        /// or meeting takes place; those from the guest's side are in the guest's delegation.
        /// </summary>
        private void Attend(Trigger trigger)
        {
            var status = _status.Of(trigger);
            if (status is null)
            {
                return;
            }
            var sentence = _c.Doc.SentenceOf(trigger.FirstToken);
            var attendees = _c.Doc.Mentions
                .Where(mention => mention.Type == EntityType.Person && mention.Entity is not null && !mention.Nested && !mention.Weak
                                  && mention.FirstToken >= trigger.EndToken && mention.EndToken <= sentence.EndToken && mention.Kind != MentionKind.Descriptor)
                .GroupBy(mention => mention.Entity)
                .Select(group => group.First())
                .ToList();
            if (attendees.Count == 0)
            {
                return;
            }
            var place = PlaceTargets(trigger, trigger.EndToken).FirstOrDefault() ?? _findings.LastMeetingPlace;
            var side = SideCountry(trigger.EndToken, sentence.EndToken);
            var last = attendees.Max(mention => mention.EndToken);
            foreach (var attendee in attendees)
            {
                if (place is not null)
                {
                    _candidates.Emit(RelationType.Visited, attendee, place, trigger, status.Value, "attend", last);
                }
                if (side is not null && _findings.LastReception is { } reception && attendee.Entity != reception.Guest && CountryOf(reception.Guest) == side)
                {
                    _candidates.Emit(RelationType.Accompanied, attendee, Representative(reception.Guest, trigger), trigger, status.Value, "attend:side", last);
                }
            }
        }

        /// <summary>"من الجانب الأمريكي": the country whose side the people named after it are on.</summary>
        private DocEntity? SideCountry(int from, int end)
        {
            for (var k = from; k < Math.Min(end, from + 4); k++)
            {
                if (Tokens[k].Text is "الجانب" && _c.Arguments.Arg(k + 1, Slot.Actor, allowAdjective: true) is { Kind: MentionKind.Adjective, Entity: { } country })
                {
                    return country;
                }
            }
            return null;
        }

        /// <summary>A person's country: the one their offices in the article are in, or what is known of them.</summary>
        internal DocEntity? CountryOf(DocEntity person) =>
            person.Roles.Select(role => role.Target?.Entity).FirstOrDefault(entity => entity?.Type == EntityType.Country)
            ?? (person.Known?.Country is { } id ? _c.Doc.Entities.FirstOrDefault(entity => entity.Known?.Id == id) : null);

        /// <summary>The place a guest was last reported arriving in or passing through, in this sentence or the two before.</summary>
        private EntityMention? ArrivalPlace(DocEntity guest, Trigger trigger)
        {
            var sentence = _c.Doc.SentenceOf(trigger.FirstToken).Index;
            return _candidates.Found
                .Where(found => found.Type == RelationType.Visited && found.Source == guest && found.TargetMention is { Type: EntityType.Location }
                                && _c.Doc.SentenceOf(found.TargetMention.FirstToken).Index >= sentence - 2
                                && found.TargetMention.FirstToken < trigger.FirstToken)
                .Select(found => found.TargetMention)
                .LastOrDefault();
        }

        private void Shake(Trigger trigger)
        {
            var status = _status.Of(trigger);
            if (status is null)
            {
                return;
            }
            var after = _c.Clauses.SkipAdverbials(trigger.EndToken);
            var people = new List<EntityMention>();
            if (after < Tokens.Count && _c.Words.Is(Tokens[after], ArgumentWordClass.Dual))
            {
                people.AddRange(_c.References.DualReferents(after, LeadersDual(Tokens[after])).Select(entity => Representative(entity, trigger)));
            }
            else if (_c.Arguments.NounPhrase(after, Slot.Person) is { } phrase)
            {
                people.AddRange(phrase.Members);
                if (people.Count == 1 && ObjectPersons(phrase.End, ["مع"]) is { Members.Count: > 0 } with)
                {
                    people.AddRange(with.Members);
                }
            }
            var pairs = new List<(EntityMention A, EntityMention B)>();
            AddPairs(pairs, people);
            foreach (var (a, b) in pairs)
            {
                _candidates.Emit(RelationType.Met, a, b, trigger, status.Value, $"shake:{trigger.Info.Form}");
            }
        }

        /// <summary>
        /// Subject and object of a transitive verb: subject after the verb and object after it
        /// (VSO), or subject before the verb and object after it; a pronoun on the verb is the object.
        /// </summary>
        private (List<EntityMention> Subjects, List<EntityMention> Objects, int Last) SubjectAndObject(Trigger trigger, Slot slot, string[] objectPrepositions)
        {
            var after = _c.Clauses.SkipAdverbials(trigger.EndToken);
            var left = _c.Arguments.LeftSubject(trigger.FirstToken, slot, null, out var marked);
            List<EntityMention> subjects;
            int objectFrom;
            if (!marked && _c.Arguments.NounPhrase(after, slot) is { } phrase
                && (trigger.Pronoun != Pronoun.None || left.Count == 0 || _c.Clauses.OpensClause(trigger.FirstToken) || SecondPhraseFollows(phrase.End, slot)))
            {
                subjects = phrase.Members;
                objectFrom = _c.Clauses.SkipAdverbials(PastOwnTitles(phrase.End, subjects));
            }
            else
            {
                subjects = left;
                objectFrom = after;
            }
            if (subjects.Count == 0)
            {
                return ([], [], trigger.EndToken);
            }
            if (trigger.Pronoun is Pronoun.ThirdMasculine or Pronoun.ThirdFeminine)
            {
                var antecedent = _c.References.Antecedent(trigger.FirstToken, subjects[0].Entity);
                return antecedent is null ? ([], [], trigger.EndToken) : (subjects, [Representative(antecedent, trigger)], objectFrom);
            }
            var objects = slot == Slot.Person ? ObjectPersons(objectFrom, objectPrepositions) : ObjectActors(objectFrom, objectPrepositions);
            return (subjects, objects.Members, objects.End);
        }

        /// <summary>"الشيخ صباح ... أمير دولة الكويت الشقيقة": past the titles that follow a name and are its own.</summary>
        private int PastOwnTitles(int index, List<EntityMention> people)
        {
            while (index < Tokens.Count && _c.RolesByToken.TryGetValue(index, out var role) && role.EndToken > index
                   && people.Any(person => person.AllRoles.Contains(role)))
            {
                index = role.EndToken;
                if (index < Tokens.Count && _c.Resources.DescriptiveAdjectives.Contains(Tokens[index].Text) || index < Tokens.Count && Tokens[index].Text is "الشقيقه" or "الصديقه")
                {
                    index++;
                }
            }
            return index;
        }

        /// <summary>Whether another argument phrase follows (so the first after the verb is its subject, VSO).</summary>
        private bool SecondPhraseFollows(int from, Slot slot)
        {
            var k = _c.Clauses.SkipAdverbials(from);
            for (var j = k; j < Math.Min(Tokens.Count, k + 3); j++)
            {
                if (_c.Arguments.NounPhrase(j, slot, allowPreposition: true) is not null)
                {
                    return true;
                }
            }
            return false;
        }

        private (List<EntityMention> Members, int End) ObjectActors(int from, string[] prepositions)
        {
            var sentence = _c.Doc.SentenceOf(Math.Min(from, Tokens.Count - 1));
            for (var k = from; k < Math.Min(sentence.EndToken, from + 4); k++)
            {
                if (_c.Arguments.NounPhrase(k, Slot.Actor, allowPreposition: true) is { } phrase)
                {
                    var preposition = _c.Clauses.PrepositionOf(phrase.Members[0]);
                    return preposition is null || prepositions.Contains(preposition) ? (phrase.Members, phrase.End) : ([], from);
                }
            }
            return ([], from);
        }

        /// <summary>"رافق X Y": X accompanies Y; "يرافقه X": X accompanies him.</summary>
        private void Accompany(Trigger trigger)
        {
            var status = _status.Of(trigger);
            if (status is null || !trigger.IsVerb)
            {
                return;
            }
            if (trigger.Pronoun is Pronoun.ThirdMasculine or Pronoun.ThirdFeminine)
            {
                var companions = ObjectPersons(_c.Clauses.SkipAdverbials(trigger.EndToken), []);
                if (companions.Members.Count > 0 && _c.References.Antecedent(trigger.FirstToken, companions.Members[0].Entity) is { } principal)
                {
                    foreach (var companion in companions.Members)
                    {
                        _candidates.Emit(RelationType.Accompanied, companion, Representative(principal, trigger), trigger, status.Value, "accompany:pronoun", companions.End);
                    }
                }
                return;
            }
            // "رافق معاليه X، وY": the one accompanied is an honorific pronoun, the companions follow.
            var afterVerb = _c.Clauses.SkipAdverbials(trigger.EndToken);
            if (_c.References.IsHonorificPronoun(afterVerb))
            {
                var companions = ObjectPersons(afterVerb + 1, []);
                if (companions.Members.Count > 0 && _c.References.Antecedent(afterVerb, companions.Members[0].Entity) is { } honoured)
                {
                    foreach (var companion in companions.Members)
                    {
                        _candidates.Emit(RelationType.Accompanied, companion, Representative(honoured, trigger), trigger, status.Value, "accompany:honorific", companions.End);
                    }
                }
                return;
            }
            // "يرافق الرئيسَ في زيارته وزيرُ الخارجية": with this verb the one accompanied usually comes first (VOS).
            var first = _c.Arguments.NounPhrase(afterVerb, Slot.Person);
            if (first is null)
            {
                return;
            }
            var second = ObjectPersons(_c.Clauses.SkipAdverbials(first.Value.End), []);
            if (second.Members.Count == 0)
            {
                return;
            }
            foreach (var principal in first.Value.Members)
            {
                foreach (var companion in second.Members)
                {
                    _candidates.Emit(RelationType.Accompanied, companion, principal, trigger, status.Value, $"accompany:{trigger.Info.Form}", second.End);
                }
            }
        }

        /// <summary>"X ... برفقة Y": Y accompanies X.</summary>
        private void Escort(Trigger trigger)
        {
            var status = _status.Of(trigger);
            if (status is null)
            {
                return;
            }
            var companions = ObjectPersons(trigger.EndToken, []);
            if (companions.Members.Count == 0)
            {
                return;
            }
            var principals = _c.Arguments.LeftSubject(trigger.FirstToken, Slot.Person, companions.Members[0].Entity);
            foreach (var principal in principals)
            {
                foreach (var companion in companions.Members)
                {
                    _candidates.Emit(RelationType.Accompanied, companion, principal, trigger, status.Value, "escort", companions.End);
                }
            }
        }

        /// <summary>"يضم وفد كيم X وY ..." and "X ضمن الوفد الروسي": members of a principal's delegation.</summary>
        private void Delegation(Trigger trigger)
        {
            var status = _status.Of(trigger);
            if (status is null)
            {
                return;
            }
            var sentence = _c.Doc.SentenceOf(trigger.FirstToken);
            var (principal, afterPrincipal) = DelegationHead(trigger.EndToken);
            var form = trigger.Info.Form;
            // "يضم وفد كيم X وY" lists members after the principal; "X ضمن الوفد" has the member before.
            var listsMembers = form is "يضم" or "ضم" or "يتالف" or "تالف" or "يتكون" or "تكون";
            if (principal is null)
            {
                return;
            }
            List<EntityMention> members;
            var last = afterPrincipal;
            if (listsMembers)
            {
                members = _c.Doc.Mentions
                    .Where(mention => mention.Type == EntityType.Person && mention.Entity is not null && mention.Entity != principal.Entity
                                      && !mention.Nested && mention.FirstToken >= afterPrincipal && mention.EndToken <= sentence.EndToken
                                      && mention.Kind != MentionKind.Descriptor)
                    .GroupBy(mention => mention.Entity)
                    .Select(group => group.First())
                    .ToList();
                if (members.Count > 0)
                {
                    last = members.Max(member => member.EndToken);
                }
            }
            else
            {
                members = _c.Arguments.LeftSubject(trigger.FirstToken, Slot.Person, principal.Entity);
            }
            foreach (var member in members)
            {
                _candidates.Emit(RelationType.Accompanied, member, principal, trigger, status.Value, $"delegation:{form}", last);
            }
        }

        /// <summary>Whose delegation: a person named after "وفد" ("وفد كيم"), or the leader of the nationality ("الوفد الروسي").</summary>
        private (EntityMention? Principal, int End) DelegationHead(int index)
        {
            // "الوفد الرسمي لسمو ولي ولي العهد"، "الوفد المرافق لسموه": past the qualifiers, ل may introduce the principal.
            while (index < Tokens.Count && (Tokens[index].Text is "الرسمي" or "المرافق" or "المرافقه" or "الرسميه" or "الحكومي"
                                           || _c.Resources.DescriptiveAdjectives.Contains(Tokens[index].Text)))
            {
                index++;
            }
            // "لسمو ولي ولي العهد": past an honorific (with its preposition) to the title or name.
            if (index < Tokens.Count && _c.Resources.Cues.Titles.Match(Tokens, index) is { Value.Class: TitleClass.Honorific } honorific
                && honorific.EndToken < Tokens.Count && _c.Arguments.PersonAt(honorific.EndToken, allowPreposition: true) is { } honoured)
            {
                return (honoured.Mention, honoured.End);
            }
            if (index >= Tokens.Count)
            {
                return (null, index);
            }
            if (_c.Arguments.PersonAt(index, allowPreposition: true) is { } person)
            {
                return (person.Mention, person.End);
            }
            if ((Tokens[index].Text is "له" or "لها" || _c.References.IsHonorificPronoun(index) || Tokens[index].Text.StartsWith("لسمو", StringComparison.Ordinal))
                && _c.References.Antecedent(index) is { } owner)
            {
                return (Representative(owner, index), index + 1);
            }
            if (_c.Arguments.Arg(index, Slot.Actor, allowAdjective: true) is { Kind: MentionKind.Adjective, Entity: { } country } adjective)
            {
                var leader = _c.Doc.Entities
                    .Where(entity => entity.Type == EntityType.Person && entity.Roles.Any(role =>
                        role.Title.Class is TitleClass.Leader or TitleClass.Royal or TitleClass.Government && role.Target?.Entity == country))
                    .OrderByDescending(entity => entity.Mentions.Count)
                    .FirstOrDefault();
                if (leader is not null)
                {
                    return (Representative(leader, index), adjective.EndToken);
                }
            }
            return (null, index);
        }

        /// <summary>"والذي انضم إليه": the subject joins the person the pronoun stands for.</summary>
        private void Join(Trigger trigger)
        {
            var status = _status.Of(trigger);
            var next = trigger.EndToken;
            if (status is null || next >= Tokens.Count || Tokens[next].Text is not ("اليه" or "اليها"))
            {
                return;
            }
            var members = _c.Arguments.LeftSubject(trigger.FirstToken, Slot.Person);
            if (members.Count == 0 && _c.Arguments.NounPhrase(_c.Clauses.SkipAdverbials(next + 1), Slot.Person) is { } after)
            {
                members = after.Members;
            }
            if (members.Count == 0 || _c.References.Antecedent(trigger.FirstToken, members[0].Entity) is not { } principal)
            {
                return;
            }
            foreach (var member in members)
            {
                _candidates.Emit(RelationType.Accompanied, member, Representative(principal, trigger), trigger, status.Value, "join", next);
            }
        }

        private void Accuse(Trigger trigger)
        {
            var status = _status.Of(trigger);
            if (status is null)
            {
                return;
            }
            List<EntityMention> accusers, accused;
            int last;
            // "زعم" (claimed) takes a clause ("زعم أن ..."); without one "تزعم" is "led" ("تزعم حزب الدعوة نوري المالكي").
            if (trigger.IsVerb && trigger.Info.Form.Contains("زعم", StringComparison.Ordinal) && !ClauseFollows(trigger.EndToken))
            {
                return;
            }
            if (trigger.IsVerb)
            {
                (accusers, accused, last) = SubjectAndObject(trigger, Slot.Actor, []);
                // "كما اتهم حزب العمال الكردستاني وتنظيم داعش بأن ...": one party and then the charge; the party is the
                // accused and the accuser is unsaid, the person the text is about.
                if (accused.Count == 0 && accusers.Count > 0 && Charge(last) is not null
                    && _c.Arguments.LeftSubject(trigger.FirstToken, Slot.Actor).Count == 0 && !UnrecognisedSubjectBefore(trigger.FirstToken)
                    && _c.References.Antecedent(trigger.FirstToken, accusers[0].Entity) is { } topic && IsTopic(topic))
                {
                    accused = accusers;
                    accusers = [Representative(topic, trigger)];
                }
            }
            else
            {
                (accusers, accused, last) = NounArguments(trigger, ["ل", "الي", "ضد"]);
            }
            foreach (var accuser in accusers)
            {
                _findings.Accusers.Add((trigger.FirstToken, accuser.Entity!));
                foreach (var target in accused)
                {
                    _candidates.Emit(RelationType.Accused, accuser, target, trigger, status.Value, $"accuse:{trigger.Info.Form}", last, charge: Charge(last));
                }
            }
        }

        /// <summary>Arguments of a verbal noun: the genitive or "من X" is the agent; a party after the given prepositions is the other.</summary>
        private (List<EntityMention> Agents, List<EntityMention> Others, int Last) NounArguments(Trigger trigger, string[] prepositions)
        {
            var k = _c.Clauses.SkipAdverbials(trigger.EndToken);
            List<EntityMention> agents = [];
            if (_c.Arguments.NounPhrase(k, Slot.Actor) is { } genitive)
            {
                agents = genitive.Members;
                k = genitive.End;
            }
            else if (k < Tokens.Count && Tokens[k].Text == "من" && _c.Arguments.NounPhrase(k + 1, Slot.Actor, allowPreposition: true) is { } from)
            {
                agents = from.Members;
                k = from.End;
            }
            var sentence = _c.Doc.SentenceOf(trigger.FirstToken);
            for (var j = k; j < Math.Min(sentence.EndToken, k + 5); j++)
            {
                if (_c.Arguments.NounPhrase(j, Slot.Actor, allowPreposition: true) is { } other)
                {
                    var preposition = _c.Clauses.PrepositionOf(other.Members[0]);
                    if (preposition is not null && prepositions.Contains(preposition))
                    {
                        return (agents, other.Members, other.End);
                    }
                    break;
                }
            }
            return (agents, [], k);
        }

        /// <summary>What an accusation is of: the ب-phrase after the accused, to the end of its clause ("بتزويد روسيا بالأسلحة").</summary>
        private string? Charge(int from)
        {
            if (from >= Tokens.Count)
            {
                return null;
            }
            var k = from;
            var sentence = _c.Doc.SentenceOf(Math.Min(from, Tokens.Count - 1));
            if (k >= sentence.EndToken || Tokens[k].Kind != TokenKind.Word || !Tokens[k].Text.StartsWith('ب'))
            {
                return null;
            }
            var end = k;
            while (end < sentence.EndToken && end - k < 14 && !ClauseNavigator.IsClauseBreak(Tokens[end]) && !StartsClause(end, sentence.EndToken))
            {
                end++;
            }
            var text = _c.Doc.OriginalText(Tokens[k].Start, Tokens[end - 1].End);
            return text.Length > 1 && text[0] == 'ب' ? text[1..].TrimStart('ـ') : text;
        }

        /// <summary>
        /// Where another clause begins inside a charge: a verb that is a trigger of its own, or "و" + a party followed by
        /// one ("بدعم جماعات مسلحة والخارجية الفرنسية تنفي").
        /// </summary>
        private bool StartsClause(int k, int sentenceEnd)
        {
            if (_c.TriggerTokens.Contains(k) && Tokens[k].Kind == TokenKind.Word && IsVerbTrigger(k))
            {
                return true;
            }
            if (!Tokens[k].Text.StartsWith('و')
                || _c.Table.StartingAt(k, mention => mention is { Kind: not MentionKind.Adjective, Type: EntityType.Person or EntityType.Organization or EntityType.Country }) is not { } party)
            {
                return false;
            }
            for (var next = party.EndToken; next < Math.Min(sentenceEnd, party.EndToken + 3); next++)
            {
                if (_c.TriggerTokens.Contains(next) && IsVerbTrigger(next))
                {
                    return true;
                }
            }
            return false;
        }

        private void Deny(Trigger trigger)
        {
            var status = _status.Of(trigger);
            if (status is null)
            {
                return;
            }
            var (deniers, objects, last) = trigger.IsVerb
                ? SubjectAndObject(trigger, Slot.Actor, [])
                : NounArguments(trigger, []);
            if (deniers.Count == 0)
            {
                return;
            }
            var targets = new List<DocEntity>();
            // "نفى اتهامات واشنطن": the party whose claim is denied, named with it.
            foreach (var mention in objects)
            {
                if (mention.FirstToken > 0 && _c.NounTriggerTokens.Contains(mention.FirstToken - 1) && mention.Entity is { } named)
                {
                    targets.Add(named);
                }
            }
            if (targets.Count == 0 && ClaimSource(trigger.EndToken) is { } claimant)
            {
                targets.Add(claimant);
            }
            if (targets.Count == 0)
            {
                var accuser = _findings.Accusers.LastOrDefault(item => item.Position < trigger.FirstToken && deniers.All(denier => denier.Entity != item.Accuser));
                if (accuser.Accuser is not null)
                {
                    targets.Add(accuser.Accuser);
                }
            }
            foreach (var denier in deniers)
            {
                foreach (var target in targets)
                {
                    _candidates.Emit(RelationType.Denied, denier, Representative(target, trigger), trigger, status.Value, $"deny:{trigger.Info.Form}", last);
                }
            }
        }

        private static readonly HashSet<string> ClaimNouns = new(StringComparer.Ordinal)
        {
            "تصريحات", "تقارير", "تقرير", "اتهامات", "مزاعم", "ادعاءات", "انباء", "رواية", "اقوال", "معلومات",
        };

        private static readonly HashSet<string> ReportedVerbs = new(StringComparer.Ordinal)
        {
            "قاله", "قالته", "ذكره", "ذكرته", "اورده", "اوردته", "نشره", "نشرته", "اعلنه", "اعلنته", "زعمه", "زعمته", "ادعاه", "ادعته", "قال", "ذكر", "نشر", "اورد",
        };

        /// <summary>"ما قاله المعهد"، "تقارير صحيفة X"، "تصريحات واشنطن": whose claim a denial answers.</summary>
        private DocEntity? ClaimSource(int from)
        {
            var sentence = _c.Doc.SentenceOf(Math.Min(from, Tokens.Count - 1));
            for (var k = from; k < Math.Min(sentence.EndToken - 1, from + 14); k++)
            {
                var text = Tokens[k].Text.StartsWith("ال", StringComparison.Ordinal) ? Tokens[k].Text[2..] : Tokens[k].Text;
                var next = k + 1;
                if (text == "ما" && ReportedVerbs.Contains(Tokens[next].Text))
                {
                    next++;
                }
                else if (!ClaimNouns.Contains(text))
                {
                    continue;
                }
                if (next < Tokens.Count && (_c.Arguments.NounPhrase(next, Slot.Actor) is { } phrase ? phrase.Members[0].Entity : _c.References.BackReference(next)) is { } source)
                {
                    return source;
                }
            }
            return null;
        }

        private void Warn(Trigger trigger)
        {
            var status = _status.Of(trigger);
            if (status is null)
            {
                return;
            }
            List<EntityMention> warners;
            List<EntityMention> warned = [];
            int after;
            if (trigger.IsVerb)
            {
                if (trigger.Pronoun == Pronoun.FirstPlural)
                {
                    warners = Speaker(trigger) is { } speaker ? [Representative(speaker, trigger)] : [];
                    after = trigger.EndToken;
                }
                else
                {
                    var afterVerb = _c.Clauses.SkipAdverbials(trigger.EndToken);
                    var left = _c.Arguments.LeftSubject(trigger.FirstToken, Slot.Actor, null, out var marked);
                    if (!marked && _c.Arguments.NounPhrase(afterVerb, Slot.Actor) is { } subject
                        && (left.Count == 0 || _c.Clauses.OpensClause(trigger.FirstToken) || SecondPhraseFollows(subject.End, Slot.Actor)))
                    {
                        warners = subject.Members;
                        after = _c.Clauses.SkipAdverbials(subject.End);
                    }
                    else
                    {
                        warners = left;
                        after = afterVerb;
                    }
                }
                if (after < Tokens.Count && _c.Arguments.NounPhrase(after, Slot.Actor) is { } direct)
                {
                    warned = direct.Members;
                    after = direct.End;
                }
                else
                {
                    (warned, after) = WarnedAbout(after);
                }
            }
            else
            {
                var (agents, others, last) = NounArguments(trigger, ["ل"]);
                warners = agents;
                warned = others;
                after = last;
                if (warned.Count == 0)
                {
                    (warned, after) = WarnedAbout(after);
                }
            }
            foreach (var warner in warners)
            {
                foreach (var target in warned)
                {
                    _candidates.Emit(RelationType.Warned, warner, target, trigger, status.Value, $"warn:{trigger.Info.Form}", after);
                }
            }
        }

        /// <summary>
        /// What a warning is about: "من أن X ..." (the subject of the clause), "من X", "بشأن ..." (the
        /// parties named in it, or their nationalities), "فإن ... بين X وY".
        /// </summary>
        private (List<EntityMention>, int) WarnedAbout(int from)
        {
            var sentence = _c.Doc.SentenceOf(Math.Min(from, Tokens.Count - 1));
            var end = Math.Min(sentence.EndToken, from + 12);
            for (var k = from; k < end; k++)
            {
                var text = Tokens[k].Text;
                if (text is "من" or "ومن")
                {
                    var next = k + 1;
                    if (next < end && _c.Words.Is(Tokens[next], ArgumentWordClass.Complementizer))
                    {
                        next++;
                    }
                    if (_c.Arguments.NounPhrase(next, Slot.Actor, allowPreposition: true) is { } about)
                    {
                        return (about.Members, about.End);
                    }
                    continue;
                }
                if (text is "بشان" or "حول" or "فان" or "ان" or "بان")
                {
                    var named = new List<EntityMention>();
                    var adjectives = new List<EntityMention>();
                    var stop = Math.Min(sentence.EndToken, k + 12);
                    for (var j = k + 1; j < stop; j++)
                    {
                        if (_c.Arguments.Arg(j, Slot.Actor) is { } actor && actor.Entity is not null)
                        {
                            named.Add(actor);
                            j = actor.EndToken - 1;
                        }
                        else if (_c.Arguments.Arg(j, Slot.Actor, allowAdjective: true) is { Kind: MentionKind.Adjective, Entity: not null } adjective)
                        {
                            adjectives.Add(adjective);
                            j = adjective.EndToken - 1;
                        }
                    }
                    var chosen = named.Count > 0 ? named : adjectives;
                    if (chosen.Count > 0)
                    {
                        return (chosen.DistinctBy(mention => mention.Entity).ToList(), chosen.Max(mention => mention.EndToken));
                    }
                    return ([], from);
                }
            }
            return ([], from);
        }

        /// <summary>"حذرنا" in a quote: the speaker the sentence or the one before names.</summary>
        private DocEntity? Speaker(Trigger trigger)
        {
            var sentence = _c.Doc.SentenceOf(trigger.FirstToken).Index;
            for (var s = sentence; s >= Math.Max(0, sentence - 3); s--)
            {
                if (_findings.SpeakerBySentence.TryGetValue(s, out var speaker))
                {
                    return speaker;
                }
            }
            return null;
        }

        /// <summary>
        /// Captions and other verbless lines that place people somewhere ("الرئيس الروسي فلاديمير بوتين
        /// (يمين) والزعيم الكوري الشمالي كيم جونغ أون في فلاديفوستوك في أبريل 2019"): presence.
        /// </summary>
        public void Captions(IReadOnlyList<Trigger> triggers)
        {
            var withTriggers = triggers.Select(trigger => _c.Doc.SentenceOf(trigger.FirstToken).Index).ToHashSet();
            foreach (var sentence in _c.Doc.Sentences)
            {
                if (withTriggers.Contains(sentence.Index) || sentence.TokenCount > 30)
                {
                    continue;
                }
                var people = new List<EntityMention>();
                var k = sentence.FirstToken;
                while (k < sentence.EndToken && _c.Arguments.NounPhrase(k, Slot.Person) is { } phrase)
                {
                    people.AddRange(phrase.Members);
                    k = SkipParenthesis(phrase.End, sentence.EndToken);
                    if (k < sentence.EndToken && Tokens[k].Text[0] == 'و' && Tokens[k].Kind == TokenKind.Word)
                    {
                        continue;
                    }
                    break;
                }
                if (people.Count == 0 || k + 1 >= sentence.EndToken || Tokens[k].Text != "في" || _c.Arguments.Arg(k + 1, Slot.Place) is not { Type: EntityType.Location } place)
                {
                    continue;
                }
                foreach (var person in people)
                {
                    _candidates.EmitAt(RelationType.Visited, person, place, RelationStatus.Occurred, "caption", sentence.FirstToken, place.EndToken - 1);
                }
            }
        }

        private int SkipParenthesis(int k, int end)
        {
            if (k < end && Tokens[k].Text == "(")
            {
                var close = k + 1;
                while (close < end && close < k + 5 && Tokens[close].Text != ")")
                {
                    close++;
                }
                if (close < end && Tokens[close].Text == ")")
                {
                    return close + 1;
                }
            }
            return k;
        }

        /// <summary>A mention of an entity to stand for it as an argument (the one nearest the trigger).</summary>
        private static EntityMention Representative(DocEntity entity, Trigger trigger) => Representative(entity, trigger.FirstToken);

        internal static EntityMention Representative(DocEntity entity, int position) =>
            entity.Mentions
                .Where(mention => mention.Kind != MentionKind.Adjective)
                .OrderBy(mention => Math.Abs(mention.FirstToken - position))
                .FirstOrDefault() ?? entity.Mentions[0];
    }
}
