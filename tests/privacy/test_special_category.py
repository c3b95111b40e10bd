"""Special-category statements: said of a person, not a topic, a form's refusal or a label."""

from __future__ import annotations

import pytest

from aiproxy.privacy.recognizers.special_category import SpecialCategoryRecognizer
from tests.privacy.found import values


@pytest.mark.parametrize(
    "text",
    [
        "He was diagnosed with diabetes last year.",
        "The patient is HIV positive.",
        "She is pregnant.",
        "He is a practicing Muslim.",
        "Alex identifies as gay.",
        "She is a member of the Labour party.",
    ],
)
def test_special_category_is_flagged_when_stated_about_a_person(text: str) -> None:
    assert values(text, SpecialCategoryRecognizer())


@pytest.mark.parametrize(
    "text",
    [
        "The health check endpoint returns 200.",
        "The Christmas sale starts Friday.",
        "She took a political science course.",
        "The app suffers from memory leaks.",
        "We are recovering from the outage.",
    ],
)
def test_special_category_is_ignored_when_only_topic_words(text: str) -> None:
    assert values(text, SpecialCategoryRecognizer()) == []


def test_faith_with_diacritics_is_special_category() -> None:
    assert values("She is a practising Bah\u00e1'\u00ed.", SpecialCategoryRecognizer()) != []


@pytest.mark.parametrize(
    "text",
    [
        "Kofi has a severe peanut allergy, so please keep treats nut-free.",
        "I go to Friday prayers at the mosque and the new rota clashes.",
        "I am a shop steward for SIPTU and we meet that day.",
        "He has had two episodes of atrial fibrillation this month.",
        "She has been in treatment for major depressive disorder since 2021.",
        "I joined the warehouse workers' union last month.",
        "Mrs Okoro, who disclosed a bipolar diagnosis on the form, asked for a call.",
        "Tane uses a wheelchair because of a spinal injury.",
        "The claimant has chronic kidney disease and attends dialysis three times a week.",
        "Posts show he campaigns for the Green Party at weekends.",
        "Basis of claim: client is Rohingya and fled in 2017.",
        "He was hospitalised with a suspected concussion after the crash.",
        "Because you have a documented hearing impairment, captions are provided.",
        "Relevant history: HIV positive, on antiretroviral therapy since 2015",
        "She was signed off with glandular fever last week.",
        "Cerys is also a UCU union rep and attends the meetings.",
        "We were refused a room because we are a same-sex couple.",
        "He was a member of an opposition party before leaving.",
        "She is an active member of Congregation Beth Shalom.",
        "thank u, my asthma has been really bad this week",
    ],
)
def test_special_category_statements_in_everyday_words(text: str) -> None:
    assert SpecialCategoryRecognizer().analyze(text, ["SPECIAL_CATEGORY"]) != []


@pytest.mark.parametrize(
    "text",
    [
        "The server has a disk failure on node 3.",
        "Join our rare disease awareness week.",
        "The wheelchair ramp at the depot is broken.",
        "Ask about the Green Party manifesto launch.",
    ],
)
def test_topic_words_without_a_person_are_not_special_category(text: str) -> None:
    assert values(text, SpecialCategoryRecognizer()) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ethnic group: Black or Black British - African\nReligion or belief: Christian",
        "Disability or long-term condition: Yes - dyslexia and ADHD",
        "Konfession (freiwillig): evangelisch-lutherisch",
        "Joy shared that she has relapsing-remitting multiple sclerosis.",
        "She wears a cochlear implant and needs a visual fire alarm.",
        "Reason: she is expecting her first child in late January",
        "Client reports panic attacks roughly twice a week.",
        "The Okafors were received into the Catholic Church at Easter.",
        "Rich is a registered member of the Democratic-Farmer-Labor Party.",
        "He is also a retired SEIU Local 26 member.",
        "As Huda will be observing a voluntary religious fast, please move it.",
        "He is an enrolled member of the Navajo Nation.",
        "ojo que estoy embarazada de 4 meses",
    ],
)
def test_special_category_in_forms_and_more_phrasings(text: str) -> None:
    assert values(text, SpecialCategoryRecognizer())


@pytest.mark.parametrize(
    "text",
    [
        "Sexual orientation: Prefer not to say\nTrade union membership: No",
        "Race condition: two workers write the cache at once",
        "Root cause diagnosis: disk full on db-2",
    ],
)
def test_declined_form_answers_and_engineering_labels_are_not_special(text: str) -> None:
    assert values(text, SpecialCategoryRecognizer()) == []


