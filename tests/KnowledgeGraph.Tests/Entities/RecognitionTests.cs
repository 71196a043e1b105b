using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Entities;

/// <summary>Each family of cues finds names no list holds, and the gazetteer finds known names through their clitics.</summary>
public sealed class RecognitionTests
{
    [Fact]
    public void Known_names_are_found_through_proclitics()
    {
        var graph = Extract.Text("والتقى الوزير وبوتين في موسكو، ثم عاد للولايات المتحدة.");
        var putin = graph.Entity("بوتين");
        Assert.NotNull(putin);
        Assert.Equal(EntityType.Person, putin.Type);
        var mention = Assert.Single(putin.Mentions);
        Assert.Equal("بوتين", mention.Text); // the و is not part of the mention

        var usa = graph.Entities.Single(entity => entity.Id == "united_states");
        Assert.Contains(usa.Mentions, item => item.Text == "للولايات المتحدة"); // the span keeps ل, as scoring expects
        Assert.Contains("الولايات المتحدة", usa.Aliases); // the alias has its article back
    }

    [Fact]
    public void A_title_with_a_nationality_introduces_an_unknown_person()
    {
        var graph = Extract.Text("وقال وزير الزراعة الكيني جون موسى إن المحصول تحسن هذا العام.");
        var person = graph.Entity("جون موسى");
        Assert.NotNull(person);
        Assert.Equal(EntityType.Person, person.Type);
        Assert.Contains("وزير الزراعة الكيني", person.Aliases); // a title with a nationality is an alias
    }

    [Theory]
    [InlineData("وقال وزير الدفاع المالي ساديو كامارا إن الجيش استعاد المدينة.", true)]
    [InlineData("وقالت الحكومة المالية في بيان إن الانتخابات ستجري في موعدها.", true)]
    [InlineData("وقال وزير المالية إن الأزمة المالية أثرت على الأسواق المالية.", false)]
    [InlineData("وتبحث الحكومة السياسة المالية للعام المقبل.", false)]
    public void A_nationality_that_is_also_a_common_word_names_the_country_only_after_a_word_it_qualifies(string sentence, bool mali)
    {
        var graph = Extract.Text(sentence);
        Assert.Equal(mali, graph.Entities.Any(entity => entity.Id == "mali"));
    }

    [Theory]
    [InlineData("وقال الرئيس محمد الأحد إن الوضع مستقر.", "محمد")]
    [InlineData("وقال الرئيس محمد اليوم إن الوضع مستقر.", "محمد")]
    public void A_day_after_a_given_name_is_not_its_family_name(string sentence, string name)
    {
        var graph = Extract.Text(sentence);
        Assert.NotNull(graph.Entity(name));
    }

