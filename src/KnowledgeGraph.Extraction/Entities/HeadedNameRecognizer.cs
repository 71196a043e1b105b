using KnowledgeGraph.Extraction.Matching;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>
/// Recognises organisation, place and event names that no list holds, from a head noun and
/// what follows it: "وزارة الخارجية الكورية الجنوبية", "هيئة الأركان المشتركة في كوريا الجنوبية",
/// "وكالة إنترفاكس الروسية للأنباء", "محطة فوستوشني الفضائية", "مدينة خاسان", "الرصيف 33",
/// "المنتدى الاقتصادي الشرقي". Which complements make a name is data (Data/cues/*-heads.tsv);
/// generic phrases ("الجيش الروسي", "قاعدة فضائية", "القمة المرتقبة") are rejected.
/// </summary>
public sealed class HeadedNameRecognizer : IPipelineComponent
{
    private const int MaxComplementTokens = 7;

    private readonly LanguageResources _resources;
    private readonly NameWords _nameWords;

    public HeadedNameRecognizer(LanguageResources resources, NameWords nameWords)
    {
        _resources = resources;
        _nameWords = nameWords;
    }

    public void Process(Doc doc)
    {
        var table = MentionTable.For(doc);
        var words = _nameWords.For(doc);
        var tokens = doc.Tokens;
        var found = new List<EntityMention>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind != TokenKind.Word || !words.StartsHead(i) && _resources.Cues.EventHeads.Match(tokens, i) is null)
            {
                continue;
            }
            Try(EntityType.Organization, _resources.Cues.OrganizationHeads.Match(tokens, i));
            Try(EntityType.Location, _resources.Cues.PlaceHeads.Match(tokens, i));
            Try(EntityType.Event, _resources.Cues.EventHeads.Match(tokens, i));
        }
        foreach (var mention in found)
        {
            table.Add(mention);
        }

        void Try(EntityType type, PhraseMatch<HeadInfo>? match)
        {
            // A head read as لل + noun ("للوزارة") is a back-reference, not the start of a name, unless a nationality
            // names the service ("المدير الفني للمنتخب المغربي").
            if (match is { } head && (!head.Reading.ArticleRestored || head.Value.Takes is HeadRequirement.Nationality or HeadRequirement.Complete)
                && Recognize(doc, table, words, type, head, needsNationality: head.Reading.ArticleRestored) is { } mention
                && !InsideTitle(doc, words, mention))
            {
                found.Add(mention);
            }
        }
    }

    private EntityMention? Recognize(Doc doc, MentionTable table, WordFeatures words, EntityType type, PhraseMatch<HeadInfo> head, bool needsNationality)
    {
        var info = head.Value;
        var tokens = doc.Tokens;
        var complement = ComplementParser.Parse(doc, table, words, _resources, head.EndToken, type, info, MaxComplementTokens);
        if (info.Takes == HeadRequirement.Complete)
        {
            return CompleteBody(doc, head, complement);
        }
        if (complement.IsEmpty || needsNationality && !(complement.HasNationality && complement.HasNoName))
        {
            return null;
        }

        // "وكالة الأنباء المركزية الكورية الشمالية": a known body that starts here keeps its identity when the phrase runs on.
        if (table.StartingAt(head.FirstToken, mention => mention.Known is not null && mention.Type == type && mention.Kind == MentionKind.Name
                                                          && mention.Source == MentionSource.Gazetteer) is { } knownStart
            && complement.EndToken > knownStart.EndToken && knownStart.Start == head.Start)
        {
            return new EntityMention
            {
                FirstToken = head.FirstToken,
                EndToken = complement.EndToken,
                Start = head.Start,
                End = tokens[complement.EndToken - 1].End,
                Type = type,
                Kind = MentionKind.Name,
                Source = MentionSource.Head,
                Known = knownStart.Known,
                NameStart = knownStart.Start,
                NameEnd = knownStart.End,
            };
        }

        var known = complement.KnownEntity ?? QuotedApposition(doc, table, complement, type);
        if (known is not null)
        {
            // "وكالة رويترز"، "مدينة فلاديفوستوك": the head introduces a known entity; keep its identity.
            if (known.Type != type)
            {
                return null;
            }
            var end = Math.Max(complement.EndToken, known.EndToken + (complement.KnownEntity is null ? 1 : 0));
            return new EntityMention
            {
                FirstToken = head.FirstToken,
                EndToken = end,
                Start = head.Start,
                End = tokens[end - 1].End,
                Type = type,
                Kind = MentionKind.Name,
                Source = MentionSource.Head,
                Known = known.Known,
                NameKey = known.NameKey,
                NameStart = known.Start,
                NameEnd = known.End,
            };
        }

        if (!IsName(complement, type, info))
        {
            return null;
        }

        var transparent = complement.IsBareName
                          && (type == EntityType.Organization
                              || info.Transparency == HeadTransparency.Always
                              || (info.Transparency == HeadTransparency.Bare && complement.EndToken == complement.NameEndToken));
        int nameStart, nameEnd;
        string key;
        if (transparent)
        {
            nameStart = tokens[complement.NameFirstToken].Start;
            nameEnd = tokens[complement.ProperNameEndToken - 1].End;
            key = doc.Normalized.Text[nameStart..nameEnd];
            if (info.Transparency == HeadTransparency.Always)
            {
                // "مدينة خاسان الحدودية": the mention is the head and the name; what follows describes it.
                complement.EndToken = complement.ProperNameEndToken;
            }
        }
        else
        {
            nameStart = head.Start;
            // "الشرطة الإسرائيلية": a head named by its nationality or place alone is not named by the head alone,
            // which is how the article refers back to any such body.
            nameEnd = tokens[(complement.HasNoName ? NationalityEnd(tokens, complement) : complement.NameEndToken) - 1].End;
            key = DescriptiveKey(doc, head, complement);
        }
        return new EntityMention
        {
            FirstToken = head.FirstToken,
            EndToken = complement.EndToken,
            Start = head.Start,
            End = tokens[complement.EndToken - 1].End,
            Type = type,
            Kind = MentionKind.Name,
            Source = MentionSource.Head,
            NameKey = key,
            NameStart = nameStart,
            NameEnd = nameEnd,
            DisplayEn = complement.CountryOf is { } country && info.NameEn.Length > 0 && !transparent ? $"{country.NameEn} {info.NameEn}" : null,
        };
    }

    /// <summary>
    /// "النيابة العامة"، "المحكمة العليا الجنوب أفريقية"، "الأمن العام بالسعودية": a head that names a body on its own takes a
    /// nationality, a place or a لل-complement after it, but no other words ("أحالت النيابة العامة القضية").
    /// </summary>
    private static EntityMention CompleteBody(Doc doc, PhraseMatch<HeadInfo> head, Complement complement)
    {
        var tokens = doc.Tokens;
        var placed = complement.HasNoName && !complement.IsEmpty;
        var end = placed ? complement.EndToken : head.EndToken;
        var nameEnd = placed ? NationalityEnd(tokens, complement) : head.EndToken;
        var key = placed ? DescriptiveKey(doc, head, complement) : HeadText(doc, head);
        return new EntityMention
        {
            FirstToken = head.FirstToken,
            EndToken = end,
            Start = head.Start,
            End = tokens[end - 1].End,
            Type = EntityType.Organization,
            Kind = MentionKind.Name,
            Source = MentionSource.Head,
            NameKey = key,
            NameStart = head.Start,
            NameEnd = tokens[nameEnd - 1].End,
            DisplayEn = placed && complement.CountryOf is { } country ? $"{country.NameEn} {head.Value.NameEn}" : null,
        };
    }

    /// <summary>
    /// "رئيس مجلس الوزراء"، "رئيس هيئة الأركان": a head phrase whose name a title of several words holds whole is part of
    /// the title (the office), not a body named beside it; a nationality after it qualifies the office ("نائب رئيس مجلس
    /// الوزراء الكويتي").
    /// </summary>
    private bool InsideTitle(Doc doc, WordFeatures words, EntityMention mention)
    {
        for (var k = Math.Max(0, mention.FirstToken - 2); k < mention.FirstToken; k++)
        {
            if (words.StartsTitle(k) && _resources.Cues.Titles.Match(doc.Tokens, k) is { } title && title.End >= mention.NameEnd)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"وكالة الأنباء الكورية الجنوبية "يونهاب"": a descriptive phrase followed by the body's quoted name.</summary>
    private static EntityMention? QuotedApposition(Doc doc, MentionTable table, Complement complement, EntityType type)
    {
        var tokens = doc.Tokens;
        var open = complement.EndToken;
        if (open + 2 >= tokens.Count || tokens[open].Kind != TokenKind.Punctuation || tokens[open].Text[0] is not ('"' or '«' or '“'))
        {
            return null;
        }
        var known = table.StartingAt(open + 1, mention => mention.Known is not null && mention.Kind == MentionKind.Name && mention.Type == type);
        if (known is null || known.EndToken >= tokens.Count || tokens[known.EndToken].Kind != TokenKind.Punctuation
            || tokens[known.EndToken].Text[0] is not ('"' or '»' or '”'))
        {
            return null;
        }
        return known;
    }

    /// <summary>
    /// A descriptive name is keyed by its head, its words and its country, so "وزارة الخارجية
    /// الكورية الجنوبية" and "وزارة الخارجية في كوريا الجنوبية" are one body.
    /// </summary>
    private static string DescriptiveKey(Doc doc, PhraseMatch<HeadInfo> head, Complement complement)
    {
        var headText = HeadText(doc, head);
        var words = doc.TokenText(head.EndToken, complement.NameEndToken);
        var key = words.Length > 0 ? $"{headText} {words}" : headText;
        if (complement.PlaceOf?.Known is { Type: EntityType.Location } place)
        {
            key += $" في {place.Id}";
        }
        return complement.CountryOf is { } country ? $"{key}@{country.Id}" : key;
    }

    /// <summary>The head as written without its proclitics ("للنيابة العامة" gives "النيابة العامة").</summary>
    private static string HeadText(Doc doc, PhraseMatch<HeadInfo> head) =>
        head.Reading.Stem + (head.TokenCount > 1 ? " " + doc.TokenText(head.FirstToken + 1, head.EndToken) : "");

    /// <summary>"السفارة السعودية في القاهرة"، "السفارة السعودية بطوكيو": the name ends before where the body sits.</summary>
    private static int NationalityEnd(IReadOnlyList<Token> tokens, Complement complement)
    {
        var end = complement.EndToken;
        if (complement.PlaceOf is { } place && place.FirstToken > complement.NameFirstToken && place.FirstToken < end)
        {
            end = place.FirstToken;
            // "في"، and the place noun of "بمحافظة جدة"
            if ((tokens[end - 1].Text == "في" || ComplementParser.IsPlaceNounWithBa(tokens[end - 1])) && end - 1 > complement.NameFirstToken)
            {
                end--;
            }
        }
        return end;
    }

    private static bool IsName(Complement complement, EntityType type, HeadInfo info)
    {
        var hasName = complement.ProperWords > 0 || complement.HasNumber || complement.InnerEntity is not null;
        var meaningful = complement.MeaningfulWords + (info.WordCount - 1);
        switch (type)
        {
            case EntityType.Location:
                // "قصر السلام": for palaces, mosques and the like a definite noun is a name; "قاعدة الفضاء" is not one.
                return hasName || info.Takes == HeadRequirement.Any && complement.MeaningfulWords > 0 && !complement.HasNationality;
            case EntityType.Event:
                if (info.Takes == HeadRequirement.Nationality)
                {
                    return (complement.HasNationality && complement.MeaningfulWords == 0) || complement.IsWorldWar;
                }
                if (info.Takes == HeadRequirement.Eponym && (complement.InnerEntity is { Type: EntityType.Person } || complement.ProperWords > 0))
                {
                    return true;
                }
                // Events are named by words ("المنتدى الاقتصادي الشرقي") or places ("مؤتمر جنيف"), not by people ("قمة كيم").
                return complement.ProperWords == 0
                       && (complement.MeaningfulWords > 0 || complement.InnerEntity is { Type: not EntityType.Person });
        }
        switch (info.Takes)
        {
            case HeadRequirement.Name:
                return hasName;
            case HeadRequirement.Any:
                return hasName || meaningful > 0;
            case HeadRequirement.Nationality:
                // A state's service is a body when named by where it serves ("شرطة الرياض"، "منتخب إسبانيا", and nothing
                // after: "شرطة جازان تعايد" is not a name), by its nationality ("الشرطة الإسرائيلية"، "المنتخب الأولمبي
                // المصري"), or by one word after a definite head ("الشرطة العسكرية"); "الشرطة في عمان" describes.
                if (hasName)
                {
                    return complement.MeaningfulWords == 0;
                }
                if (complement.HasNationality)
                {
                    return complement.MeaningfulWords <= 1;
                }
                return info.Definite && complement.MeaningfulWords == 1 && complement.NameEndToken - complement.NameFirstToken == 1
                       && complement.PlaceOf is null && !complement.HasArticleRestored;
        }
        if (hasName)
        {
            return true;
        }
        if (meaningful == 0)
        {
            // "الأسطول الروسي في المحيط الهادئ" is named by its waters; "الجيش الروسي" names nothing.
            return info.Definite && complement.HasNationality && complement.PlaceOf?.Known?.Type == EntityType.Location;
        }
        // A definite head with one word needs a nationality, a لل-complement or a place to be a name ("الحزب الحاكم" is not).
        return !info.Definite || meaningful > 1 || complement.HasNationality || complement.HasArticleRestored || complement.PlaceOf is not null;
    }
}
