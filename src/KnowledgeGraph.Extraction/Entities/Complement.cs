using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>What follows a head noun, read as far as it can belong to a name.</summary>
public sealed class Complement
{
    /// <summary>Token after the last token of the whole phrase (name, nationality, لل-word, "في X").</summary>
    public int EndToken { get; set; }

    /// <summary>Tokens [NameFirstToken, NameEndToken) are the name proper (without nationality or place).</summary>
    public int NameFirstToken { get; set; }
    public int NameEndToken { get; set; }

    /// <summary>Proper-name words (unlisted, Latin, quoted) at the start of the complement.</summary>
    public int ProperNameEndToken { get; set; }

    public int ProperWords { get; set; }
    public int MeaningfulWords { get; set; }
    public int DescriptiveWords { get; set; }
    public bool HasNumber { get; set; }
    public bool HasNationality { get; set; }
    public bool HasArticleRestored { get; set; }
    public bool Quoted { get; set; }
    public bool IsWorldWar { get; set; }

    /// <summary>A known entity that is the whole name ("وكالة رويترز").</summary>
    public EntityMention? KnownEntity { get; set; }

    /// <summary>A known entity inside a longer name ("مطار بيونغ يانغ الدولي").</summary>
    public EntityMention? InnerEntity { get; set; }

    /// <summary>The place of "في X" after an organisation ("وزارة الدفاع في طوكيو").</summary>
    public EntityMention? PlaceOf { get; set; }

    /// <summary>The country the phrase ties the body to, through a nationality or a place.</summary>
    public GazetteerEntry? CountryOf { get; set; }

    public bool IsEmpty => EndToken <= NameFirstToken && KnownEntity is null;

    /// <summary>Nothing but a nationality, a لل-complement or a place follows the head.</summary>
    public bool HasNoName => NameEndToken <= NameFirstToken && KnownEntity is null;

    /// <summary>The name is proper-name words only ("خاسان", "تشوسون إلبو").</summary>
    public bool IsBareName => ProperWords > 0 && ProperNameEndToken == NameEndToken && KnownEntity is null && InnerEntity is null && !HasNumber;
}

/// <summary>Reads the complement of a head noun (see <see cref="HeadedNameRecognizer"/>).</summary>
public static class ComplementParser
{
    private static readonly HashSet<char> OpeningQuotes = ['"', '«', '“', '\''];
    private static readonly HashSet<char> ClosingQuotes = ['"', '»', '”', '\''];
    private static readonly HashSet<string> Ordinals = new(StringComparer.Ordinal) { "الاولي", "الثانيه", "الاول", "الثاني" };

    private static bool SingularTitleAt(LanguageResources resources, IReadOnlyList<Token> tokens, int index) =>
        resources.Cues.Titles.Match(tokens, index) is { } title
        && title.Values.Any(info => info.Number == GrammaticalNumber.Singular && info.Class is not (TitleClass.Honorific or TitleClass.Modifier or TitleClass.Postmodifier));

    /// <summary>"الائتلاف"، "والهيئة"، "بالمجلس"، "للجنة": some clitic reading of the word carries the article.</summary>
    private static bool DefiniteWord(Token token) =>
        token.Readings.Any(reading => reading.Stem.StartsWith("ال", StringComparison.Ordinal));

