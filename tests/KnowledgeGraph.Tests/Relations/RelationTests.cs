using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Relations;

/// <summary>Every relation type, each from a sentence written for the test.</summary>
public sealed class RelationTests
{
    private static Relation Found(DocumentGraph graph, RelationType type, string source, string target) =>
        graph.Relation(type, source, target) ?? throw new Xunit.Sdk.XunitException($"no {type.ToWire()} {source} -> {target}\n{graph.Describe()}");

    [Fact]
    public void Arriving_in_a_city_is_a_visit()
    {
        var graph = Extract.Text("وصل وزير الخارجية البرازيلي ماورو فييرا إلى الرياض يوم الأحد في زيارة رسمية.");
        Assert.Equal(RelationStatus.Occurred, Found(graph, RelationType.Visited, "ماورو فييرا", "الرياض").Status);
    }

    [Fact]
    public void A_visit_that_is_scheduled_is_planned()
    {
        var graph = Extract.Text("ومن المقرر أن يزور الرئيس الفرنسي إيمانويل ماكرون الجزائر الشهر المقبل.");
        Assert.Equal(RelationStatus.Planned, Found(graph, RelationType.Visited, "إيمانويل ماكرون", "الجزائر").Status);
    }

    [Theory]
    [InlineData("وسيزور المستشار الألماني أولاف شولتس الهند في الخريف.")]
    [InlineData("ويعتزم المستشار الألماني أولاف شولتس السفر إلى الهند في الخريف.")]
    [InlineData("وتحدثت الصحف عن الزيارة المرتقبة للمستشار الألماني أولاف شولتس إلى الهند.")]
    public void Future_intention_and_expectation_make_a_visit_planned(string sentence)
    {
        var graph = Extract.Text(sentence);
        Assert.Equal(RelationStatus.Planned, Found(graph, RelationType.Visited, "أولاف شولتس", "الهند").Status);
    }

    [Theory]
    [InlineData("يزور رئيس الوزراء الهندي ناريندرا مودي اليابان الشهر المقبل في جولة آسيوية.")]
    [InlineData("يزور رئيس الوزراء الهندي ناريندرا مودي اليابان يوم الأحد المقبل.")]
    public void A_present_tense_visit_with_a_future_time_is_planned(string sentence)
    {
        var graph = Extract.Text(sentence);
        Assert.Equal(RelationStatus.Planned, Found(graph, RelationType.Visited, "ناريندرا مودي", "اليابان").Status);
    }

    [Fact]
    public void A_meeting_in_the_coming_weeks_is_planned()
    {
        var graph = Extract.Text("وقال إنه سيبحث الملف عندما يلتقي مع نظيره الروسي سيرغي لافروف في قطر في الأسابيع المقبلة.");
        Assert.All(graph.Relations.Where(relation => relation.Type == RelationType.Met), relation => Assert.Equal(RelationStatus.Planned, relation.Status));
    }

    [Fact]
    public void A_title_right_after_a_name_is_that_persons_office()
    {
        var graph = Extract.Text("قال جون كيري وزير الخارجية الأمريكي إن الاتفاق يخدم مصالح بلاده.");
        var role = Found(graph, RelationType.HoldsRole, "جون كيري", "الولايات المتحدة");
        Assert.Equal("وزير الخارجية", role.Role);
    }

    [Fact]
    public void A_title_after_a_name_that_introduces_another_name_is_not_the_first_persons()
    {
        var graph = Extract.Text("التقى بوتين الرئيس الصيني شي جين بينغ في موسكو.");
        Assert.Null(graph.Relation(RelationType.HoldsRole, "بوتين", "الصين"));
        Found(graph, RelationType.HoldsRole, "شي جين بينغ", "الصين");
    }

    [Fact]
    public void A_bare_title_is_the_official_the_article_introduced_with_it_not_a_foreign_namesake()
    {
        var graph = Extract.Text(
            "استقبل أمير دولة قطر أمس معالي وزير الخارجية الأستاذ عادل بن أحمد الجبير.\n"
            + "وأقام وزير الخارجية بدولة قطر الدكتور خالد بن محمد العطية مأدبة عشاء تكريما له.\n"
            + "وكان معالي وزير الخارجية قد وصل إلى الدوحة في وقت سابق من يوم أمس.");
        Found(graph, RelationType.Visited, "عادل بن أحمد الجبير", "الدوحة");
        Assert.Null(graph.Relation(RelationType.Visited, "خالد بن محمد العطية", "الدوحة"));
    }

    [Fact]
    public void Companions_of_an_honorific_pronoun_accompany_the_person_it_stands_for()
    {
        var graph = Extract.Text(
            "وصل معالي وزير الخارجية الأستاذ عادل بن أحمد الجبير إلى الدوحة.\n"
            + "وقد رافق معاليه وكيل الوزارة الدكتور خالد الجندان، ورئيس الإدارة الإعلامية السفير أسامة نقلي.");
        Found(graph, RelationType.Accompanied, "خالد الجندان", "عادل بن أحمد الجبير");
        Found(graph, RelationType.Accompanied, "أسامة نقلي", "عادل بن أحمد الجبير");
    }

    [Fact]
    public void Those_who_attend_a_reception_meet_its_host_and_guest_and_are_where_it_is()
    {
        var graph = Extract.Text(
            "استقبل الرئيس التونسي الباجي قائد السبسي في قصر قرطاج أمس رئيس الوزراء الإيطالي ماتيو رينزي.\n"
            + "وتناول اللقاء العلاقات الثنائية.\n"
            + "حضر الاستقبال وزير الخارجية خميس الجهيناوي، ومدير الديوان الرئاسي رضا بلحاج.");
        foreach (var attendee in new[] { "خميس الجهيناوي", "رضا بلحاج" })
        {
            Found(graph, RelationType.Met, attendee, "الباجي قائد السبسي");
            Found(graph, RelationType.Met, attendee, "ماتيو رينزي");
            Found(graph, RelationType.Visited, attendee, "قصر قرطاج");
        }
        Assert.Null(graph.Relation(RelationType.Met, "خميس الجهيناوي", "رضا بلحاج"));
    }

    [Fact]
    public void Those_who_attend_a_reception_of_unnamed_guests_meet_the_host_there()
    {
        var graph = Extract.Text(
            "استقبل أمير منطقة القصيم الأمير فيصل بن مشعل – حفظه الله – في قصر التوحيد أمس المشايخ والأعيان وجموعا من المواطنين.\n"
            + "وحضر الاستقبال وكيل الإمارة الدكتور عبدالرحمن الوزان.");
        Found(graph, RelationType.Visited, "فيصل بن مشعل", "قصر التوحيد");
        Found(graph, RelationType.Met, "عبدالرحمن الوزان", "فيصل بن مشعل");
        Found(graph, RelationType.Visited, "عبدالرحمن الوزان", "قصر التوحيد");
    }