@pytest.mark.parametrize(
    "text",
    [
        "This letter confirms that you are expecting your first child in February.",
        "Client receives SSDI for a spinal cord injury.",
        "Notes: attends the Ahmadiyya mosque on Fridays",
        "I rely on the alerts because I'm type 1 diabetic.",
        "Eligibility: specific learning disability (dyslexia)",
        "Tanvir reports low mood and insomnia since the separation.",
        "He was raised in a devout Muslim household.",
        "Disclosures: treated for prostate cancer in 2021; takes ramipril for hypertension.",
        "She is a member of the Bahá'í faith.",
        "Huda will be 30 weeks pregnant at departure.",
        "Malin is on sick leave after back surgery.",
        "Sie hatte mitgeteilt, dass sie schwanger ist.",
    ],
)
def test_special_category_in_letters_notes_and_benefit_claims(text: str) -> None:
    assert values(text, SpecialCategoryRecognizer())


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "INSERT INTO applicants (id, full_name, ethnicity) VALUES\n"
            "(7, 'Savannah Brooks', 'Black or African American');",
            "Black or African American",
        ),
        (
            "personalnr;name;steuerklasse;kirchensteuer\n1001;Ludwig von Hagen;III;rk\n",
            "rk",
        ),
        ("Motivo de consulta: control prenatal, embarazo de 24 semanas", "control prenatal"),
        ("Item 1: Sertraline 50mg tablets x 28, take ONE daily for depression", "depression"),
    ],
)
def test_special_category_columns_forms_and_prescriptions(text: str, value: str) -> None:
    assert any(value in v for v in values(text, SpecialCategoryRecognizer()))


def test_an_empty_or_declined_special_category_column_is_nothing() -> None:
    text = "id;name;kirchensteuer\n1;A. Berg;--\n2;C. Dahl;none\n"
    assert values(text, SpecialCategoryRecognizer()) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Hx hypothyroidism on levothyroxine 75 mcg. Denies SOB.", "hypothyroidism"),
        ("Diagnosen: akuter Vorderwandinfarkt (STEMI), Stent-Implantation", "Vorderwandinfarkt"),
        ("Other conditions: mitral valve prolapse, requires prophylaxis", "mitral valve"),
        ("Kwame Asamoah     11/03/1974   insulin-dependent diabetic; fit", "diabetic"),
        ("Grace Adjei         | extra screen breaks | 20 weeks pregnant", "pregnant"),
        ("S: 46F c/o fatigue x3 wks, low mood for ~3 months", "low mood"),
        ("I should mention I have a stammer, so I prefer written first", "stammer"),
        ("Merk: Kari opplyste at hun er sykmeldt for angst", "sykmeldt"),
        ("Wist niet dat Daan homo is, goed voor hem", "homo is"),
        ("Remarque : il est militant du Parti socialiste", "militant du Parti socialiste"),
        ("Morag Sutherland: lifelong SNP voter", "lifelong SNP voter"),
        ("Il déclare appartenir à la minorité rohingya", "appartenir à la minorité rohingya"),
        ("医生说我有轻度脂肪肝和高血压，要少喝酒", "脂肪肝"),
        ("내용: 본인이 노동조합 조합원임을 밝히고", "노동조합"),
        (
            "ayer fui a la doctora y sigo con la tensión muy alta, me han subido la dosis",
            "tensión muy alta",
        ),
        ("bin ich ab Mittwoch in der Reha nach meiner Bandscheiben-OP.", "Reha"),
        ("なお、私は現在腰椎椎間板ヘルニアの治療中のため", "椎間板ヘルニア"),
        ("لا أستطيع الحضور لأنني أخضع لغسيل الكلى ثلاث مرات أسبوعياً.", "غسيل الكلى"),
        ("और मैं स्तन कैंसर का इलाज करवा रही हूँ", "कैंसर"),
        ("mia madre è invalida al 100% e usa la sedia a rotelle", "sedia a rotelle"),
        ("jag blivit invald som förtroendevald i Transport-facket", "förtroendevald"),
        ("Wala pong pork ha, Muslim po kasi yung pamilya ng asawa ko", "Muslim"),
        ("The grievant has been a dues-paying union member since 2017", "union member"),
        ("History: type 2 diabetes diagnosed 2016, on metformin 1000 mg twice daily", "diabetes"),
        ("Reason: suspected early-stage COPD with recurrent pneumonia", "COPD"),
        ("Açıklama: Çalışan böbrek taşı ameliyatı olacak, doktor raporu ekte", "ameliyatı"),
        ("maaf telat, istri saya baru pulang dari RS habis operasi usus buntu", "operasi"),
        ("pang gamot daw ni lola? kasi may stage 3 breast cancer na si lola Remedios", "cancer"),
        ("ग्राहक ने बताया कि वे मधुमेह की मरीज़ हैं", "मधुमेह"),
        ("לדבריה היא שומרת שבת ולכן ביקשה", "שומרת שבת"),
        ("Linnea uppger att hon är medlem i Vänsterpartiet", "är medlem i Vänsterpartiet"),
        (
            'SEA-37-1804,"registered Democrat, canvassed Rainier Valley twice"',
            "registered Democrat",
        ),
        ('SEA-43-2201,"Green Party member, prefers phone banking"', "Green Party member"),
        ('BEL-48-0117,"Eritrean refugee, interprets Tigrinya at events"', "Eritrean refugee"),
    ],
)
def test_records_rosters_and_statements_in_other_languages(text: str, value: str) -> None:
    assert value in values(text, SpecialCategoryRecognizer())