    public static Complement Parse(Doc doc, MentionTable table, WordFeatures words, LanguageResources resources,
        int start, EntityType type, HeadInfo head, int maxTokens)
    {
        var tokens = doc.Tokens;
        var result = new Complement { EndToken = start, NameFirstToken = start, NameEndToken = start, ProperNameEndToken = start };
        var j = start;
        var limit = Math.Min(tokens.Count, start + maxTokens);

        if (j < tokens.Count && IsOpeningQuote(tokens[j]) && ReadQuoted(tokens, j) is { } quotedEnd)
        {
            result.Quoted = true;
            result.NameFirstToken = j + 1;
            var known = table.StartingAt(j + 1, mention => mention.Known is not null && mention.Kind == MentionKind.Name && mention.EndToken == quotedEnd);
            if (known is not null)
            {
                result.KnownEntity = known;
            }
            result.ProperWords = quotedEnd - (j + 1);
            result.ProperNameEndToken = result.NameEndToken = quotedEnd;
            j = quotedEnd + 1;
            result.EndToken = j;
            ReadTrailing(doc, table, resources, result, j, type, limit + 2);
            return result;
        }

        var onlyProperSoFar = true;
        while (j < limit)
        {
            var token = tokens[j];
            if (token.LineBreakBefore && j > start)
            {
                break;
            }

            // "كأس خادم الحرمين الشريفين": an event named after a person may name him by his title.
            if (head.Takes == HeadRequirement.Eponym && resources.Cues.Titles.Match(tokens, j) is { } eponymTitle && j < limit)
            {
                result.MeaningfulWords += eponymTitle.EndToken - j;
                onlyProperSoFar = false;
                j = eponymTitle.EndToken;
                result.NameEndToken = j;
                continue;
            }
            // "جامع الملك فيصل"، "مستشفى الأمير سعود بن جلوي": a place or body named after a royal, a prince, a sheikh or
            // an imam the recognisers have not found yet takes the title and the name; only after a head in construct, as
            // a definite head is not ("بالهيئة المهندس عمر المبارك": the body, then its engineer).
            if (j == start && j > 0 && !DefiniteWord(tokens[j - 1]) && type is EntityType.Location or EntityType.Organization && EponymTitleEnd(doc, table, words, resources, j) is { } eponymEnd)
            {
                result.MeaningfulWords += eponymEnd - j;
                onlyProperSoFar = false;
                j = eponymEnd;
                result.NameEndToken = j;
                continue;
            }
            // "مكتب وزير الدفاع"، "إدارة الرئيس الأميركي باراك أوباما": a body named after one person's office names
            // the office, and the title belongs to the person who follows.
            if (j == start && type == EntityType.Organization && SingularTitleAt(resources, tokens, j))
            {
                break;
            }
            var mention = table.StartingAt(j, candidate => candidate.Source == MentionSource.Gazetteer);
            if (mention is { Kind: MentionKind.Adjective } && IsDefinite(doc, mention))
            {
                break; // a nationality ends the name; ReadTrailing takes it
            }
            if (mention is { Kind: MentionKind.Name, Type: EntityType.Organization } && type == EntityType.Organization && j > start && words.StartsHead(j))
            {
                break; // "ميليشيا وحدات الحماية الكردية تنظيم داعش": another body begins
            }
            if (mention is { Kind: MentionKind.Name } && j > start
                && (mention.Start > token.Start && (token.Text[0] == 'و' || type == EntityType.Location)
                    || mention.Type == EntityType.Person && head.Takes != HeadRequirement.Eponym))
            {
                // "مدينة عرعر ورفحاء": و joins another name; "قصر السلام بجدة": a place with a preposition says where the
                // place is; "وزارة الخارجية القطرية ماجد الأنصاري": a person follows the body.
                break;
            }
            if (mention is { Kind: MentionKind.Name } && type == EntityType.Organization && token.Text[0] == 'ب' && mention.Start > token.Start)
            {
                break; // "الشؤون الصحية بالأحساء": where the body serves; ReadTrailing takes it
            }
            if (mention is { Kind: MentionKind.Name })
            {
                if (mention.Type == EntityType.Person && j == start && type != EntityType.Organization && type != EntityType.Location
                    && head.Takes != HeadRequirement.Eponym)
                {
                    break;
                }
                // A named place after a head that is part of the name is inside a new name ("مطار عدن" is not عدن),
                // and so is a person a body or a place is named after ("مستشفى الملك فهد"، "مركز الملك سلمان للإغاثة").
                // A state's service is named by where it serves ("شرطة الرياض"، "سفارة السعودية"، "منتخب إسبانيا").
                if (j == start && !(mention.Type == EntityType.Person && (head.Takes == HeadRequirement.Eponym || IsEponym(doc, words, mention, start)))
                    && !(type == EntityType.Location && head.Transparency == HeadTransparency.None && mention.Type == EntityType.Location)
                    && !(type == EntityType.Organization && head.Takes == HeadRequirement.Nationality && mention.Type is EntityType.Location or EntityType.Country))
                {
                    result.KnownEntity = mention;
                }
                else
                {
                    result.InnerEntity ??= mention;
                    result.KnownEntity = null;
                }
                onlyProperSoFar = false;
                j = mention.EndToken;
                result.NameEndToken = j;
                continue;
            }
            if (result.KnownEntity is not null)
            {
                // More name after a known entity: the known one is inside a longer name
                // ("مطار بيونغ يانغ الدولي"، "صحيفة نيويورك تايمز").
                var properAfterPlace = type == EntityType.Organization && result.KnownEntity.Type is EntityType.Location or EntityType.Country
                                       && words.IsNameWord(j, first: false) && !words.IsCommon(j);
                if (!properAfterPlace && !IsNameContinuation(doc, words, resources, j, type))
                {
                    break;
                }
                if (properAfterPlace)
                {
                    onlyProperSoFar = true;
                    result.ProperWords++;
                }
                result.InnerEntity = result.KnownEntity;
                result.KnownEntity = null;
            }

            if (token.Kind == TokenKind.Number)
            {
                result.HasNumber = true;
                onlyProperSoFar = false;
                j++;
                result.NameEndToken = j;
                continue;
            }
            if (token.Kind == TokenKind.Latin)
            {
                result.ProperWords++;
                j++;
                if (onlyProperSoFar)
                {
                    result.ProperNameEndToken = j;
                }
                result.NameEndToken = j;
                continue;
            }
            if (token.Kind == TokenKind.Punctuation)
            {
                // A dotted abbreviation written without spaces ("واي.تي.إن").
                if (token.Text == "." && !token.SpaceBefore && j + 1 < tokens.Count && !tokens[j + 1].SpaceBefore && tokens[j + 1].IsWord && j > start)
                {
                    j++;
                    continue;
                }
                break;
            }
            if (words.IsStopword(j) || words.StartsTitle(j) && j > start)
            {
                break;
            }
            if (type != EntityType.Event && words.StartsHead(j) && j > start && token.Text[0] == 'و')
            {
                break; // "وزارة الخارجية ووزارة الدفاع": a second body
            }

            var text = token.Text;
            if (text.StartsWith("لل", StringComparison.Ordinal) && type == EntityType.Organization && j > start)
            {
                break; // a لل-complement ends the name; ReadTrailing takes it
            }
            if (text[0] == 'ل' && type == EntityType.Organization && IsClosedConstruct(doc, result, head, start, j))
            {
                break;
            }
            if (text.StartsWith("ال", StringComparison.Ordinal) || (j > start && text.StartsWith("وال", StringComparison.Ordinal)))
            {
                if (type == EntityType.Location && head.Transparency == HeadTransparency.Always && j > start)
                {
                    break;
                }
                if (resources.DescriptiveAdjectives.Contains(text))
                {
                    result.DescriptiveWords++;
                }
                else
                {
                    result.MeaningfulWords++;
                    if (Ordinals.Contains(text) && j > start && tokens[j - 1].Text == "العالميه")
                    {
                        result.IsWorldWar = true;
                    }
                }
                onlyProperSoFar = false;
                j++;
                result.NameEndToken = j;
                continue;
            }
            // "معهد العلوم والأمن الدولي ومقره الولايات المتحدة": و + a word with a pronoun refers back; the name has ended.
            if (j > start && text[0] == 'و' && words.IsCommon(j) && (text.EndsWith('ه') || text.EndsWith("ها", StringComparison.Ordinal) || text.EndsWith("هم", StringComparison.Ordinal)))
            {
                break;
            }
            // A given name after the head starts a person, not more of the body's name ("وكالة أسوشيتد برس جيم هاينتز");
            // right after a definite head too, which cannot be in construct with a name ("الائتلاف أحمد ...": the coalition, then a man).
            if ((j > start || DefiniteWord(tokens[start - 1])) && words.GivenNameLength(j) > 0
                || j > start && text[0] == 'و' && IdafaChainEnd(doc, words, j, limit) is null)
            {
                break;
            }
            if (onlyProperSoFar && words.IsNameWord(j, first: j == start) && !words.IsCommon(j))
            {
                if (type == EntityType.Location && head.Transparency == HeadTransparency.Always && !onlyProperSoFar)
                {
                    break;
                }
                result.ProperWords++;
                j++;
                if (onlyProperSoFar)
                {
                    result.ProperNameEndToken = j;
                }
                result.NameEndToken = j;
                continue;
            }
            // A construct chain of common nouns that ends in a definite word ("علوم وتكنولوجيا الفضاء"). After a definite
            // word, which ends a construct, only a chain with ل goes on ("الوكالة الدولية لمكافحة المنشطات"); any other
            // is what the clause says next ("اتحاد الكرة يناقش واقع لجنة التحكيم").
            if (type != EntityType.Location && !(j > start && DefiniteWord(tokens[j - 1]) && text[0] != 'ل') && IdafaChainEnd(doc, words, j, limit) is { } chainEnd)
            {
                result.MeaningfulWords += chainEnd - j;
                onlyProperSoFar = false;
                j = chainEnd;
                result.NameEndToken = j;
                continue;
            }
            break;
        }

        // Descriptive adjectives at the end describe the thing named, they do not name it.
        while (result.NameEndToken > start && resources.DescriptiveAdjectives.Contains(tokens[result.NameEndToken - 1].Text)
               && table.StartingAt(result.NameEndToken - 1) is null)
        {
            result.NameEndToken--;
            result.DescriptiveWords--;
        }
        if (result.ProperNameEndToken > result.NameEndToken)
        {
            result.ProperNameEndToken = result.NameEndToken;
        }
        result.EndToken = result.NameEndToken;
        // Also with nothing before it: "الأسطول الروسي في المحيط الهادئ" is named by its nationality and waters.
        var takesLamComplement = !(type == EntityType.Organization && IsClosedConstruct(doc, result, head, start, result.NameEndToken));
        ReadTrailing(doc, table, resources, result, result.EndToken, type, limit + 3, takesLamComplement);
        return result;
    }