    [Theory]
    [InlineData("", "وحضر المؤتمر الصحفي وزير الخارجية خميس الجهيناوي.")]
    [InlineData("وأكد الجانبان أهمية التعاون.\nوتحدث عن الاقتصاد.\nثم عن الأمن.\nوعن الهجرة.\nوعن التجارة.\nوعن السياحة.\nوعن التعليم.\n", "وحضر الاجتماع وزير الخارجية خميس الجهيناوي.")]
    public void Attending_another_event_or_one_reported_long_before_meets_no_one(string between, string attendance)
    {
        var graph = Extract.Text(
            "التقى الرئيس التونسي الباجي قائد السبسي أمس رئيس الوزراء الإيطالي ماتيو رينزي.\n" + between + attendance);
        Assert.NotNull(graph.Entity("خميس الجهيناوي"));
        Assert.Null(graph.Relation(RelationType.Met, "خميس الجهيناوي", "الباجي قائد السبسي"));
        Assert.Null(graph.Relation(RelationType.Met, "خميس الجهيناوي", "ماتيو رينزي"));
    }

    [Fact]
    public void Attending_the_meeting_just_reported_meets_those_who_met()
    {
        var graph = Extract.Text(
            "التقى الرئيس التونسي الباجي قائد السبسي أمس رئيس الوزراء الإيطالي ماتيو رينزي.\nوحضر اللقاء وزير الخارجية خميس الجهيناوي.");
        Found(graph, RelationType.Met, "خميس الجهيناوي", "الباجي قائد السبسي");
        Found(graph, RelationType.Met, "خميس الجهيناوي", "ماتيو رينزي");
    }

    [Theory]
    [InlineData("استقبل الرئيس التونسي الباجي قائد السبسي في قصر قرطاج أمس رئيس الوزراء الإيطالي ماتيو رينزي بحضور وزير الخارجية خميس الجهيناوي.")]
    [InlineData("استقبل الرئيس التونسي الباجي قائد السبسي في قصر قرطاج أمس رئيس الوزراء الإيطالي ماتيو رينزي، وذلك بحضور وزير الخارجية خميس الجهيناوي.")]
    public void Those_present_at_a_reception_meet_its_host_and_guest_and_are_where_it_is(string sentence)
    {
        var graph = Extract.Text(sentence);
        Found(graph, RelationType.Met, "خميس الجهيناوي", "الباجي قائد السبسي");
        Found(graph, RelationType.Met, "خميس الجهيناوي", "ماتيو رينزي");
        Found(graph, RelationType.Visited, "خميس الجهيناوي", "قصر قرطاج");
    }

    [Fact]
    public void Those_present_at_an_opening_meet_the_one_who_opens_it_where_it_is()
    {
        var graph = Extract.Text("افتتح أمين منطقة الرياض المهندس صالح العثيمين في مركز المعارض أمس معرض الكتاب، بحضور مدير التعليم سعد الفهيد ومدير الشرطة نايف المطيري.");
        foreach (var attendee in new[] { "سعد الفهيد", "نايف المطيري" })
        {
            Found(graph, RelationType.Met, attendee, "صالح العثيمين");
        }
    }

    [Fact]
    public void The_coming_of_someone_with_no_one_before_it_attends_nothing()
    {
        var graph = Extract.Text("وقد تفاجأنا بعد ذلك بحضور المعلم حمدان العويضي بنفسه.");
        Assert.DoesNotContain(graph.Relations, relation => relation.Type == RelationType.Met);
    }

    [Theory]
    [InlineData("وضمت البعثة برئاسة مدير الفريق سامي الجابر، اللاعبين ياسر القحطاني ومحمد الشلهوب.")]
    [InlineData("ويتكون الوفد برئاسة مدير الفريق سامي الجابر من اللاعبين ياسر القحطاني ومحمد الشلهوب.")]
    public void Members_of_a_mission_accompany_the_one_who_heads_it(string sentence)
    {
        var graph = Extract.Text("وصلت بعثة الفريق أمس إلى النمسا.\n" + sentence);
        Found(graph, RelationType.Accompanied, "ياسر القحطاني", "سامي الجابر");
        Found(graph, RelationType.Accompanied, "محمد الشلهوب", "سامي الجابر");
    }

    [Fact]
    public void A_receiving_line_receives_the_guest_and_those_also_there_meet_the_guest_only()
    {
        var graph = Extract.Text(
            "وصل رئيس الوزراء الإيطالي ماتيو رينزي إلى تونس أمس.\n"
            + "وكان في استقباله وزير الخارجية خميس الجهيناوي، ووزير الدفاع فرحات الحرشاني، ومحافظ العاصمة عمر منصور.\n"
            + "كما كان في الاستقبال الملحق العسكري الإيطالي العقيد سامي الطرابلسي.");
        foreach (var receiver in new[] { "خميس الجهيناوي", "فرحات الحرشاني", "عمر منصور", "سامي الطرابلسي" })
        {
            Found(graph, RelationType.Met, receiver, "ماتيو رينزي");
        }
        Assert.Null(graph.Relation(RelationType.Met, "سامي الطرابلسي", "خميس الجهيناوي"));
    }

    [Fact]
    public void Those_taking_part_in_a_meeting_meet_one_another_where_it_is_held()
    {
        var graph = Extract.Text("وجاء ذلك خلال اجتماع مجلس الجامعة العربية أمس في القاهرة، بمشاركة وزير الخارجية الأردني أيمن الصفدي، ووزير الخارجية المصري سامح شكري.");
        Found(graph, RelationType.Met, "أيمن الصفدي", "سامح شكري");
        Found(graph, RelationType.Visited, "أيمن الصفدي", "القاهرة");
        Found(graph, RelationType.Visited, "سامح شكري", "القاهرة");
    }

    [Fact]
    public void Taking_part_in_a_conference_is_not_a_meeting()
    {
        var graph = Extract.Text("وانطلقت أعمال المؤتمر الدولي للطاقة أمس في القاهرة، بمشاركة وزير الخارجية الأردني أيمن الصفدي، ووزير الخارجية المصري سامح شكري.");
        Assert.Null(graph.Relation(RelationType.Met, "أيمن الصفدي", "سامح شكري"));
    }

    [Theory]
    [InlineData("وأوضح المشرف العام على مركز الملك سلمان للإغاثة الدكتور عبدالله الربيعة أن القافلة وصلت.", "عبدالله الربيعة", "مركز الملك سلمان للإغاثة", "المشرف العام")]
    [InlineData("وقال المستشار في الديوان الملكي فهد العيسى إن الوفد وصل.", "فهد العيسى", "الديوان الملكي", "المستشار")]
    [InlineData("وقالت مفوضة الشؤون الخارجية بالاتحاد الأوروبي كايا كالاس إن الحوار مستمر.", "كايا كالاس", "الاتحاد الأوروبي", "مفوضة الشؤون الخارجية")]
    public void A_supervisor_adviser_or_commissioner_holds_a_role_in_the_body_named(string sentence, string person, string body, string role)
    {
        var graph = Extract.Text(sentence);
        Assert.Equal(role, Found(graph, RelationType.HoldsRole, person, body).Role);
    }