@pytest.mark.parametrize(
    "text",
    [
        "Diabetes awareness week: book your screening at the front desk",
        "糖尿病の予防セミナーを開催します",  # a clinic's seminar, nobody's condition
        "Lakeside Physiotherapy   | open 9-5 | knee surgery rehab classes",
        "Transportarbetareförbundet önskar att facket deltar i samtalet om schemat",
        "Our obesity awareness week starts Monday",
        "Reason: billing dispute about the Green Party conference tickets",
        "The Democrat and Republican parties both filed on Tuesday",
    ],
)
def test_topics_seminars_and_services_are_not_a_persons_data(text: str) -> None:
    assert values(text, SpecialCategoryRecognizer()) == []


@pytest.mark.parametrize(
    "text",
    [
        "He says he was arrested in 2021 for taking part in the Milk Tea Alliance protests.",
        "Tamsin is recovering from a knee replacement.",
        "Hinemoa is on home dialysis.",
        "I write on behalf of Jonas Petrauskas, who is a Unite member.",
        "active in the GMB union; needs step-free venues",
        "Brother Samuel: starting radiotherapy next week",
    ],
)
def test_persecution_recovery_dialysis_and_named_unions_are_statements(text: str) -> None:
    assert values(text, SpecialCategoryRecognizer()) != []


def test_a_union_rule_needs_a_named_union_not_any_member() -> None:
    assert values("She is a Gold member of the loyalty scheme.", SpecialCategoryRecognizer()) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ruby is out next week, she is having knee surgery on Tuesday.",
        "Kai says they have been feeling depressed lately.",
        "the couple keep strictly kosher; need a mashgiach",
        "major donor; is a deacon at the Congregational Christian Church",
        "Cardiff CF14 6AB,Plaid Cymru member,can drive",
        "Dx 1: E11.65, type 2 diabetes mellitus with hyperglycemia",
        "Iwi affiliation: Ngāti Whakaue (Te Arawa)",
        "ben bu hafta geç gelirim, ramazanda oruç tutuyorum",
        "chị đang mang bầu tháng thứ 7 nên sáng nay đi khám",
    ],
)
def test_surgery_mood_kosher_clergy_party_labels_and_medical_fields_are_statements(
    text: str,
) -> None:
    assert values(text, SpecialCategoryRecognizer()) != []


def test_a_medical_field_that_declines_is_no_statement() -> None:
    assert values("Medical: none", SpecialCategoryRecognizer()) == []


def test_being_gay_said_of_someone_and_a_union_with_a_dot_are_special() -> None:
    text = "he said something about me being gay. She is an active member of the ver.di union."
    found = values(text, SpecialCategoryRecognizer())
    assert any("being gay" in v for v in found) and any("ver.di union" in v for v in found)