    /// <summary>
    /// "وزارة التعليم"، "مجلس النواب"، "وزارة المياه والكهرباء": a head without the article in construct with one definite
    /// noun (or nouns joined to it by و) is a whole name. A phrase with ل after it says what for ("وزارة التعليم لتنظيم
    /// الجهود") or is a deputy's portfolio ("وكيل وزارة الصحة للخدمات العلاجية"), not more of the name; after an
    /// adjective or a proper name it may be ("الوكالة الدولية للطاقة"، "مركز الملك سلمان للإغاثة"). Only for heads named by
    /// their field: a company's or a club's definite word is its brand ("شركة النخيل للتطوير").
    /// </summary>
    private static bool IsClosedConstruct(Doc doc, Complement result, HeadInfo head, int start, int end)
    {
        var tokens = doc.Tokens;
        if (head.Takes != HeadRequirement.Descriptive || start == 0 || end <= start || DefiniteWord(tokens[start - 1]) || result.ProperWords > 0 || result.DescriptiveWords > 0
            || result.HasNumber || result.InnerEntity is not null || result.KnownEntity is not null)
        {
            return false;
        }
        for (var k = start; k < end; k++)
        {
            if (!tokens[k].Text.StartsWith(k == start ? "ال" : "وال", StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>After the name: a nationality, a لل-complement ("للأنباء"), and for bodies "في" + a place.</summary>
    private static void ReadTrailing(Doc doc, MentionTable table, LanguageResources resources, Complement result, int j, EntityType type, int limit,
        bool takesLamComplement = true)
    {
        var tokens = doc.Tokens;
        limit = Math.Min(limit, tokens.Count);
        while (j < limit && !tokens[j].LineBreakBefore)
        {
            var mention = table.StartingAt(j, candidate => candidate.Source == MentionSource.Gazetteer);
            if (mention is { Kind: MentionKind.Adjective } && IsDefinite(doc, mention) && !result.HasNationality && mention.Known is not null
                && mention.Known.Type == EntityType.Country && type != EntityType.Location)
            {
                result.HasNationality = true;
                result.CountryOf ??= mention.Known;
                j = mention.EndToken;
                result.EndToken = j;
                continue;
            }
            var text = tokens[j].Text;
            // "المحكمة الجنائية الدولية للرئيس الكيني": a title with ل is whom the body acts on, not more of its name.
            if (type == EntityType.Organization && takesLamComplement && text.StartsWith("لل", StringComparison.Ordinal) && !resources.Stopwords.Contains(text)
                && !resources.DescriptiveAdjectives.Contains("ال" + text[2..]) && resources.Cues.Titles.Match(tokens, j) is null)
            {
                result.HasArticleRestored = true;
                j++;
                // "مركز الملك سلمان للإغاثة والأعمال الإنسانية": the complement may run on with و + ال.
                while (j < limit && !tokens[j].LineBreakBefore && (tokens[j].Text.StartsWith("ال", StringComparison.Ordinal) || tokens[j].Text.StartsWith("وال", StringComparison.Ordinal))
                       && !resources.Stopwords.Contains(tokens[j].Text) && table.StartingAt(j) is null
                       && resources.Cues.Titles.Match(tokens, j) is null)
                {
                    j++;
                }
                result.EndToken = j;
                continue;
            }
            if (type == EntityType.Organization && result.PlaceOf is null && (BranchPlace(doc, table, j) ?? PlaceAfterFi(doc, table, j)) is { } place)
            {
                result.PlaceOf = place;
                result.CountryOf ??= place.Known!.Type == EntityType.Country ? place.Known : resources.Gazetteer.Find(place.Known.Country ?? "");
                j = place.EndToken;
                result.EndToken = j;
                break;
            }
            break;
        }
    }

    private static readonly HashSet<string> PlaceNounsWithBa = new(StringComparer.Ordinal) { "بمنطقه", "بمحافظه", "بمدينه" };

    /// <summary>"بمنطقة"، "بمحافظة"، "بمدينة": ب and the noun before a listed place a body serves.</summary>
    public static bool IsPlaceNounWithBa(Token token) => PlaceNounsWithBa.Contains(token.Text);

    /// <summary>
    /// "مديرية الدفاع المدني بمنطقة جازان"، "الشؤون الصحية بالأحساء"، "السفارة الأمريكية بالقاهرة": a body's branch is named by
    /// the region or city it serves, with ب. Returns the listed place, written with ب or after "بمنطقة"، "بمحافظة"، "بمدينة".
    /// </summary>
    private static EntityMention? BranchPlace(Doc doc, MentionTable table, int j)
    {
        var tokens = doc.Tokens;
        var token = tokens[j];
        if (token.Kind != TokenKind.Word || token.Text[0] != 'ب' || token.Text.Length < 4)
        {
            return null;
        }
        return table.StartingAt(j, mention => IsListedPlace(mention) && mention.Start > token.Start)
               ?? (PlaceNounsWithBa.Contains(token.Text) && j + 1 < tokens.Count && !tokens[j + 1].LineBreakBefore
                   ? table.StartingAt(j + 1, IsListedPlace)
                   : null);

        static bool IsListedPlace(EntityMention mention) => mention is { Source: MentionSource.Gazetteer, Kind: MentionKind.Name, Type: EntityType.Location };
    }

    /// <summary>"وزارة الدفاع في طوكيو": a listed country or place after في, where the body sits.</summary>
    private static EntityMention? PlaceAfterFi(Doc doc, MentionTable table, int j) =>
        doc.Tokens[j].Text == "في" && j + 1 < doc.Tokens.Count
            ? table.StartingAt(j + 1, candidate => candidate.Source == MentionSource.Gazetteer && candidate.Kind == MentionKind.Name
                                                   && candidate.Type is EntityType.Country or EntityType.Location)
            : null;

    /// <summary>The end of a royal, noble, religious or honorific title and the name words after it, when no mention holds them.</summary>
    private static int? EponymTitleEnd(Doc doc, MentionTable table, WordFeatures words, LanguageResources resources, int j)
    {
        var tokens = doc.Tokens;
        if (!words.StartsTitle(j) || table.Covering(j) is not null
            || resources.Cues.Titles.Match(tokens, j) is not { Value.Class: TitleClass.Royal or TitleClass.Nobility or TitleClass.Religious or TitleClass.Honorific } title
            || title.EndToken >= tokens.Count || tokens[title.EndToken].LineBreakBefore)
        {
            return null;
        }
        var (end, prefix) = new NameRunReader(resources).NameRun(doc, table, words, title.EndToken, allowConjunction: false);
        return prefix == 0 && end > title.EndToken ? end : null;
    }

    private static bool IsDefinite(Doc doc, EntityMention mention) =>
        doc.Tokens[mention.FirstToken].Text.Contains("ال", StringComparison.Ordinal);

    /// <summary>
    /// A person a place or body is named after: a royal or a sheikh ("مستشفى الملك فهد"، "جامعة الملك سعود"), or a
    /// known person after a head that is not itself part of a title ("مؤسسة محمد بن راشد"; not "رئيس المخابرات X").
    /// </summary>
    private static bool IsEponym(Doc doc, WordFeatures words, EntityMention person, int complementStart)
    {
        if (words.StartsTitle(person.FirstToken))
        {
            return true;
        }
        var head = complementStart - 1;
        while (head > 0 && words.StartsHead(head - 1) && head > complementStart - 3)
        {
            head--;
        }
        var indefiniteHead = !doc.Tokens[head].Text.StartsWith("ال", StringComparison.Ordinal);
        return person.Known is not null && indefiniteHead && (head == 0 || !words.StartsTitle(head - 1));
    }

    private static bool IsNameContinuation(Doc doc, WordFeatures words, LanguageResources resources, int j, EntityType type)
    {
        var token = doc.Tokens[j];
        return token.Kind == TokenKind.Number
               || (token.Kind == TokenKind.Word && token.Text.StartsWith("ال", StringComparison.Ordinal)
                   && !words.IsStopword(j) && !resources.DescriptiveAdjectives.Contains(token.Text) && type != EntityType.Organization);
    }

    /// <summary>The end of a chain of indefinite nouns (with و between them) that closes on a definite noun, within three words.</summary>
    private static int? IdafaChainEnd(Doc doc, WordFeatures words, int j, int limit)
    {
        var tokens = doc.Tokens;
        for (var k = j; k < Math.Min(limit, j + 4); k++)
        {
            var token = tokens[k];
            // A title inside is a person's office, not more of the name ("تنظيم الدولة بقتل رئيس مجلس النواب").
            if (token.Kind != TokenKind.Word || words.IsStopword(k) || (k > j && token.LineBreakBefore) || words.StartsTitle(k))
            {
                return null;
            }
            if (token.Text.StartsWith("ال", StringComparison.Ordinal))
            {
                return k > j ? k + 1 : null;
            }
            // "هيئة تطوير المدينة اجتماعها الدوري": a noun with an attached pronoun is not in construct; the name has ended.
            if (words.IsCommon(k) && (token.Text.EndsWith("ها", StringComparison.Ordinal) || token.Text.EndsWith("هم", StringComparison.Ordinal)
                                      || token.Text.EndsWith("هما", StringComparison.Ordinal)))
            {
                return null;
            }
        }
        return null;
    }

    private static bool IsOpeningQuote(Token token) => token.Kind == TokenKind.Punctuation && OpeningQuotes.Contains(token.Text[0]);

    /// <summary>The index of the closing quote when a short quoted name starts at <paramref name="open"/>.</summary>
    private static int? ReadQuoted(IReadOnlyList<Token> tokens, int open)
    {
        for (var k = open + 1; k < Math.Min(tokens.Count, open + 8); k++)
        {
            if (tokens[k].LineBreakBefore)
            {
                return null;
            }
            if (tokens[k].Kind == TokenKind.Punctuation && ClosingQuotes.Contains(tokens[k].Text[0]))
            {
                return k > open + 1 ? k : null;
            }
            if (tokens[k].Kind == TokenKind.Punctuation && tokens[k].Text != "." && tokens[k].Text != "-")
            {
                return null;
            }
        }
        return null;
    }
}