    [Theory]
    [InlineData("وحضر الاجتماع وزير الخارجية الألماني يوهان فادفول، والإيطالي أنطونيو تاياني، والإسباني خوسيه ألباريس.", "أنطونيو تاياني", "إيطاليا")]
    [InlineData("وحضر الاجتماع وزير الخارجية الألماني يوهان فادفول، والإيطالي أنطونيو تاياني، والإسباني خوسيه ألباريس.", "خوسيه ألباريس", "إسبانيا")]
    [InlineData("وتصافح الرئيسان الكيني وليام روتو والتنزاني سامية حسن.", "سامية حسن", "تنزانيا")]
    public void A_nationality_after_wa_shares_the_title_of_the_person_before(string sentence, string person, string country)
    {
        var graph = Extract.Text(sentence);
        Found(graph, RelationType.HoldsRole, person, country);
    }

    [Fact]
    public void A_nationality_after_wa_without_a_name_shares_no_title()
    {
        var graph = Extract.Text("وقال وزير الخارجية الألماني يوهان فادفول والإيطالي إن الحوار مستمر.");
        Assert.DoesNotContain(graph.Relations, relation => relation.Type == RelationType.HoldsRole && relation.Target == "italy");
    }

    [Theory]
    [InlineData("واجتمع مجلس إدارة شركة النخيل للتطوير أمس في جدة برئاسة المهندس سامي العتيبي.", "سامي العتيبي", "مجلس إدارة شركة النخيل للتطوير")]
    [InlineData("واجتمعت هيئة تطوير المدينة أمس برئاسة الدكتور خالد الفهيد.", "خالد الفهيد", "هيئة تطوير المدينة")]
    public void The_person_after_birii_asa_chairs_the_body_the_clause_names_before(string sentence, string person, string body)
    {
        var graph = Extract.Text(sentence);
        Assert.Equal("رئيس", Found(graph, RelationType.HoldsRole, person, body).Role);
    }

    [Fact]
    public void A_delegation_between_the_body_and_birii_asa_is_what_the_person_chairs()
    {
        var graph = Extract.Text("ووصل وفد من هيئة تطوير المدينة برئاسة الدكتور خالد الفهيد إلى الرياض.");
        Assert.Null(graph.Relation(RelationType.HoldsRole, "خالد الفهيد", "هيئة تطوير المدينة"));
    }

    [Theory]
    [InlineData("وقالت المدعية العامة للمحكمة الجنائية الدولية كريستين فان دير بيرغ إن التحقيق مستمر.", "كريستين فان دير بيرغ", "المحكمة الجنائية الدولية")]
    [InlineData("وأعلنت المديرة العامة لمنظمة الصحة العالمية ماريا كوستا أن الوباء انحسر.", "ماريا كوستا", "منظمة الصحة العالمية")]
    public void A_feminine_general_title_holds_a_role_in_the_body_after_it(string sentence, string person, string body)
    {
        var graph = Extract.Text(sentence);
        Found(graph, RelationType.HoldsRole, person, body);
    }

    [Theory]
    [InlineData("وأكد مدير الأمن العام الفريق سعد الغامدي أن الخطة نجحت.", "سعد الغامدي", "الأمن العام")]
    [InlineData("وقال رئيس المحكمة العليا الشيخ حمد الزامل إن القضية حسمت.", "حمد الزامل", "المحكمة العليا")]
    public void A_head_of_a_state_body_named_by_its_head_alone_holds_a_role_in_it(string sentence, string person, string body)
    {
        var graph = Extract.Text(sentence);
        Found(graph, RelationType.HoldsRole, person, body);
    }

    [Fact]
    public void An_office_and_name_after_a_comma_is_the_next_person_of_a_list_not_an_apposition()
    {
        var graph = Extract.Text(
            "وصل رئيس الوزراء الأردني عبدالله النسور إلى الكويت أمس.\n"
            + "ويضم الوفد المرافق لرئيس الوزراء، المستشار في الديوان الملكي أيمن الصفدي والمستشار في الديوان الملكي جعفر حسان.");
        Found(graph, RelationType.Accompanied, "أيمن الصفدي", "عبدالله النسور");
        Found(graph, RelationType.Accompanied, "جعفر حسان", "عبدالله النسور");
        Assert.Null(graph.Relation(RelationType.Accompanied, "جعفر حسان", "أيمن الصفدي"));
    }

    [Fact]
    public void A_farewell_party_named_with_its_guest_meets_the_guest_at_the_place_of_departure()
    {
        var graph = Extract.Text(
            "غادر رئيس الوزراء الإيطالي ماتيو رينزي تونس أمس.\n"
            + "وكان في وداع رئيس الوزراء ماتيو رينزي لدى مغادرته مطار قرطاج الدولي وزير الخارجية خميس الجهيناوي، ووزير الدفاع فرحات الحرشاني.");
        foreach (var official in new[] { "خميس الجهيناوي", "فرحات الحرشاني" })
        {
            Found(graph, RelationType.Met, official, "ماتيو رينزي");
            Found(graph, RelationType.Visited, official, "مطار قرطاج الدولي");
        }
        Found(graph, RelationType.Visited, "ماتيو رينزي", "مطار قرطاج الدولي");
    }

    [Fact]
    public void A_reception_in_a_room_of_a_named_palace_is_at_the_palace()
    {
        var graph = Extract.Text("استقبل الرئيس التونسي الباجي قائد السبسي في مكتبه بقصر قرطاج أمس رئيس الوزراء الإيطالي ماتيو رينزي.\nحضر الاستقبال وزير الخارجية خميس الجهيناوي.");
        foreach (var person in new[] { "الباجي قائد السبسي", "ماتيو رينزي", "خميس الجهيناوي" })
        {
            Found(graph, RelationType.Visited, person, "قصر قرطاج");
        }
    }

    [Fact]
    public void Talks_with_a_time_set_off_by_commas_meet_and_are_at_the_place_named()
    {
        var graph = Extract.Text("أجرى وزير الخارجية الأردني أيمن الصفدي مباحثات، أمس، مع وزير الخارجية الإيطالي أنطونيو تاياني في العاصمة روما.");
        Found(graph, RelationType.Met, "أيمن الصفدي", "أنطونيو تاياني");
        Found(graph, RelationType.Visited, "أيمن الصفدي", "روما");
        Found(graph, RelationType.Visited, "أنطونيو تاياني", "روما");
    }

    [Fact]
    public void The_antecedent_of_a_relative_pronoun_is_the_subject_of_its_verb()
    {
        var graph = Extract.Text("وتتواصل المحادثات بين باريس التي تتهم الحكومة الإيرانية باحتجاز رعاياها، وطهران التي تنفي ذلك.");
        Found(graph, RelationType.Accused, "فرنسا", "إيران");
        Assert.Null(graph.Relation(RelationType.Accused, "إيران", "فرنسا"));
    }

    [Theory]
    [InlineData("وقال مهاجم نادي الاتحاد فهد المولد إن الفريق جاهز للموسم.", "فهد المولد", "نادي الاتحاد", "مهاجم")]
    [InlineData("وأكد مؤسس شركة أرامكس فادي غندور أن الشركة توسعت.", "فادي غندور", "شركة أرامكس", "مؤسس")]
    public void A_players_position_or_a_founder_is_a_role_in_the_body_named(string sentence, string person, string body, string role)
    {
        var graph = Extract.Text(sentence);
        Assert.Equal(role, Found(graph, RelationType.HoldsRole, person, body).Role);
    }