def test_a_diagnosis_field_with_a_qualifier_is_special() -> None:
    text = "Diagnóstico de egreso: colecistitis aguda litiásica\nIndicaciones: dieta blanda"
    assert values(text, SpecialCategoryRecognizer()) == ["colecistitis aguda litiásica"]


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        (
            "client states he was detained in 2021 for his Amhara ethnicity",
            "for his Amhara ethnicity",
        ),
        (
            "and for supporting the opposition party. Client is",
            "for supporting the opposition party",
        ),
        ("8. Medical: reports untreated hepatitis B and recurring nightmares", "hepatitis B"),
        ("Gewerkschaft: Mitglied ver.di, Betriebsratsmitglied", "Mitglied ver.di"),
        ("ATCD : diabète de type 2 sous metformine", "diabète de type 2"),
        ("She is a member of Unite, the union rep said.", "a member of Unite"),
    ],
)
def test_persecution_unions_and_numbered_or_french_medical_fields(
    text: str, statement: str
) -> None:
    found = values(text, SpecialCategoryRecognizer())
    assert any(statement in value for value in found), found


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        ("I'm a gay man and your Pride campaign felt genuine.", "gay man"),
        ("He made remarks about your Ghanaian heritage and", "Ghanaian heritage"),
        ("and your attendance at a Pentecostal church.", "Pentecostal church"),
        ('profile states "Greek Orthodox, conservative voter"', "conservative voter"),
        ("and a new diagnosis of atrial fibrillation, and", "atrial fibrillation"),
        ("and her background includes COPD and early-stage Alzheimer's disease.", "COPD"),
    ],
)
def test_statements_seen_on_heldout26_in_english(text: str, statement: str) -> None:
    found = values(text, SpecialCategoryRecognizer())
    assert any(statement in value for value in found), found


def test_a_voters_guide_or_a_heritage_site_is_no_statement() -> None:
    assert (
        values("Our heritage site tour and voter registration drive", SpecialCategoryRecognizer())
        == []
    )


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Schwerbehinderung: GdB 50 wegen Multipler Sklerose, Nachweis liegt vor", "GdB 50"),
        ("Patologie riferite: fibrillazione atriale; morbo di Parkinson.", "fibrillazione"),
        ("過去病史：妊娠糖尿病（2021年）、甲狀腺功能亢進", "妊娠糖尿病"),
        ("宗教信仰（供院牧關懷參考）：基督教", "基督教"),
        ("धर्म (वैकल्पिक, केवल सांख्यिकी हेतु): जैन", "जैन"),
        (
            "Motif communiqué volontairement par le salarié : burn-out avec épisode dépressif.",
            "burn-out",
        ),
        ("Le salarié est également délégué syndical CGT — toute mesure", "syndical"),
        ("Observação: Edvaldo comentou que faz hemodiálise três vezes por semana", "hemodiálise"),
        ("Bir de, eşim Zehra çölyak hastası, glütensiz ürünlerden", "çölyak"),
        ("« Notre fils est autiste et a besoin d'une chambre calme »", "autiste"),
    ],
)  # fmt: skip
def test_health_religion_and_union_fields_and_clauses_seen_on_heldout28(
    text: str, value: str
) -> None:
    assert any(value in v for v in values(text, SpecialCategoryRecognizer()))


def test_a_medication_list_alone_is_left_to_the_medicine_rules() -> None:
    text = "Medikation: Entresto 49/51 mg 1-0-1, Bisoprolol 5 mg 1-0-0"
    assert values(text, SpecialCategoryRecognizer()) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Tidigare sjukdomar: opererad för njursten 2020", "opererad för njursten 2020"),
        ("Zdravotní omezení: laktózová intolerance", "laktózová intolerance"),
        ("Náboženství: pravoslavné", "pravoslavné"),
        ("Terveystiedot: keliakia, gluteeniton ruokavalio", "keliakia, gluteeniton ruokavalio"),
        ("רקע: יתר לחץ דם, מטופל בתרופות", "יתר לחץ דם, מטופל בתרופות"),
        ("過敏史：對盤尼西林過敏", "對盤尼西林過敏"),
        ("Diagnóstico principal: fractura de muñeca izquierda", "fractura de muñeca izquierda"),
        ("Gesundheit: Erdnussallergie, Notfallset im Rucksack", "Erdnussallergie"),
        ("Sendika: Tez-Koop-İş üyesi, aidat kesintisi", "Tez-Koop-İş üyesi"),
        ("Ειδικές ανάγκες: χρησιμοποιεί περπατούρα", "χρησιμοποιεί περπατούρα"),
        ("- Accommodation request: ergonomic chair due to a herniated disc", "ergonomic chair"),
        ("Uwagi: pracownik należy do NSZZ „Solidarność” od 2019", "należy do NSZZ"),
        ("Posiada orzeczenie o niepełnosprawności w stopniu umiarkowanym.", "orzeczenie"),
        ("a menționat că urmează un tratament pentru astm bronșic", "tratament pentru astm"),
        ("Ön hosszabb ideje táppénzen van térdműtét miatt", "táppénzen van"),
        ("Клијент наводи да има дијагнозу дијабетеса типа 1", "има дијагнозу"),
        ("Клиент сообщил, что находится на больничном", "на больничном"),
        ("คำขอพิเศษ: ผู้เข้าพักแพ้ถั่วลิสงรุนแรง", "แพ้ถั่วลิสงรุนแรง"),
        ("Ruokavalio: ei naudanlihaa uskonnollisista syistä", "uskonnollisista syistä"),
        ("kein Rindfleisch wegen des hinduistischen Glaubens", "hinduistischen Glaubens"),
        ("Bayramda ailemle kurban ibadetimi yerine getireceğim", "kurban ibadetimi"),
        ("Ingrid tar opp at hun er medlem av Fagforbundet og", "er medlem av Fagforbundet"),
        ("în pauză a zis că e membră activă a PSD la nivel local", "membră activă a PSD"),
        ("Fravær: Ola Vik (sykmeldt etter kneoperasjon)", "sykmeldt etter kneoperasjon"),
        ("as she attends services at her Baptist church on Sundays", "attends services"),
        (" [x] Type 1 diabetes   [ ] Asthma   [x] Hypertension", "Type 1 diabetes"),
    ],
)  # fmt: skip
def test_health_religion_and_union_fields_and_clauses_seen_on_heldout29(
    text: str, value: str
) -> None:
    assert any(value in v for v in values(text, SpecialCategoryRecognizer()))