    [Theory]
    [InlineData("فيما حمله أمير قطر تحياته إلى خادم الحرمين الشريفين.")]
    [InlineData("وقال مصدران أمنيان أمريكيان إن الاجتماع عقد أمس.")]
    public void Inflected_common_words_are_not_names(string sentence)
    {
        var graph = Extract.Text(sentence);
        Assert.DoesNotContain(graph.Entities, entity => entity.Type == EntityType.Person && entity.Id.StartsWith("person_", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("وقال المتحدث باسم التنظيم أبو محمد العدناني إن الهجوم نجح.", "أبو محمد العدناني")]
    [InlineData("وكان في استقباله العقيد ركن عبدالله الجاسر والفريق أول ركن مشعل الزبن.", "عبدالله الجاسر")]
    [InlineData("وكان في استقباله العقيد ركن عبدالله الجاسر والفريق أول ركن مشعل الزبن.", "مشعل الزبن")]
    [InlineData("وقال مدير المستشفى البروفسور زئيف روتشتاين للجد حسين محاولا تشجيعه إن الحالة مستقرة.", "زئيف روتشتاين")]
    public void A_name_takes_its_kunya_and_leaves_a_rank_qualifier_and_a_preposition_outside(string sentence, string name)
    {
        var graph = Extract.Text(sentence);
        var person = graph.Entity(name);
        Assert.NotNull(person);
        Assert.Contains(name, person.Aliases);
    }

    [Theory]
    [InlineData("ووجه الوزير انتقادات لجمال بنعمر أمس.", "جمال بنعمر")]
    [InlineData("واجتمع الوزير أمس بجمال بنعمر.", "جمال بنعمر")]
    [InlineData("وضمت البعثة برئاسة مدير الفريق باسم أبو داود، ياسر المسيليم وكامل الموسى.", "باسم أبو داود")]
    [InlineData("وضمت البعثة برئاسة مدير الفريق باسم أبو داود، ياسر المسيليم وكامل الموسى.", "كامل الموسى")]
    public void A_preposition_on_a_given_name_is_not_part_of_the_name_but_a_name_that_starts_like_one_is_whole(string sentence, string name)
    {
        var graph = Extract.Text(sentence);
        var person = graph.Entity(name);
        Assert.NotNull(person);
        Assert.Contains(name, person.Aliases);
    }

    [Theory]
    [InlineData("وأوضح سالم بن علي رئيس الجمعية أن التسجيل مفتوح.", "سالم بن علي")]
    [InlineData("ونقل الموقع عن زين العابدين بن علي قوله إن البلاد بخير.", "زين العابدين بن علي")]
    public void After_a_patronymic_connector_a_name_that_is_also_a_preposition_is_the_fathers_name(string sentence, string name)
    {
        var graph = Extract.Text(sentence);
        var person = graph.Entity(name);
        Assert.NotNull(person);
        Assert.Equal(EntityType.Person, person.Type);
    }

    [Theory]
    [InlineData("وقال وزير الدولة للشؤون الخارجية سامي عربي إن الاجتماع مثمر.", "سامي عربي")]
    [InlineData("وأكد الدكتور فهد مدني أن العلاج متوفر.", "فهد مدني")]
    [InlineData("وأوضح المهندس خالد العمرة، أن المشروع اكتمل.", "خالد العمرة")]
    [InlineData("وأوضح مدير الفرع المهندس خالد العمرة أن المشروع اكتمل.", "خالد العمرة")]
    public void After_a_title_a_given_name_takes_a_family_name_that_is_also_a_word(string sentence, string name)
    {
        var graph = Extract.Text(sentence);
        var person = graph.Entity(name);
        Assert.NotNull(person);
        Assert.Equal(EntityType.Person, person.Type);
    }

    [Theory]
    [InlineData("وكانت ماريتا كوفالدي رئيسة الرابطة الإيطالية للمصارف قد حذرت من الأزمة.", "ماريتا كوفالدي", "رئيسة")]
    [InlineData("وقال يوهانس ترابولت الرئيس التنفيذي لشركة سيمنس الألمانية إن الأرباح زادت.", "يوهانس ترابولت", "الرئيس التنفيذي")]
    public void Unlisted_words_right_before_a_qualified_office_name_the_one_who_holds_it(string sentence, string name, string role)
    {
        var graph = Extract.Text(sentence);
        var person = graph.Entity(name);
        Assert.NotNull(person);
        Assert.Equal(EntityType.Person, person.Type);
        Assert.Contains(graph.Relations, relation => relation.Type == RelationType.HoldsRole && relation.Source == person.Id
                                                     && relation.Role!.StartsWith(role, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("وقال الرئيس التنفيذي للشركة إن الأرباح زادت.")]
    [InlineData("وأكدت مصادر مطلعة رئيس الوزراء سيزور المدينة.")]
    public void Common_words_before_an_office_are_not_a_name(string sentence)
    {
        var graph = Extract.Text(sentence);
        Assert.DoesNotContain(graph.Entities, entity => entity.Type == EntityType.Person && entity.Id.StartsWith("person_", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("وأعلنت الشرطة الماليزية اعتقال ثلاثة أشخاص.", "الشرطة الماليزية")]
    [InlineData("وقالت شرطة منطقة تبوك إن الحادث وقع فجرا.", "شرطة منطقة تبوك")]
    [InlineData("وأوضحت السفارة الكويتية في عمان أن الرعايا بخير.", "السفارة الكويتية")]
    [InlineData("وتغلب منتخب البرتغال على خصمه بهدفين.", "منتخب البرتغال")]
    [InlineData("وقالت الشرطة العسكرية إن المتهمين اعترفوا.", "الشرطة العسكرية")]
    public void A_states_service_is_a_body_when_named_by_its_nationality_or_place(string sentence, string name)
    {
        var graph = Extract.Text(sentence);
        var body = graph.Entity(name);
        Assert.NotNull(body);
        Assert.Equal(EntityType.Organization, body.Type);
        Assert.DoesNotContain(body.Aliases, alias => alias.IndexOf(' ') < 0); // not the bare head, a back-reference
    }

    [Theory]
    [InlineData("وأحالت النيابة العامة المتهمين إلى المحكمة الجزائية.", "النيابة العامة")]
    [InlineData("وأحالت النيابة العامة المتهمين إلى المحكمة الجزائية.", "المحكمة الجزائية")]
    [InlineData("وأيدت المحكمة العليا الكينية الحكم أمس.", "المحكمة العليا الكينية")]
    [InlineData("وباشرت فرق الدفاع المدني الحريق في الحي.", "الدفاع المدني")]
    [InlineData("وأوقفت دوريات حرس الحدود متسللين.", "حرس الحدود")]
    public void A_state_body_named_by_its_head_alone_takes_only_a_nationality_or_place(string sentence, string name)
    {
        var graph = Extract.Text(sentence);
        var body = graph.Entity(name);
        Assert.NotNull(body);
        Assert.Equal(EntityType.Organization, body.Type);
        Assert.DoesNotContain(graph.Entities, entity => entity.Aliases.Any(alias => alias.StartsWith(name + " ", StringComparison.Ordinal)
                                                                                   && !alias.EndsWith("ية", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("وتشمل الجولة مدن الرياض ووادي الدواسر وشقراء والزلفي والغاط.", "شقراء")]
    [InlineData("وتشمل الجولة مدن الرياض ووادي الدواسر وشقراء والزلفي والغاط.", "الغاط")]
    [InlineData("وانتشرت الفرق في بريدة وعنيزة والرس وضرية.", "ضرية")]
    [InlineData("وتوزعت المراكز في قرطاجنة وجدة والرياض.", "قرطاجنة")]
    public void An_unlisted_name_in_a_list_of_places_is_a_place(string sentence, string name)
    {
        var graph = Extract.Text(sentence);
        Assert.Equal(EntityType.Location, graph.Entity(name)?.Type);
    }

    [Theory]
    [InlineData("وضمت القائمة ياسر القحطاني وسعود كريري ومحمد أمان وعمر السومة.", "محمد أمان")]
    [InlineData("وشارك في العرض محمد عبده، وعبدالمجيد عبدالله، وخالد المؤشر.", "خالد المؤشر")]
    public void An_unlisted_given_name_in_a_list_of_people_starts_a_person(string sentence, string name)
    {
        var graph = Extract.Text(sentence);
        Assert.Equal(EntityType.Person, graph.Entity(name)?.Type);
    }

    [Theory]
    [InlineData("وزار الوفد جدة والرياض وسيتأمل الكثير ذلك.")]
    [InlineData("وزار الوفد جدة، والتقى بالرياض، ثم غادر.")]
    [InlineData("وقال إن جدة والرياض وغيرهما مدن كبيرة.")]
    public void Words_after_a_list_of_places_are_not_places(string sentence)
    {
        var graph = Extract.Text(sentence);
        Assert.DoesNotContain(graph.Entities, entity => entity.Type == EntityType.Location && entity.Mentions.Any(mention => mention.Text.Contains("تأمل")
            || mention.Text.Contains("التقى") || mention.Text.Contains("غادر") || mention.Text.Contains("غير")));
        Assert.Equal(2, graph.Entities.Count(entity => entity.Type == EntityType.Location));
    }

    [Theory]
    [InlineData("واستقبل الأمير ضيوفه في قصر الحمراء بالطائف أمس.", "قصر الحمراء", "الطائف")]
    [InlineData("ونقل المصابون إلى مستشفى النور بمكة المكرمة.", "مستشفى النور", "مكة المكرمة")]
    [InlineData("وتجمع الزوار في ممشى الغيم بأبها.", "ممشى الغيم", "أبها")]
    public void A_place_with_a_preposition_after_a_headed_place_says_where_it_is(string sentence, string name, string city)
    {
        var graph = Extract.Text(sentence);
        var place = graph.Entity(name);
        Assert.NotNull(place);
        Assert.DoesNotContain(place.Aliases, alias => alias.Contains(city.Split(' ')[0][1..], StringComparison.Ordinal));
        Assert.Equal(EntityType.Location, graph.Entity(city)?.Type);
    }

    [Theory]
    [InlineData("ونقل المصاب إلى مستشفى الأمير ناصر بن سعد في المدينة.", "مستشفى الأمير ناصر بن سعد")]
    [InlineData("وأقيمت الصلاة في جامع الإمام سعود بن فيصل أمس.", "جامع الإمام سعود بن فيصل")]
    [InlineData("وتقام المباراة على ملعب الأمير خالد الزامل مساء اليوم.", "ملعب الأمير خالد الزامل")]
    public void A_place_named_after_a_prince_or_an_imam_takes_the_title_and_the_name(string sentence, string name)
    {
        var graph = Extract.Text(sentence);
        Assert.Equal(EntityType.Location, graph.Entity(name)?.Type);
        Assert.DoesNotContain(graph.Entities, entity => entity.Type == EntityType.Person);
    }

    [Fact]
    public void A_definite_head_before_an_honorific_is_not_named_after_the_person()
    {
        var graph = Extract.Text("وأوضح المدير العام لإدارة التراخيص بالهيئة المهندس سامي الخالدي أن الجولات مستمرة.");
        Assert.Equal(EntityType.Person, graph.Entity("سامي الخالدي")?.Type);
    }

    [Theory]
    [InlineData("وقال السفير السعودي في مسقط عيد القحيصي إن الجالية بخير.", "عيد القحيصي")]
    [InlineData("ورفض النائب العام للدولة شاي بيرتسوف الطلب.", "شاي بيرتسوف")]
    public void After_a_title_an_ordinary_word_before_a_rare_name_is_a_given_name(string sentence, string name)
    {
        var graph = Extract.Text(sentence);
        Assert.Equal(EntityType.Person, graph.Entity(name)?.Type);
    }

    [Theory]
    [InlineData("وقال المدرب كبير يتعاقد معه النادي.")]
    [InlineData("وحذر الإمام لممارسة طقوسهم في المسجد.")]
    public void After_a_title_a_preposition_or_a_verb_starts_no_name(string sentence)
    {
        var graph = Extract.Text(sentence);
        Assert.DoesNotContain(graph.Entities, entity => entity.Type == EntityType.Person);
    }

    [Theory]
    [InlineData("واستقبل نائب رئيس مجلس الوزراء الكويتي سالم العتيبي الوفد.")]
    [InlineData("وقال رئيس هيئة الأركان العامة اللواء فهد الشمري إن القوات جاهزة.")]
    public void A_body_a_title_holds_whole_is_part_of_the_office(string sentence)
    {
        var graph = Extract.Text(sentence);
        Assert.DoesNotContain(graph.Entities, entity => entity.Type == EntityType.Organization);
        Assert.Single(graph.Entities, entity => entity.Type == EntityType.Person);
    }

    [Theory]
    [InlineData("وعقدت هيئة تطوير المدينة اجتماعها الدوري أمس.", "هيئة تطوير المدينة")]
    [InlineData("وأعلنت شركة الصناعات الوطنية نتائجها المالية للربع الثاني.", "شركة الصناعات الوطنية")]
    public void A_noun_with_an_attached_pronoun_ends_a_bodys_name(string sentence, string name)
    {
        var graph = Extract.Text(sentence);
        Assert.Equal(EntityType.Organization, graph.Entity(name)?.Type);
    }

    [Fact]
    public void A_dual_head_with_two_fields_names_two_bodies()
    {
        var graph = Extract.Text("ووقعت وزارتا الزراعة والبيئة مذكرة تفاهم، وقالت وزارة البيئة إن العمل بدأ.");
        Assert.Equal(EntityType.Organization, graph.Entity("وزارتا الزراعة")?.Type);
        var environment = graph.Entity("وزارة البيئة");
        Assert.NotNull(environment);
        Assert.Equal(2, environment.Mentions.Count); // "البيئة" in the dual and the ministry named in full are one body
    }

    [Fact]
    public void A_lineage_ends_with_its_family_name()
    {
        var graph = Extract.Text("وقدم العزاء الشيخ نايف بن حمد بن سعد بن فرحان الدوسري لأسرة الفقيد.");
        Assert.Equal(EntityType.Person, graph.Entity("نايف بن حمد بن سعد بن فرحان الدوسري")?.Type);
    }

    [Theory]
    [InlineData("وسيطرت المقاومة الشعبية على مداخل المدينة.", "المقاومة الشعبية")]
    [InlineData("وقال رئيس رابطة الكتاب الأردنيين إن المعرض ناجح.", "رابطة الكتاب الأردنيين")]
    public void Resistance_movements_and_leagues_are_bodies(string sentence, string name)
    {
        var graph = Extract.Text(sentence);
        var body = graph.Entity(name);
        Assert.NotNull(body);
        Assert.Equal(EntityType.Organization, body.Type);
    }

    [Theory]
    [InlineData("وقالت شرطة تبوك تعايد رجال الأمن في العيد.")]
    [InlineData("وانتشرت الشرطة في عمان منذ الصباح.")]
    [InlineData("ووصلت الشرطة المحلية إلى المكان.")]
    public void A_service_described_rather_than_named_is_no_body(string sentence)
    {
        var graph = Extract.Text(sentence);
        Assert.DoesNotContain(graph.Entities, entity => entity.Type == EntityType.Organization);
    }

    [Theory]
    [InlineData("وقال لويجي فيرارا المدير الفني لنادي يوفنتوس إن الفريق جاهز.", "لويجي فيرارا", "نادي يوفنتوس")]
    [InlineData("وأكد المدير الفني للمنتخب المغربي هشام الدكيك أن اللاعبين جاهزون.", "هشام الدكيك", "المنتخب المغربي")]
    public void A_coach_holds_a_role_at_his_club_or_team(string sentence, string person, string team)
    {
        var graph = Extract.Text(sentence);
        var relation = graph.Relation(RelationType.HoldsRole, person, team);
        Assert.NotNull(relation);
        Assert.Equal("المدير الفني", relation.Role);
    }

    [Theory]
    [InlineData("وقال مصدر مطلع لـ«الشرق الأوسط» إن المفاوضات تعثرت.", "asharq_al_awsat")]
    [InlineData("وأوضح المتحدث لـ\"عكاظ\" أن التحقيق مستمر.", "okaz")]
    public void A_quoted_addressee_of_a_statement_is_a_news_outlet(string sentence, string outlet)
    {
        var graph = Extract.Text(sentence);
        var entity = Assert.Single(graph.Entities, entity => entity.Id == outlet);
        Assert.Equal(EntityType.Organization, entity.Type);
        Assert.DoesNotContain(graph.Entities, entity => entity.Id == "middle_east");
    }

    [Fact]
    public void A_dateline_names_the_outlet_and_leaves_the_city_a_place()
    {
        var graph = Extract.Text("افتتاح معرض الكتاب\nماجد الحربي – سبق – الرياض: افتتح أمير المنطقة معرض الكتاب.");
        Assert.Contains(graph.Entities, entity => entity.Id == "sabq");
        Assert.Contains(graph.Entities, entity => entity.Id == "riyadh" && entity.Type == EntityType.Location);
    }

    [Fact]
    public void Outside_a_dateline_or_a_quoted_addressee_an_outlets_bare_name_is_an_ordinary_word()
    {
        var graph = Extract.Text("وقد سبق للوزير أن زار منطقة الشرق الأوسط مرتين.");
        Assert.DoesNotContain(graph.Entities, entity => entity.Id is "sabq" or "asharq_al_awsat");
    }

    [Fact]
    public void A_royal_name_runs_on_through_his_fathers_known_name()
    {
        var graph = Extract.Text("ويمثل المؤسسة صاحب السمو الملكي الأمير بندر بن عبدالله بن عبدالعزيز عضو مجلس الأمناء.");
        Assert.NotNull(graph.Entity("بندر بن عبدالله بن عبدالعزيز"));
        Assert.DoesNotContain(graph.Entities, entity => entity.Id == "king_abdullah");
    }

    [Theory]
    [InlineData("وحضر الحفل صاحب السمو الأمير خالد بن سعد بن فهد بن ناصر محافظ المحافظة.", "خالد بن سعد بن فهد بن ناصر")]
    [InlineData("واستقبل الأمير نايف بن ماجد بن سعود بن عبدالعزيز بن تركي وفدا من الجامعة.", "نايف بن ماجد بن سعود بن عبدالعزيز بن تركي")]
    public void A_lineage_runs_on_past_the_usual_length_of_a_name(string sentence, string name)
    {
        var graph = Extract.Text(sentence);
        var person = graph.Entity(name);
        Assert.NotNull(person);
        Assert.Equal(EntityType.Person, person.Type);
    }

    [Fact]
    public void A_nationality_adjective_before_bin_is_a_given_name()
    {
        var graph = Extract.Text("وشارك في اللقاء الأمير تركي بن ناصر بن مساعد.");
        Assert.Equal(EntityType.Person, graph.Entity("تركي بن ناصر بن مساعد")?.Type);
        Assert.DoesNotContain(graph.Entities, entity => entity.Id == "turkey");
    }

    [Fact]
    public void A_known_name_whose_lineage_goes_on_past_its_listed_forms_is_another_person()
    {
        var graph = Extract.Text("وحضر الاستقبال الأمير محمد بن سلمان بن فهد بن ناصر، وسلم على الأمير محمد بن سلمان بن عبدالعزيز.");
        var other = graph.Entity("محمد بن سلمان بن فهد بن ناصر");
        Assert.NotNull(other);
        Assert.NotEqual("mohammed_bin_salman", other.Id);
        Assert.Contains(graph.Entities, entity => entity.Id == "mohammed_bin_salman"); // the listed lineage is still the known person
    }

    [Theory]
    [InlineData("عاود الفريق تدريباته بعد أن خاض الفريق مباراتين وديتين في إيطاليا.")]
    [InlineData("بعد أن أوفى خادم الحرمين الشريفين بوعده لليمن.")]
    public void Duals_and_pronoun_forms_of_common_words_are_not_names(string sentence)
    {
        var graph = Extract.Text(sentence);
        Assert.DoesNotContain(graph.Entities, entity => entity.Type == EntityType.Person && entity.Id.StartsWith("person_", StringComparison.Ordinal));
    }

    [Fact]
    public void A_place_or_body_named_after_a_person_is_not_a_mention_of_the_person()
    {
        var graph = Extract.Text("وتسلم الجرحى العلاج في مستشفى الملك فهد بالهفوف، ويرافقهم فريق من مركز الملك سلمان للإغاثة.");
        Assert.DoesNotContain(graph.Entities, entity => entity.Type == EntityType.Person);
        Assert.Empty(graph.Relations);
    }

    [Theory]
    [InlineData("واصل الفريق استعداده لمنافسات دوري عبداللطيف جميل للمحترفين.", "دوري عبداللطيف جميل")]
    [InlineData("وتوج الهلال بكأس خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز.", "كأس خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز")]
    public void An_event_named_after_a_person_is_an_event_and_not_a_mention_of_him(string sentence, string name)
    {
        var graph = Extract.Text(sentence);
        var entity = Assert.Single(graph.Entities);
        Assert.Equal(EntityType.Event, entity.Type);
        Assert.Equal(name, entity.Mentions[0].Text);
    }

    [Theory]
    [InlineData("ولي ولي العهد ينسف مغريات الخصوم\nوقال المسؤول إن الزيارة ناجحة.")]
    [InlineData("وقدم الرئيس الجمهوري للجنة تشريعاً يرفض الاتفاق.")]
    public void Verbs_after_a_title_in_a_headline_and_words_with_tanween_are_not_names(string text)
    {
        var graph = Extract.Text(text);
        Assert.DoesNotContain(graph.Entities, entity => entity.Type == EntityType.Person);
    }

    [Fact]
    public void A_title_in_construct_with_another_title_is_one_office()
    {
        var graph = Extract.Text("وقال مدرب الفريق التشيكي مارتن إن اللاعبين جاهزون، فيما أشاد مستشار خادم الحرمين الشريفين الأمير خالد الفيصل بالنتائج.");
        Assert.DoesNotContain(graph.Relations, relation => relation.Type == RelationType.HoldsRole && relation.Target == "czechia");
    }

    [Fact]
    public void A_body_named_after_a_persons_office_is_not_an_organisation()
    {
        var graph = Extract.Text("وأعلنت إدارة الرئيس الأميركي باراك أوباما أنها تحقق في التقارير.");
        Assert.DoesNotContain(graph.Entities, entity => entity.Type == EntityType.Organization);
        Assert.NotNull(graph.Relation(RelationType.HoldsRole, "باراك أوباما", "الولايات المتحدة"));
    }

    [Fact]
    public void A_title_chained_to_one_that_names_the_country_holds_there_too()
    {
        var graph = Extract.Text("وكان المتحدث باسم الحكومة المالية العقيد عبد الله مايغا قد حذر فرنسا من أي تدخل.");
        var spokesman = graph.Relation(RelationType.HoldsRole, "عبد الله مايغا", "مالي");
        Assert.NotNull(spokesman);
        Assert.Equal("المتحدث", spokesman.Evidence[0].Role);
        Assert.Null(graph.Relation(RelationType.HoldsRole, "عبد الله مايغا", "فرنسا"));
    }

    [Fact]
    public void A_definite_head_is_not_in_construct_with_the_given_name_after_it()
    {
        var graph = Extract.Text("وقال عضو الهيئة السياسية في الائتلاف أحمد الزعبلاوي إن الاجتماع انتهى.");
        Assert.DoesNotContain(graph.Entities, entity => entity.Aliases.Any(alias => alias.Contains("الائتلاف أحمد", StringComparison.Ordinal)));
        Assert.Contains(graph.Entities, entity => entity.Type == EntityType.Person && entity.Aliases.Contains("أحمد الزعبلاوي"));
    }

    [Fact]
    public void A_governor_title_takes_the_city_it_governs()
    {
        var graph = Extract.Text("وقال حاكم نيروبي إيفانز كيمونيو إن المدينة مستعدة للزيارة.");
        Assert.NotNull(graph.Relation(RelationType.HoldsRole, "إيفانز كيمونيو", "نيروبي"));
    }

    [Theory]
    [InlineData("وأكد المنسق الإنساني للأمم المتحدة في اليمن يوهانس فاندرلين وصوله إلى عدن.", "يوهانس فاندرلين")]
    [InlineData("ويحيي الحفل الموسيقار اليوناني ياني كريستاكيس في المدرج.", "ياني كريستاكيس")]
    [InlineData("ولا يزال موقف حارس المرمى عساف الحربشي من العقد غير واضح.", "عساف الحربشي")]
    public void Coordinators_musicians_and_goalkeepers_are_titles_before_a_name(string sentence, string name)
    {
        var graph = Extract.Text(sentence);
        var person = graph.Entity(name);
        Assert.NotNull(person);
        Assert.Equal(EntityType.Person, person.Type);
    }

    [Fact]
    public void A_title_in_apposition_after_a_name_introduces_the_person()
    {
        var graph = Extract.Text("وقال ويليام روتو، رئيس كينيا، إن بلاده ستواصل الإصلاحات.");
        var person = graph.Entity("ويليام روتو");
        Assert.NotNull(person);
        Assert.Equal(EntityType.Person, person.Type);
        Assert.Contains("رئيس كينيا", person.Aliases);
    }

    [Theory]
    [InlineData("وافتتح رئيس المجلس البلدي صالح بن حمد الزهراني المعرض.", "صالح بن حمد")]
    [InlineData("وقالت المديرة العامة أمل بنت سعد إن البرنامج بدأ.", "أمل بنت سعد")]
    [InlineData("وعاد علي الشقيران إلى التدريبات بعد غيابه يومين.", "علي الشقيران")]
    [InlineData("وأكد رئيس النادي كامل بن سعد أن الفريق جاهز.", "كامل بن سعد")]
    [InlineData("وقالت الدكتورة منى الحربي إن الطالبات نجحن.", "منى الحربي")]
    [InlineData("وشارك في التدريب ياسر القحطاني وكامل الموسى ومحمد الشلهوب.", "كامل الموسى")]
    [InlineData("وغاب عن التدريب ياسر القحطاني، نادر الشمراني، ومحمد الشلهوب.", "نادر الشمراني")]
    public void A_given_name_that_is_also_a_word_starts_a_name_in_a_name_context(string sentence, string name)
    {
        var graph = Extract.Text(sentence);
        Assert.Contains(graph.Entities, entity => entity.Type == EntityType.Person && entity.Aliases.Any(alias => alias.StartsWith(name, StringComparison.Ordinal)));
    }

    [Fact]
    public void A_given_name_that_is_also_a_word_is_the_word_elsewhere()
    {
        var graph = Extract.Text("وافتتح رئيس المجلس البلدي صالح بن حمد الزهراني المعرض.\nوأكد أن الموقع صالح للاستخدام وأن الأمل كبير.");
        var person = Assert.Single(graph.Entities, entity => entity.Type == EntityType.Person);
        Assert.Single(person.Mentions);
    }

    [Fact]
    public void A_given_name_that_is_also_a_word_after_a_name_is_the_word_before_common_words()
    {
        var graph = Extract.Text("وأثنى الرئيس على محمد الزهراني وكامل الجهاز الفني.");
        Assert.Contains(graph.Entities, entity => entity.Type == EntityType.Person && entity.Aliases.Contains("محمد الزهراني"));
        Assert.DoesNotContain(graph.Entities, entity => entity.Aliases.Any(alias => alias.StartsWith("كامل", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_preposition_written_with_alef_maqsura_never_starts_a_name()
    {
        var graph = Extract.Text("واعتمد المجلس على الشقيران في إدارة الملف.\nوعاد علي الشقيران إلى التدريبات.");
        Assert.DoesNotContain(graph.Entities, entity => entity.Aliases.Any(alias => alias.StartsWith("على", StringComparison.Ordinal)));
        Assert.Contains(graph.Entities, entity => entity.Type == EntityType.Person && entity.Aliases.Contains("علي الشقيران"));
    }

    [Theory]
    [InlineData("وأعلن مدير الجمعية الدكتور وائل الفرحان افتتاح الفرع.", "وائل الفرحان")]
    [InlineData("وصرح رئيس البلدية المهندس وليد القرشي بأن العمل اكتمل.", "وليد القرشي")]
    public void A_given_name_that_starts_with_waw_keeps_its_first_letter(string sentence, string name)
    {
        var graph = Extract.Text(sentence);
        var person = graph.Entity(name);
        Assert.NotNull(person);
        Assert.Equal(EntityType.Person, person.Type);
    }

    [Fact]
    public void A_chain_of_titles_belongs_to_the_name_after_it()
    {
        var graph = Extract.Text("وحضر اللقاء وزير الدولة عضو مجلس الوزراء الدكتور سالم بن مرزوق الحارثي.");
        var person = graph.Entity("سالم بن مرزوق الحارثي");
        Assert.NotNull(person);
        Assert.Equal(EntityType.Person, person.Type);
    }

    [Fact]
    public void A_given_name_starts_a_name_without_a_title()
    {
        var graph = Extract.Text("وشارك في إعداد التقرير جيمس هولاند من لندن.");
        Assert.Equal(EntityType.Person, graph.Entity("جيمس هولاند")?.Type);
    }

    [Fact]
    public void A_name_coordinated_with_a_person_is_a_person()
    {
        var graph = Extract.Text("ويضم الفريق المهندس تانغ وي لونغ وشو مينغ هوا في شنغهاي.");
        Assert.Equal(EntityType.Person, graph.Entity("تانغ وي لونغ")?.Type);
        Assert.Equal(EntityType.Person, graph.Entity("شو مينغ هوا")?.Type);
    }

    [Fact]
    public void A_bare_name_after_a_verb_of_saying_is_a_person()
    {
        var graph = Extract.Text("وقال كاتيندي إن المفاوضات ستستأنف الأسبوع المقبل.");
        Assert.Equal(EntityType.Person, graph.Entity("كاتيندي")?.Type);
    }

    [Theory]
    [InlineData("وأعلنت وزارة الصحة الكينية ارتفاع عدد الإصابات.", "وزارة الصحة الكينية")]
    [InlineData("وقالت هيئة الأركان المشتركة في كوريا الجنوبية إن الصاروخ سقط في البحر.", "هيئة الأركان المشتركة في كوريا الجنوبية")]
    [InlineData("ونقلت صحيفة ذا ستار الكينية عن مصادر قولها إن الاتفاق وشيك.", "صحيفة ذا ستار الكينية")]
    [InlineData("وبحسب موقع Africa Intelligence فإن الصفقة تأجلت.", "موقع Africa Intelligence")]
    public void An_organisation_head_with_a_complement_names_an_organisation(string sentence, string name)
    {
        var graph = Extract.Text(sentence);
        Assert.Equal(EntityType.Organization, graph.Entity(name)?.Type);
    }

    [Theory]
    [InlineData("وهبطت الطائرة في مطار جومو كينياتا الدولي.", "مطار جومو كينياتا الدولي")]
    [InlineData("وتقع محطة بايكونور الفضائية في السهوب.", "محطة بايكونور الفضائية")]
    [InlineData("ورست السفينة عند الرصيف 14 صباحا.", "الرصيف 14")]
    [InlineData("وأقيم الحفل في قصر اليمامة.", "قصر اليمامة")]
    public void A_place_head_with_a_name_a_number_or_a_palace_name_names_a_location(string sentence, string name)
    {
        Assert.Equal(EntityType.Location, Extract.Text(sentence).Entity(name)?.Type);
    }

    [Fact]
    public void A_town_after_its_head_is_the_town_itself()
    {
        var graph = Extract.Text("وتجمع المحتجون في مدينة كيسومو الساحلية أمس.");
        var town = graph.Entity("كيسومو");
        Assert.NotNull(town);
        Assert.Equal(EntityType.Location, town.Type);
        Assert.Contains("مدينة كيسومو", town.Aliases);
    }

    [Theory]
    [InlineData("وتوقفت الأشغال على محطة القطار الرئيسية.")]
    [InlineData("ووصلت الطائرة إلى قاعدة جوية في الشمال.")]
    [InlineData("وانتشر الجيش الروسي على الحدود.")]
    public void A_head_with_common_words_only_names_nothing(string sentence)
    {
        var graph = Extract.Text(sentence);
        Assert.DoesNotContain(graph.Entities, entity => entity.Type is EntityType.Location or EntityType.Organization && entity.Aliases.Any(alias => alias.Contains(' ')));
    }

    [Theory]
    [InlineData("ويعقد المنتدى الاقتصادي الأفريقي دورته في كيغالي.", "المنتدى الاقتصادي الأفريقي")]
    [InlineData("وقتل الملايين في الحرب العالمية الثانية.", "الحرب العالمية الثانية")]
    public void An_event_head_with_a_naming_complement_names_an_event(string sentence, string name)
    {
        Assert.Equal(EntityType.Event, Extract.Text(sentence).Entity(name)?.Type);
    }

    [Fact]
    public void A_summit_named_after_people_is_not_an_event()
    {
        var graph = Extract.Text("وتناولت قمة روتو وموسيفيني الأمن الإقليمي.");
        Assert.DoesNotContain(graph.Entities, entity => entity.Type == EntityType.Event);
    }

    [Fact]
    public void A_place_before_its_country_in_a_dateline_is_a_location()
    {
        var graph = Extract.Text("كيسمايو، الصومال - أعلن مسؤولون محليون عن انتهاء الحصار.");
        Assert.Equal(EntityType.Location, graph.Entity("كيسمايو")?.Type);
    }

    [Fact]
    public void A_nationality_alone_makes_no_country_entity()
    {
        var graph = Extract.Text("وأشادت وسائل إعلام كينية بالقرار.");
        Assert.DoesNotContain(graph.Entities, entity => entity.Id == "kenya");
    }

    [Theory]
    [InlineData("واجتمع وزير الدفاع الإيطالي ماريو بيانكي بكمال الحسن في روما.", "ماريو بيانكي", "كمال الحسن")]
    [InlineData("وبعث الرئيس جورج سمعان لكريم العلوي رسالة شكر.", "جورج سمعان", "كريم العلوي")]
    public void A_given_name_with_a_preposition_ends_the_name_before_it(string sentence, string first, string second)
    {
        var graph = Extract.Text(sentence);
        Assert.NotNull(graph.Entity(first));
        Assert.NotNull(graph.Entity(second));
        Assert.DoesNotContain(graph.Entities, entity => entity.Mentions.Any(mention => mention.Text.StartsWith(first + " ", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("وأكد اتحاد السباحة يدرس اقتراح لجنة الحكام أن القرار قريب.", "اتحاد السباحة")]
    [InlineData("وأعلنت وزارة النقل عزم الوزارة تطوير الطرق.", "وزارة النقل")]
    [InlineData("وقالت اللجنة الوطنية لرعاية السجناء إن العدد زاد.", "اللجنة الوطنية لرعاية السجناء")]
    public void A_body_s_name_ends_at_a_definite_word_unless_a_phrase_with_lam_goes_on(string sentence, string body)
    {
        var graph = Extract.Text(sentence);
        Assert.Equal(EntityType.Organization, graph.Entity(body)?.Type);
    }

    [Fact]
    public void A_blessing_is_not_a_name_but_the_given_name_spelled_with_ta_marbuta_is()
    {
        var blessing = Extract.Text("وكان الشيخ رحمه الله يأخذ المشورة من طلابه.");
        Assert.DoesNotContain(blessing.Entities, entity => entity.Mentions.Any(mention => mention.Text.Contains("رحمه", StringComparison.Ordinal)));
        var name = Extract.Text("وقالت رحمة الله الزهراني إن الحملة نجحت.");
        Assert.Equal(EntityType.Person, name.Entity("رحمة الله الزهراني")?.Type);
    }

    [Theory]
    [InlineData("وقالت المصادر إن وزارة الزراعة لتنظيم الأسواق بدأت العمل.", "وزارة الزراعة")]
    [InlineData("ويسعى مجلس الشورى لإقرار النظام قبل نهاية العام.", "مجلس الشورى")]
    [InlineData("وأعلنت هيئة الموانئ للتعريف بخدماتها عن حملة جديدة.", "هيئة الموانئ")]
    [InlineData("وطالبت وزارة النقل والمواصلات لتسهيل الحركة بإغلاق الطريق.", "وزارة النقل والمواصلات")]
    public void A_construct_with_one_definite_noun_is_a_whole_name_and_a_lam_phrase_after_it_is_not_part_of_it(string sentence, string body)
    {
        var graph = Extract.Text(sentence);
        Assert.Equal(EntityType.Organization, graph.Entity(body)?.Type);
        Assert.DoesNotContain(graph.Entities, entity => entity.Mentions.Any(mention => mention.Text.StartsWith(body + " ", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("وقالت الهيئة الوطنية لحماية البيئة إن التلوث تراجع.", "الهيئة الوطنية لحماية البيئة")]
    [InlineData("وأعلن الاتحاد الآسيوي للكرة الطائرة موعد البطولة.", "الاتحاد الآسيوي للكرة الطائرة")]
    public void After_an_adjective_a_lam_phrase_still_names_the_body(string sentence, string body)
    {
        var graph = Extract.Text(sentence);
        Assert.Equal(EntityType.Organization, graph.Entity(body)?.Type);
    }

    [Theory]
    [InlineData("وأكد وكيل وزارة الزراعة للثروة الحيوانية سامي الفهد أن الموسم جيد.", "سامي الفهد", "وزارة الزراعة")]
    [InlineData("وقال وكيل وزارة الإسكان لشؤون التخطيط ماجد العتيبي إن المشروع اكتمل.", "ماجد العتيبي", "وزارة الإسكان")]
    public void A_deputy_s_portfolio_after_the_body_belongs_to_the_title_and_the_person_holds_a_role_in_the_body(string sentence, string person, string body)
    {
        var graph = Extract.Text(sentence);
        Assert.Equal(EntityType.Organization, graph.Entity(body)?.Type);
        Assert.NotNull(graph.Relation(RelationType.HoldsRole, person, body));
    }

    [Theory]
    [InlineData("وقال مدير مديرية الدفاع المدني بمنطقة جازان إن الحريق أخمد.", "مديرية الدفاع المدني بمنطقة جازان")]
    [InlineData("وأوضح مدير الشؤون الصحية بالأحساء أن المستشفى جاهز.", "الشؤون الصحية بالأحساء")]
    [InlineData("وأعلنت الشؤون الصحية بمحافظة جدة افتتاح مركز جديد.", "الشؤون الصحية بمحافظة جدة")]
    public void A_body_s_branch_is_named_by_the_region_or_city_it_serves_with_ba(string sentence, string body)
    {
        var graph = Extract.Text(sentence);
        var entity = graph.Entity(body);
        Assert.NotNull(entity);
        Assert.Equal(EntityType.Organization, entity.Type);
        Assert.DoesNotContain(graph.Entities, other => other.Type == EntityType.Organization && other.Mentions.Any(mention => mention.Text.EndsWith("بمنطقة", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_branch_s_head_keeps_the_place_it_serves_and_its_director_holds_a_role_there()
    {
        var graph = Extract.Text("وأكد مدير الشؤون الصحية بالطائف الدكتور خالد الحارثي أن الحالات قليلة.");
        Assert.NotNull(graph.Relation(RelationType.HoldsRole, "خالد الحارثي", "الشؤون الصحية بالطائف"));
    }

    [Theory]
    [InlineData("وقال الدكتور سلطان الشايع إن المشروع اكتمل.", "سلطان الشايع")]
    [InlineData("واستقبل الشيخ سلطان بن راشد النعيمي الوفد.", "سلطان بن راشد النعيمي")]
    [InlineData("وأكد المهندس أمير الحربي أن الطريق افتتح.", "أمير الحربي")]
    public void A_ruler_s_title_that_is_also_a_given_name_starts_the_name_after_a_title_or_before_a_connector(string sentence, string name)
    {
        var graph = Extract.Text(sentence);
        Assert.Equal(EntityType.Person, graph.Entity(name)?.Type);
    }

    [Fact]
    public void A_ruler_s_title_before_the_place_it_rules_stays_a_title()
    {
        var graph = Extract.Text("وقال أمير منطقة تبوك الأمير ماجد بن خالد إن الموسم ناجح.");
        Assert.NotNull(graph.Relation(RelationType.HoldsRole, "ماجد بن خالد", "منطقة تبوك"));
        Assert.DoesNotContain(graph.Entities, entity => entity.Mentions.Any(mention => mention.Text.StartsWith("أمير منطقة", StringComparison.Ordinal) && entity.Type == EntityType.Person && mention.Text == entity.Name));
    }

    [Theory]
    [InlineData("وأوضح أمين منطقة تبوك صالح الزهراني أن الطرق جاهزة.", "صالح الزهراني")]
    [InlineData("وقال المهندس خالد القاضي إن المشروع اكتمل.", "خالد القاضي")]
    [InlineData("وأكد العقيد سامي الشيخ أن الحادث وقع ليلا.", "سامي الشيخ")]
    public void A_given_name_and_a_family_name_after_a_title_phrase_are_read_even_when_the_words_are_also_ordinary_words_or_titles(string sentence, string name)
    {
        var graph = Extract.Text(sentence);
        Assert.Equal(EntityType.Person, graph.Entity(name)?.Type);
    }

    [Fact]
    public void The_preposition_spelled_with_alef_maqsura_after_a_title_is_not_a_given_name()
    {
        var graph = Extract.Text("وأقر المشرف العام على البعثة صرف المكافآت للاعبين.");
        Assert.DoesNotContain(graph.Entities, entity => entity.Type == EntityType.Person);
    }

    [Theory]
    [InlineData("وقال المستشار بالديوان الملكي الدكتور فهد السالم إن القرار صدر.", "فهد السالم", "الديوان الملكي")]
    [InlineData("وأوضح الباحث بمركز الدراسات البحرية سامي النجار أن التقرير جاهز.", "سامي النجار", "مركز الدراسات البحرية")]
    public void A_staff_title_with_ba_and_a_body_names_where_the_person_works(string sentence, string person, string body)
    {
        var graph = Extract.Text(sentence);
        Assert.NotNull(graph.Relation(RelationType.HoldsRole, person, body));
    }

    [Fact]
    public void A_leader_with_ba_and_a_body_is_what_the_clause_goes_on_to()
    {
        var graph = Extract.Text("وندد الرئيس سامي النجار بالحكومة الجديدة.");
        Assert.DoesNotContain(graph.Relations, relation => relation.Type == RelationType.HoldsRole
                                                         && graph.Entities.Single(entity => entity.Id == relation.Target).Type == EntityType.Organization);
    }
}