    [Fact]
    public void Where_a_charge_was_made_set_off_by_a_comma_does_not_hide_the_accused()
    {
        var graph = Extract.Text("واتهمت وزارة الخارجية الفرنسية في بيان أصدرته مساء أمس، الحكومة الإيرانية باحتجاز رعايا فرنسيين.");
        Found(graph, RelationType.Accused, "وزارة الخارجية الفرنسية", "إيران");
    }

    [Theory]
    [InlineData("وجاء ذلك خلال اجتماعه في بغداد السبت الماضي برئيس الوزراء العراقي حيدر العبادي.", "بغداد")]
    [InlineData("وقال إنه سيبحث الملف عندما يلتقي رئيس الوزراء العراقي حيدر العبادي في قطر.", "قطر")]
    public void People_who_meet_at_a_place_are_there(string sentence, string place)
    {
        var graph = Extract.Text("الجنرال الأمريكي مارتن ديمبسي يزور المنطقة\nوقال الجنرال مارتن ديمبسي إن القوات جاهزة.\n" + sentence);
        Found(graph, RelationType.Visited, "حيدر العبادي", place);
    }

    [Fact]
    public void One_party_then_a_charge_is_the_accused_of_the_person_the_text_is_about()
    {
        var graph = Extract.Text(
            "الرئيس التركي رجب طيب أردوغان يتحدث للصحفيين\nوقال الرئيس التركي رجب طيب أردوغان إن بلاده ستواصل عملياتها.\n"
            + "كما اتهم حزب العمال الكردستاني وتنظيم داعش بأن مصلحتهما واحدة في إضعاف الدولة التركية.");
        Found(graph, RelationType.Accused, "رجب طيب أردوغان", "حزب العمال الكردستاني");
        Found(graph, RelationType.Accused, "رجب طيب أردوغان", "تنظيم داعش");
    }

    [Fact]
    public void A_dual_subject_before_the_verb_met_each_other_and_the_one_they_met_with()
    {
        var graph = Extract.Text(
            "وزير الخارجية السعودي عادل الجبير يلتقي نظيره الروسي سيرغي لافروف\n"
            + "وكان الوزيران التقيا في قطر في آب الماضي خلال اجتماع ثلاثي مع نظيرهما الأمريكي جون كيري.");
        Found(graph, RelationType.Met, "عادل الجبير", "سيرغي لافروف");
        Found(graph, RelationType.Met, "عادل الجبير", "جون كيري");
        Found(graph, RelationType.Met, "سيرغي لافروف", "جون كيري");
        Found(graph, RelationType.Visited, "جون كيري", "قطر");
    }

    [Theory]
    [InlineData("وفسخ النادي عقد مدربه الروماني فيكتور بيتوركا وتعاقد مع مواطنه لازلو بولوني.")]
    [InlineData("وأجرى الرئيس الأمريكي باراك أوباما اتصالا هاتفيا بالرئيس الفرنسي فرانسوا هولاند.")]
    [InlineData("بينما تزعم حزب الدعوة نوري المالكي.")]
    public void Contracts_calls_and_leading_a_party_are_neither_meetings_nor_accusations(string sentence)
    {
        var graph = Extract.Text(sentence);
        Assert.DoesNotContain(graph.Relations, relation => relation.Type is RelationType.Met or RelationType.Accused);
    }

    [Fact]
    public void An_ambassador_of_the_custodian_of_the_two_holy_mosques_serves_saudi_arabia_not_his_host()
    {
        var graph = Extract.Text("حضر اللقاء سفير خادم الحرمين الشريفين لدى المملكة الأردنية الدكتور سامي الصالح.\nوتربط المملكة العربية السعودية والأردن علاقات وثيقة.");
        Found(graph, RelationType.HoldsRole, "سامي الصالح", "المملكة العربية السعودية");
        Assert.Null(graph.Relation(RelationType.HoldsRole, "سامي الصالح", "الأردن"));
    }

    [Fact]
    public void A_chain_of_titles_after_bi_belongs_to_the_one_person_met()
    {
        var graph = Extract.Text("وقال الجنرال الأمريكي مارتن ديمبسي خلال اجتماعه في بغداد السبت الماضي برئيس الوزراء القائد العام للقوات المسلحة حيدر العبادي ووزير الدفاع خالد العبيدي.");
        Found(graph, RelationType.Met, "مارتن ديمبسي", "حيدر العبادي");
        Found(graph, RelationType.Met, "مارتن ديمبسي", "خالد العبيدي");
        Found(graph, RelationType.Visited, "حيدر العبادي", "بغداد");
    }

    [Fact]
    public void A_denial_of_what_a_body_said_answers_that_body()
    {
        var graph = Extract.Text("وقال معهد العلوم والأمن الدولي ومقره الولايات المتحدة إن إيران ربما كانت تطهر الموقع.\nونفى رئيس البرلمان الإيراني علي لاريجاني ما قاله المعهد أيضا.");
        Found(graph, RelationType.Denied, "علي لاريجاني", "معهد العلوم والأمن الدولي");
    }

    [Fact]
    public void A_meeting_that_brings_people_together_is_a_meeting_of_each_pair()
    {
        var graph = Extract.Text("وأعلن بوغدانوف أن لقاء ثلاثيا سيعقد في الدوحة اليوم يضم وزير الخارجية الروسي سيرغي لافروف مع نظيره الأميركي جون كيري.");
        var met = Found(graph, RelationType.Met, "سيرغي لافروف", "جون كيري");
        Assert.Equal(RelationStatus.Planned, met.Status);
        Assert.Null(graph.Relation(RelationType.Met, "بوغدانوف", "سيرغي لافروف"));
    }

    [Fact]
    public void A_headline_in_the_present_does_not_outvote_a_body_that_says_planned()
    {
        var graph = Extract.Text("الرئيس الفرنسي إيمانويل ماكرون يزور الجزائر\nومن المقرر أن يزور الرئيس الفرنسي إيمانويل ماكرون الجزائر الأسبوع المقبل.");
        Assert.Equal(RelationStatus.Planned, Found(graph, RelationType.Visited, "إيمانويل ماكرون", "الجزائر").Status);
    }

    [Fact]
    public void The_adviser_of_a_known_leader_is_not_the_leader()
    {
        var graph = Extract.Text("فيما قال ولايتي مستشار خامنئي إن أمريكا تريد التفاوض مع طهران.");
        Assert.DoesNotContain(graph.Relations, relation => relation.Type == RelationType.HoldsRole && relation.Source == "ali_khamenei");
    }

    [Fact]
    public void An_unresolved_title_after_the_first_person_is_the_one_met_so_the_first_is_the_subject()
    {
        var graph = Extract.Text("وقال وزير الخارجية الإيراني محمد جواد ظريف إن الاتفاق جيد.\nوقال ظريف إن بلاده ملتزمة.\nفيما التقى وزير الدفاع الأمريكي أشتون كارتر في القدس رئيس الوزراء الإسرائيلي.");
        Assert.DoesNotContain(graph.Relations, relation => relation.Type == RelationType.Met);
    }