@pytest.mark.parametrize(
    "text",
    [
        " [ ] Type 1 diabetes   [x] None of the above",  # no ticked condition
        "Elin är sjukskriven på heltid t.o.m. 30 april",  # sick leave with no reason given
        "Kod BLIK należy do klienta",  # no union
        "Golf handicap: 12, member since 2019",  # a golfer's handicap
    ],
)
def test_unticked_boxes_bare_sick_leave_and_no_union_are_not_special(text: str) -> None:
    assert values(text, SpecialCategoryRecognizer()) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Attualmente in gravidanza alla 20ª settimana.", "in gravidanza"),
        ("btw är sjukskriven (ska opereras för gallsten) så Malin tar", "opereras för gallsten"),
        ("תיאור האירוע: המבוטחת אובחנה בלוקמיה בשלב מוקדם", "אובחנה בלוקמיה"),
        ("Kerroit olevasi raskaana ja laskettu aika on syyskuussa", "raskaana"),
        ("O tomador refere que está de baixa médica desde ontem", "está de baixa médica"),
        ("Maar let op: ik ben doof, dus graag sms", "ik ben doof"),
        ("Lưu ý: khách theo đạo Phật giáo, muốn chọn ngày", "theo đạo Phật"),
        ("hogy Enikő a VDSZ szakszervezet tagja, így", "szakszervezet tagja"),
        ("yes, we're a gay couple, and registering our partnership", "gay couple"),
        ("Race/ethnicity (optional): Pacific Islander", "Pacific Islander"),
        ("Autorreconocimiento étnico (RIPS): indígena", "indígena"),
        ("Current conditions: asthma; migraine", "asthma; migraine"),
        ('  "medical_notes": "乙肝病毒携带者",', "乙肝病毒携带者"),
        ("Diagnosen:\n- Morbus Crohn (K50.9)\n- Hypertonie\n\nTherapie: …", "Morbus Crohn"),
        ("I have PCOS and every other app gave up on me", "PCOS"),
    ],
)
def test_health_faith_union_and_orientation_statements_and_fields_seen_on_heldout30(
    text: str, value: str
) -> None:
    assert any(value in v for v in values(text, SpecialCategoryRecognizer()))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("- Patologie croniche: morbo di Crohn, in terapia", "morbo di Crohn"),
        ("- Interventi pregressi: appendicectomia nel 2011", "appendicectomia"),
        ("Allergier/specialkost: svår jordnötsallergi", "jordnötsallergi"),
        ("Uskonto / katsomus: luterilainen", "luterilainen"),
        ("Zdravotné obmedzenia a lieky: epilepsia, Keppra 500 mg", "epilepsia"),
        ("> Conditions médicales : asthme sévère", "asthme sévère"),
        ("دین: بهائی (جهت تنظیم مرخصی)", "بهائی"),
        ("Special service requests: pax 1 — wheelchair to seat (WCHC)", "wheelchair"),
        ("id,name,access_needs\n1,Ana Ruiz,uses a hearing aid\n", "uses a hearing aid"),
    ],
)
def test_more_health_faith_and_access_fields_seen_on_heldout31(text: str, value: str) -> None:
    assert any(value in v for v in values(text, SpecialCategoryRecognizer()))