    [Fact]
    public void Given_and_family_name_are_the_person_named_in_full()
    {
        var graph = Extract.Text("وقال أمين الأحساء المهندس عادل بن محمد الملحم إن المشروع اكتمل.\nوالتقى عادل الملحم بعضو الفريق الدكتور بدر الجضعي.");
        Assert.Single(graph.Entities, entity => entity.Type == EntityType.Person && entity.NameAr.Contains("الملحم", StringComparison.Ordinal));
    }

    [Fact]
    public void Who_holds_a_summit_somewhere_is_there()
    {
        var graph = Extract.Text("عندما عقد الرئيس الأمريكي باراك أوباما أول قمة له لأمن الفضاء الإلكتروني في وادي السيليكون في شباط.");
        Found(graph, RelationType.Visited, "باراك أوباما", "وادي السيليكون");
    }

    [Fact]
    public void People_named_between_a_light_verb_and_a_meeting_noun_met()
    {
        var graph = Extract.Text("وأجرى الرئيس التركي رجب طيب أردوغان والرئيس الروسي فلاديمير بوتين لقاء مطولا في حزيران.");
        Found(graph, RelationType.Met, "رجب طيب أردوغان", "فلاديمير بوتين");
    }

    [Fact]
    public void A_past_visit_last_month_stays_occurred()
    {
        var graph = Extract.Text("زار رئيس الوزراء الهندي ناريندرا مودي اليابان الشهر الماضي.");
        Assert.Equal(RelationStatus.Occurred, Found(graph, RelationType.Visited, "ناريندرا مودي", "اليابان").Status);
    }

    [Fact]
    public void A_describing_noun_before_the_place_does_not_hide_the_destination()
    {
        var graph = Extract.Text("زار الرئيس الفرنسي إيمانويل ماكرون العاصمة المغربية الرباط يوم الأحد.");
        Found(graph, RelationType.Visited, "إيمانويل ماكرون", "الرباط");
        Assert.Null(graph.Relation(RelationType.Visited, "إيمانويل ماكرون", "المغرب"));
    }

    [Fact]
    public void A_negated_visit_is_no_visit()
    {
        var graph = Extract.Text("ولم يزر الرئيس الكيني ويليام روتو مقديشو منذ عامين.");
        Assert.Null(graph.Relation(RelationType.Visited, "ويليام روتو", "مقديشو"));
    }

    [Fact]
    public void Leaving_a_place_is_not_a_visit_to_it_but_the_destination_is()
    {
        var graph = Extract.Text("وغادر الرئيس التركي رجب طيب أردوغان أنقرة متوجها إلى باكو.");
        Assert.Null(graph.Relation(RelationType.Visited, "رجب طيب أردوغان", "أنقرة"));
        Found(graph, RelationType.Visited, "رجب طيب أردوغان", "باكو");
    }

    [Fact]
    public void The_word_for_ministry_is_not_a_visit()
    {
        var graph = Extract.Text("وقالت وزارة الخارجية الكينية إن الوزير سيغادر غدا.");
        Assert.DoesNotContain(graph.Relations, relation => relation.Type == RelationType.Visited);
    }

    [Fact]
    public void A_meeting_is_met_and_both_are_at_its_place()
    {
        var graph = Extract.Text("والتقى وزير الخارجية السعودي فيصل بن فرحان نظيره الإيراني حسين أمير عبداللهيان في بكين.");
        Assert.Equal(RelationStatus.Occurred, Found(graph, RelationType.Met, "فيصل بن فرحان", "حسين أمير عبداللهيان").Status);
        Found(graph, RelationType.Visited, "فيصل بن فرحان", "بكين");
        Found(graph, RelationType.Visited, "حسين أمير عبداللهيان", "بكين");
    }

    [Fact]
    public void Receiving_someone_is_meeting_him()
    {
        var graph = Extract.Text("واستقبل الملك عبدالله الثاني الرئيس الفلسطيني محمود عباس.");
        Found(graph, RelationType.Met, "عبدالله الثاني", "محمود عباس");
    }

    [Fact]
    public void Those_at_a_reception_meet_the_guest_it_names()
    {
        var graph = Extract.Text("خبر\nوصل الرئيس الغاني نانا أكوفو أدو إلى أبوجا أمس.\nوكان في استقباله نائب الرئيس النيجيري كاشيم شيتيما.");
        Found(graph, RelationType.Met, "كاشيم شيتيما", "نانا أكوفو أدو");
    }

    [Fact]
    public void A_delegation_lists_who_accompanies_its_head()
    {
        var graph = Extract.Text("ويضم وفد الرئيس التركي رجب طيب أردوغان وزير الخارجية هاكان فيدان ورئيس المخابرات إبراهيم قالن.");
        Found(graph, RelationType.Accompanied, "هاكان فيدان", "رجب طيب أردوغان");
        Found(graph, RelationType.Accompanied, "إبراهيم قالن", "رجب طيب أردوغان");
    }

    [Fact]
    public void Being_accompanied_by_someone_is_accompanied()
    {
        var graph = Extract.Text("ووصل الرئيس الصومالي حسن شيخ محمود إلى نيروبي برفقة وزير الدفاع عبد القادر محمد نور.");
        Found(graph, RelationType.Accompanied, "عبد القادر محمد نور", "حسن شيخ محمود");
    }

    [Fact]
    public void A_charge_ends_where_another_party_starts_a_clause_of_its_own()
    {
        var graph = Extract.Text("باماكو تتهم باريس بدعم جماعات مسلحة والخارجية الفرنسية تنفي");
        var accused = Found(graph, RelationType.Accused, "مالي", "فرنسا");
        Assert.Equal("دعم جماعات مسلحة", accused.Charge);
        Found(graph, RelationType.Denied, "وزارة الخارجية الفرنسية", "مالي");
    }

    [Fact]
    public void An_accusation_names_its_charge()
    {
        var graph = Extract.Text("واتهمت إيران إسرائيل باغتيال عالم نووي قرب طهران.");
        var accused = Found(graph, RelationType.Accused, "إيران", "إسرائيل");
        Assert.StartsWith("اغتيال", accused.Charge);
    }

    [Fact]
    public void A_denial_answers_the_accuser_of_the_claim_it_denies()
    {
        var graph = Extract.Text("خبر\nواتهمت إيران إسرائيل باغتيال عالم نووي.\nونفت إسرائيل هذه الاتهامات.");
        Found(graph, RelationType.Denied, "إسرائيل", "إيران");
    }

    [Fact]
    public void A_denial_of_what_a_named_source_said_answers_that_source()
    {
        var graph = Extract.Text("ونفى المتحدث باسم الحكومة الإثيوبية ليغيسي تولو ما قالته منظمة العفو الدولية.");
        Found(graph, RelationType.Denied, "ليغيسي تولو", "منظمة العفو الدولية");
    }

    [Fact]
    public void A_warning_to_a_party_is_warned()
    {
        var graph = Extract.Text("وحذرت الولايات المتحدة كوريا الشمالية من إجراء تجربة نووية جديدة.");
        Found(graph, RelationType.Warned, "الولايات المتحدة", "كوريا الشمالية");
    }

    [Fact]
    public void A_warning_about_what_parties_may_do_is_warned_about_them()
    {
        var graph = Extract.Text("وحذر الاتحاد الأوروبي من أن روسيا وبيلاروسيا قد تصعدان الضغط على الحدود.");
        Found(graph, RelationType.Warned, "الاتحاد الأوروبي", "روسيا");
        Found(graph, RelationType.Warned, "الاتحاد الأوروبي", "بيلاروسيا");
    }

    [Fact]
    public void A_capital_acting_for_its_government_is_the_state_in_a_relation()
    {
        var graph = Extract.Text("وحذرت موسكو كييف من أي هجوم جديد.");
        var relation = Assert.Single(graph.Relations, item => item.Type == RelationType.Warned);
        Assert.Equal("russia", relation.Source);
        Assert.Equal("ukraine", relation.Target);
    }

    [Theory]
    [InlineData("وقال وزير الزراعة الكيني جون موسى إن المحصول تحسن.", "جون موسى", "kenya", "وزير الزراعة")]
    [InlineData("وقال ويليام روتو، رئيس كينيا، إن الاقتصاد تحسن.", "ويليام روتو", "kenya", "رئيس")]
    [InlineData("وقال الرئيس الأمريكي السابق باراك أوباما إن الديمقراطية في خطر.", "باراك أوباما", "united_states", "الرئيس السابق")]
    public void A_title_gives_an_office_in_a_country(string sentence, string person, string country, string role)
    {
        var graph = Extract.Text(sentence);
        var holder = graph.Entity(person)!;
        var relation = Assert.Single(graph.Relations, item => item.Type == RelationType.HoldsRole && item.Source == holder.Id);
        Assert.Equal(country, relation.Target);
        Assert.Equal(role, relation.Role);
    }

    [Fact]
    public void A_spokesperson_holds_a_role_in_the_body_named()
    {
        var graph = Extract.Text("وقالت المتحدثة باسم وزارة الخارجية الكينية كاريوكي مواورا إن السفارة ستفتح.");
        var holder = graph.Entity("كاريوكي مواورا")!;
        var relation = Assert.Single(graph.Relations, item => item.Type == RelationType.HoldsRole && item.Source == holder.Id);
        Assert.Equal(EntityType.Organization, graph.Entities.Single(entity => entity.Id == relation.Target).Type);
    }

    [Fact]
    public void A_counterpart_takes_the_title_of_the_one_it_is_counterpart_to()
    {
        var graph = Extract.Text("والتقى وزير الخارجية السعودي فيصل بن فرحان نظيره الإيراني حسين أمير عبداللهيان.");
        var relation = Found(graph, RelationType.HoldsRole, "حسين أمير عبداللهيان", "الإيراني");
        Assert.Equal("iran", relation.Target);
        Assert.Equal("وزير الخارجية", relation.Role);
    }

    [Fact]
    public void Relative_days_are_resolved_against_the_article_date()
    {
        var graph = Extract.Text("خبر\nوصل الرئيس الغاني نانا أكوفو أدو إلى أبوجا أمس.", date: new DateOnly(2024, 3, 12));
        Assert.Equal("2024-03-11", Found(graph, RelationType.Visited, "نانا أكوفو أدو", "أبوجا").Date);
    }

    [Fact]
    public void A_weekday_in_a_plan_is_the_next_one()
    {
        var graph = Extract.Text("خبر\nومن المتوقع أن يصل الرئيس الغاني نانا أكوفو أدو إلى أبوجا الخميس.", date: new DateOnly(2024, 3, 12));
        var relation = Found(graph, RelationType.Visited, "نانا أكوفو أدو", "أبوجا");
        Assert.Equal(RelationStatus.Planned, relation.Status);
        Assert.Equal("2024-03-14", relation.Date);
    }

    [Theory]
    [InlineData("وبحث وزير الخارجية الأردني أيمن الصفدي مع ماركو بيانكي وزير الخارجية الإيطالي العلاقات الثنائية.", "ماركو بيانكي", "إيطاليا")]
    [InlineData("واتفق الوزير مع بيتر شميت وزير الاقتصاد الألماني على مواصلة الحوار.", "بيتر شميت", "ألمانيا")]
    public void An_office_right_after_a_name_found_by_its_given_name_is_that_persons(string sentence, string person, string country)
    {
        var graph = Extract.Text(sentence);
        Found(graph, RelationType.HoldsRole, person, country);
    }

    [Fact]
    public void An_office_followed_by_another_name_is_not_the_office_of_the_name_before_it()
    {
        var graph = Extract.Text("واستقبل ماركو بيانكي الرئيس الفرنسي فرانسوا هولاند في روما.");
        Found(graph, RelationType.HoldsRole, "فرانسوا هولاند", "فرنسا");
        Assert.Null(graph.Relation(RelationType.HoldsRole, "ماركو بيانكي", "فرنسا"));
    }

    [Theory]
    [InlineData("وزار الأمير خالد الفيصل مقر الدفاع المدني في مدينة جدة.", "خالد الفيصل", "جدة")]
    [InlineData("ومن المقرر أن يزور رئيس الوزراء الأردني عبدالله النسور قاعدة عسكرية في الكرك.", "عبدالله النسور", "الكرك")]
    public void Visiting_an_unnamed_site_is_a_visit_to_the_place_it_is_in(string sentence, string person, string place)
    {
        var graph = Extract.Text(sentence);
        Found(graph, RelationType.Visited, person, place);
    }

    [Fact]
    public void A_site_whose_name_ends_in_its_city_gives_the_city_too()
    {
        var graph = Extract.Text("وتفقد وزير الصحة السعودي توفيق الربيعة المصابين في مستشفى الملك فهد بجدة.");
        Found(graph, RelationType.Visited, "توفيق الربيعة", "جدة");
        Assert.Contains(graph.Relations, relation => relation.Type == RelationType.Visited && relation.Target != "jeddah");
    }

    [Theory]
    [InlineData("وقال أيمن الصفدي خلال لقائه الرئيس الروسي فلاديمير بوتين في سوتشي إن البلدين متفقان.")]
    [InlineData("وأكد أيمن الصفدي خلال لقائه أمس الرئيس الروسي فلاديمير بوتين في سوتشي أن العلاقات قوية.")]
    public void A_meeting_noun_with_a_pronoun_agent_meets_the_person_right_after_it(string sentence)
    {
        var graph = Extract.Text(sentence);
        Found(graph, RelationType.Met, "أيمن الصفدي", "فلاديمير بوتين");
        Found(graph, RelationType.Visited, "أيمن الصفدي", "سوتشي");
        Found(graph, RelationType.Visited, "فلاديمير بوتين", "سوتشي");
    }

    [Theory]
    [InlineData("وألقى الرئيس المصري عبدالفتاح السيسي كلمة في مدينة الإسكندرية أمس.")]
    [InlineData("جاء ذلك في الكلمة التي ألقاها الرئيس المصري عبدالفتاح السيسي أمس في مدينة الإسكندرية.")]
    public void Who_delivers_a_speech_is_where_it_is_given(string sentence)
    {
        var graph = Extract.Text(sentence);
        Found(graph, RelationType.Visited, "عبدالفتاح السيسي", "الإسكندرية");
    }

    [Fact]
    public void Throwing_without_a_speech_noun_is_no_visit()
    {
        var graph = Extract.Text("وألقى الأمن المصري القبض على أحمد علي في الإسكندرية أمس.");
        Assert.DoesNotContain(graph.Relations, relation => relation.Type == RelationType.Visited);
    }

    [Fact]
    public void Who_opens_something_is_where_it_is_opened()
    {
        var graph = Extract.Text("وافتتح وزير الصحة السعودي توفيق الربيعة المعرض الطبي في مدينة جدة أمس.");
        Found(graph, RelationType.Visited, "توفيق الربيعة", "جدة");
    }

    [Fact]
    public void Those_who_attend_a_celebration_are_where_it_was_held()
    {
        var graph = Extract.Text(
            "احتفلت شركة الأفق أمس في فندق هيلتون بالقاهرة بإطلاق قناتها الجديدة.\n"
            + "وقال رئيس الشركة إن القناة تبث على مدار الساعة.\n"
            + "وقد حضر الحفل عدد من الفنانين منهم أحمد حلمي ومنى زكي.");
        foreach (var artist in new[] { "أحمد حلمي", "منى زكي" })
        {
            Found(graph, RelationType.Visited, artist, "القاهرة");
            Assert.Contains(graph.Relations, relation => relation.Type == RelationType.Visited && relation.Target != "cairo"
                                                         && graph.Entity(artist)?.Id == relation.Source);
        }
    }

    [Fact]
    public void Attending_a_celebration_is_not_being_where_an_earlier_meeting_was()
    {
        var graph = Extract.Text(
            "التقى وزير الخارجية الأردني أيمن الصفدي نظيره المصري سامح شكري في القاهرة أمس.\n"
            + "وفي المساء حضر الحفل الفنان أحمد حلمي.");
        Found(graph, RelationType.Visited, "أيمن الصفدي", "القاهرة");
        Assert.Null(graph.Relation(RelationType.Visited, "أحمد حلمي", "القاهرة"));
    }

    [Theory]
    [InlineData("وقال الرئيس الأمريكي باراك أوباما للصحافيين في واشنطن إن الاتفاق جيد.")]
    [InlineData("وكان الرئيس الأمريكي باراك أوباما صرح في واشنطن، الأسبوع الماضي، بأن الاتفاق جيد.")]
    [InlineData("وقال الرئيس الأمريكي باراك أوباما في مؤتمر صحفي في واشنطن إن الاتفاق جيد.")]
    [InlineData("وأعلن الرئيس الأمريكي باراك أوباما من واشنطن أن الاتفاق جيد.")]
    [InlineData("وانتقد الرئيس الأمريكي باراك أوباما من واشنطن الدول التي لم توقع.")]
    [InlineData("وقال الرئيس الأمريكي باراك أوباما في مؤتمر صحفي عقده بواشنطن إن الاتفاق جيد.")]
    public void Who_speaks_in_a_place_is_there(string sentence)
    {
        var graph = Extract.Text(sentence);
        Found(graph, RelationType.Visited, "باراك أوباما", "واشنطن");
    }

    [Fact]
    public void Who_speaks_to_reporters_at_a_bodys_premises_is_there_but_not_who_works_there()
    {
        Found(Extract.Text("وقال الرئيس الأمريكي باراك أوباما للصحافيين في البيت الأبيض إن الاتفاق جيد."),
            RelationType.Visited, "باراك أوباما", "البيت الأبيض");
        var working = Extract.Text("وقال الباحث جون سميث في البنك الدولي إن النمو تباطأ.");
        Assert.DoesNotContain(working.Relations, relation => relation.Type == RelationType.Visited);
    }

    [Theory]
    [InlineData("وقال الرئيس الأمريكي باراك أوباما عن الوضع في سوريا إنه خطير.")]
    [InlineData("وقال الباحث جون سميث من جامعة هارفارد إن الوضع في سوريا خطير.")]
    public void Speaking_about_a_place_or_from_a_body_is_not_being_there(string sentence)
    {
        var graph = Extract.Text(sentence);
        Assert.DoesNotContain(graph.Relations, relation => relation.Type == RelationType.Visited);
    }

    [Fact]
    public void A_mayor_of_a_region_holds_a_role_in_the_region()
    {
        var graph = Extract.Text("وقال أمين منطقة عسير عبدالله الشهري إن المشروع جاهز.");
        Assert.Equal("أمين", Found(graph, RelationType.HoldsRole, "عبدالله الشهري", "منطقة عسير").Role);
    }

    [Fact]
    public void A_given_name_that_is_also_a_title_is_no_office_without_a_place_after_it()
    {
        var graph = Extract.Text("وقال محمد أمين الحسيني إن المشروع جاهز.");
        Assert.DoesNotContain(graph.Relations, relation => relation.Type == RelationType.HoldsRole);
    }

    [Theory]
    [InlineData("ووصل بمعية سموه، وزير الخارجية أيمن الصفدي ومدير المخابرات أحمد حسني.")]
    [InlineData("ووصل برفقة سموه وزير الخارجية أيمن الصفدي ومدير المخابرات أحمد حسني.")]
    public void Those_named_after_a_pronoun_principal_arrived_in_his_company(string second)
    {
        var graph = Extract.Text("ووصل ولي العهد الأردني الأمير حسين بن عبدالله إلى الرياض أمس.\n" + second);
        Found(graph, RelationType.Accompanied, "أيمن الصفدي", "حسين بن عبدالله");
        Found(graph, RelationType.Accompanied, "أحمد حسني", "حسين بن عبدالله");
    }

    [Fact]
    public void In_the_company_of_a_named_person_is_an_escort()
    {
        var graph = Extract.Text("ووصل وزير الخارجية الأردني أيمن الصفدي إلى الرياض بمعية مدير المخابرات أحمد حسني.");
        Found(graph, RelationType.Accompanied, "أحمد حسني", "أيمن الصفدي");
    }

    [Fact]
    public void A_place_and_a_time_may_stand_between_the_host_and_the_guest()
    {
        var graph = Extract.Text("استقبل أمير منطقة عسير الأمير فيصل بن خالد في مكتبه بأبها يوم الأحد مدير الأمن العام عثمان المحرج.");
        Found(graph, RelationType.Met, "فيصل بن خالد", "عثمان المحرج");
        Found(graph, RelationType.Visited, "عثمان المحرج", "أبها");
    }

    [Theory]
    [InlineData("وقال وزير الخارجية الأردني أيمن الصفدي إن السلام ممكن.\nجاء ذلك خلال اجتماع لجنة المتابعة العربية أمس بالقاهرة، بمشاركة وزير الخارجية المصري سامح شكري ووزير الخارجية السعودي عادل الجبير.")]
    [InlineData("وأكد وزير الخارجية الأردني أيمن الصفدي أن السلام ممكن، وذلك خلال اجتماع لجنة المتابعة العربية أمس بالقاهرة بمشاركة وزير الخارجية المصري سامح شكري ووزير الخارجية السعودي عادل الجبير.")]
    public void The_speaker_of_a_statement_made_during_a_meeting_took_part_in_it(string text)
    {
        var graph = Extract.Text(text);
        Found(graph, RelationType.Met, "أيمن الصفدي", "سامح شكري");
        Found(graph, RelationType.Met, "أيمن الصفدي", "عادل الجبير");
        Found(graph, RelationType.Visited, "أيمن الصفدي", "القاهرة");
    }

    [Fact]
    public void A_time_and_place_set_off_by_commas_is_where_the_meeting_took_place()
    {
        var graph = Extract.Text("التقى رئيس الوزراء اليمني خالد بحاح، اليوم في الرياض، وزير الدولة الإماراتي أنور قرقاش.");
        Found(graph, RelationType.Met, "خالد بحاح", "أنور قرقاش");
        Found(graph, RelationType.Visited, "أنور قرقاش", "الرياض");
    }

    [Fact]
    public void A_person_whose_title_carries_a_preposition_is_not_the_subject_of_the_next_verb()
    {
        var graph = Extract.Text("ووجه وزير الخارجية الأردني أيمن الصفدي انتقادات للمبعوث الأممي جمال بنعمر، واتهمه بالفشل.");
        Found(graph, RelationType.Accused, "أيمن الصفدي", "جمال بنعمر");
        Assert.Null(graph.Relation(RelationType.Accused, "جمال بنعمر", "أيمن الصفدي"));
    }

    [Fact]
    public void An_accusation_noun_takes_its_agent_in_the_genitive_and_a_titled_party_after_li()
    {
        var graph = Extract.Text("ويأتي ذلك بعد اتهام المحكمة الجنائية الدولية للرئيس الكيني أوهورو كينياتا بارتكاب جرائم.");
        Found(graph, RelationType.Accused, "المحكمة الجنائية الدولية", "أوهورو كينياتا");
        Assert.DoesNotContain(graph.Entities, entity => entity.Aliases.Any(alias => alias.Contains("للرئيس", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("وقال وزير الدولة الإماراتي للشؤون الخارجية، أنور قرقاش، إن الاتفاق مهم.", "أنور قرقاش", "الإماراتي")]
    [InlineData("وقال السفير السعودي في دمشق، عبدالله العيفان، إن السفارة مغلقة.", "عبدالله العيفان", "السعودي")]
    [InlineData("وأكد السفير اليمني السابق في سورية عبدالوهاب طواف أن الحرب طويلة.", "عبدالوهاب طواف", "اليمني")]
    public void A_portfolio_or_a_posting_after_the_nationality_belongs_to_the_title(string sentence, string person, string country)
    {
        var graph = Extract.Text(sentence);
        Found(graph, RelationType.HoldsRole, person, country);
    }

    [Theory]
    [InlineData("افتتحت جامعة القاهرة معرضا للكتاب. وقال مدير الجامعة الدكتور بدران العمر إن المعرض يخدم الطلاب.", "بدران العمر", "جامعة القاهرة")]
    [InlineData("وجدد نادي الشباب عقد مدربه. وأكد خالد البلطان رئيس النادي أن الإدارة راضية.", "خالد البلطان", "نادي الشباب")]
    [InlineData("افتتحت جامعة القاهرة معرضا للكتاب. وقال المتحدث الرسمي للجامعة الدكتور بدران العمر إن المعرض يخدم الطلاب.", "بدران العمر", "جامعة القاهرة")]
    [InlineData("وقعت شركة النخيل للتطوير عقدا جديدا. وقال الرئيس التنفيذي بالشركة سامي العتيبي إن العقد كبير.", "سامي العتيبي", "شركة النخيل للتطوير")]
    [InlineData("وقعت شركة النخيل للتطوير عقدا جديدا. وقال عضو مجلس الإدارة في الشركة سامي العتيبي إن العقد كبير.", "سامي العتيبي", "شركة النخيل للتطوير")]
    public void A_title_with_a_bodys_head_noun_refers_back_to_the_body_the_article_named(string text, string person, string body)
    {
        var graph = Extract.Text(text);
        Found(graph, RelationType.HoldsRole, person, body);
    }

    [Fact]
    public void A_title_that_refers_back_to_a_body_the_article_does_not_name_holds_in_no_country()
    {
        var graph = Extract.Text("وقال مسؤول الجناح السياسي للحركة سالم العبدلي إن وفدا سيزور ألمانيا قريبا.");
        Assert.DoesNotContain(graph.Relations, relation => relation.Type == RelationType.HoldsRole);
    }

    [Fact]
    public void A_head_noun_in_a_title_with_no_such_body_in_the_article_gives_no_office_there()
    {
        var graph = Extract.Text("وقال مدير الجامعة الدكتور بدران العمر إن المعرض يخدم الطلاب.");
        Assert.DoesNotContain(graph.Relations, relation => relation.Type == RelationType.HoldsRole
                                                          && graph.Entities.Any(entity => entity.Id == relation.Target && entity.Type == EntityType.Location));
    }

    [Fact]
    public void The_article_date_is_found_in_its_header()
    {
        var doc = Extract.Analyze("عنوان الخبر\nتم النشر: 2023/09/11\nوصل الرئيس الغاني نانا أكوفو أدو إلى أبوجا أمس.");
        Assert.Equal(new DateOnly(2023, 9, 11), doc.Date);
    }

    [Fact]
    public void A_cited_outlet_is_what_the_relation_is_attributed_to()
    {
        var graph = Extract.Text("وذكرت وكالة رويترز أن المبعوث الأممي مارتن غريفيث وصل إلى صنعاء أمس.");
        var relation = Found(graph, RelationType.Visited, "مارتن غريفيث", "صنعاء");
        Assert.Equal(["reuters"], relation.AttributedTo);
    }

    [Fact]
    public void Evidence_is_an_exact_slice_of_the_article()
    {
        var text = "خبر\nوَصَلَ وزير الخارجية البرازيلي ماورو فييرا إلى الرياض يوم الأحد.";
        var graph = Extract.Text(text);
        foreach (var evidence in graph.Relations.SelectMany(relation => relation.Evidence))
        {
            Assert.Equal(text[evidence.Start..evidence.End], evidence.Text);
        }
        Assert.NotEmpty(graph.Relations);
    }

    [Theory]
    [InlineData("التقى رئيس الوزراء الليبي فايز الحمدي، اليوم في مقر الحكومة المؤقت بالقاهرة، وزير الخارجية المالطي جورج فيلا.")]
    [InlineData("التقى رئيس الوزراء الليبي فايز الحمدي، أمس في مقر البعثة الليبية الدائمة بالقاهرة، وزير الخارجية المالطي جورج فيلا.")]
    public void A_meeting_s_time_and_place_set_off_by_commas_stand_between_the_subject_and_the_one_met(string text)
    {
        var graph = Extract.Text(text);
        Found(graph, RelationType.Met, "فايز الحمدي", "جورج فيلا");
        Found(graph, RelationType.Visited, "فايز الحمدي", "القاهرة");
        Found(graph, RelationType.Visited, "جورج فيلا", "القاهرة");
    }

    [Fact]
    public void A_place_set_off_by_commas_that_names_another_person_is_not_a_parenthetical()
    {
        var graph = Extract.Text("التقى الوزير خالد سالم، في مكتب السفير أحمد علي، وفدا من رجال الأعمال.");
        Assert.Null(graph.Relation(RelationType.Met, "خالد سالم", "أحمد علي"));
    }
}
