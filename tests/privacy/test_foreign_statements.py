"""Special-category statements in other languages, through the special-category recognizer."""

from __future__ import annotations

import pytest

from aiproxy.privacy.recognizers.special_category import SpecialCategoryRecognizer
from tests.privacy.found import values


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        ("Anamnes: Patienten har diagnostiserats med reumatoid artrit.", "reumatoid artrit"),
        ("Frau Keller leidet seit dem Unfall an einer Depression.", "Depression"),
        ("Pan Novák podstupuje léčbu rakoviny.", "rakoviny"),
        ("Sr. Quispe padece de insuficiencia renal crónica", "insuficiencia renal crónica"),
        ("Il signor Ferri soffre di epilessia da anni", "epilessia"),
        ("Clientul este membru al partidului PNL.", "partidului PNL"),
        ("El arrendatario convive con su pareja del mismo sexo.", "pareja del mismo sexo"),
        ("Ο ασθενής έχει υποβληθεί σε επέμβαση καρδιάς.", "επέμβαση καρδιάς"),
        ("befindet sich wegen einer Essstörung in ambulanter Behandlung", "Essstörung"),
        # written in capitals, Turkish dotless ı reads as I, and İ folds to i
        ("HASTAYA MS TANISI KONDU", "MS TANISI KONDU"),
        ("İLKNUR HANIM'A DİYABET TANISI KONULDU", "TANISI KONULDU"),
    ],
)
def test_predicates_in_other_languages_flag_the_statement(text: str, statement: str) -> None:
    found = values(text, SpecialCategoryRecognizer())
    assert any(statement in value for value in found)


@pytest.mark.parametrize(
    "text",
    [
        "Die Diabetesberatung ist montags geöffnet.",
        "Partidul a anunțat noi măsuri fiscale.",
        "La pareja de baile ganó el concurso.",
    ],
)
def test_topic_words_alone_are_no_statements(text: str) -> None:
    assert values(text, SpecialCategoryRecognizer()) == []


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        ("мама, Зинаида Петровна, после инсульта плохо слышит", "после инсульта"),
        ("Молодший син має цукровий діабет 1 типу, потрібен інсулін", "діабет 1 типу"),
        ("Khách dặn gọi trước vì đang điều trị ung thư", "điều trị ung thư"),
        ("jest w trakcie leczenia depresji i przebywa na oddziale dziennym", "oddziale dziennym"),
        ("uvedla, že je na invalidním důchodu kvůli roztroušené skleróze", "roztroušené skleróze"),
        ("另外陈先生说他刚做完心脏搭桥手术，上门的师傅请提前打电话", "做完心脏搭桥手术"),
        ("あと、妊娠7か月なので重い荷物は持てません", "妊娠7か月"),
        ("همچنین گفت که باردار است.", "باردار است"),
        ("मेरे लिए शुगर-फ्री बिस्किट रखना, मुझे डायबिटीज़ है", "डायबिटीज़ है"),
        ("রহিমা বেগম এইচআইভি পজিটিভ এবং যক্ষ্মার চিকিৎসা নিচ্ছেন।", "এইচআইভি পজিটিভ"),
        ("நோயாளி கர்ப்பகால நீரிழிவு நோயால் பாதிக்கப்பட்டுள்ளார்.", "நோயால் பாதிக்கப்பட்டுள்ளார்"),
        ("רק שתדעי — אני שומר שבת, אז לא אוכל לענות", "שומר שבת"),
        ("ایشان اشاره کرد که پیرو آیین بهائی است", "پیرو آیین بهائی"),
        ("ลูกค้าแจ้งว่าทานมังสวิรัติเพราะนับถือศาสนาเชน", "นับถือศาสนาเชน"),
        ("Ele comentou que é filiado ao PT e não quer brindes", "filiado ao PT"),
    ],
)
def test_statements_in_more_languages_and_scripts_are_special(text: str, statement: str) -> None:
    found = values(text, SpecialCategoryRecognizer())
    assert any(statement in value for value in found)


@pytest.mark.parametrize(
    "text",
    [
        "Клиника работает после операции по ремонту здания",  # a clinic's hours, no one's health
        "医院的手术室在三楼",  # where the operating theatre is
        "Shabbat times are listed on the website",
    ],
)
def test_topic_words_in_more_languages_are_no_statements(text: str) -> None:
    assert values(text, SpecialCategoryRecognizer()) == []


def test_leaving_a_union_in_romanian_is_special() -> None:
    text = "vă rog să opriți reținerea cotizației, nu mai sunt membră a sindicatului din martie."
    assert any("sindicatului" in v for v in values(text, SpecialCategoryRecognizer()))


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        ("Клиентка просила не звонить, проходит курс химиотерапии.", "химиотерапии"),
        ("Тепер через вагітність я на лікарняному", "вагітність"),
        ("Клиентката каза, че е с увреден слух и предпочита имейл.", "увреден слух"),
        ("Paziente in terapia anticoagulante, INR da controllare.", "terapia anticoagulante"),
        ("Noor heeft een ernstige pinda-allergie, EpiPen in de rode tas", "pinda-allergie"),
        ("é o meu insulina, sou diabética, precisa ficar na geladeira", "diabética"),
        ("Merknad: Leietaker bruker rullestol – behov for rampe", "bruker rullestol"),
        ("Minnir á að hún greindist með brjóstakrabbamein 2019", "brjóstakrabbamein"),
        ("Hun har været sygemeldt 3 uger pga. stress og begyndende depression", "depression"),
        ("a bérlő jelezte, hogy vakvezető kutyával él, látássérült.", "látássérült"),
        ("Khách dặn mẹ chồng bị liệt nửa người, nằm phòng trong", "liệt nửa người"),
        ("Cik Nurul Huda: saya tengah mengandung 6 bulan", "mengandung 6 bulan"),
        ("გიორგი ვეგეტარიანელია და აქვს ასთმა", "ასთმა"),
        ("Mzigo ulikuwa dawa zangu za shinikizo la damu na kisukari", "shinikizo la damu"),
        ("she dey for hospital, she just give birth via CS for LUTH", "give birth via CS"),
        ("Ο κ. Σπύρος είπε ότι παίρνει αντικαταθλιπτικά (Seroxat)", "αντικαταθλιπτικά"),
        ("तक्रार: गुडघेदुखी, उच्च रक्तदाब व थायरॉईड", "उच्च रक्तदाब"),
        ("يعاني من اضطراب ما بعد الصدمة ويتلقى علاجاً", "اضطراب"),
        ("Ouders vragen halal eten, geen varkensvlees i.v.m. geloof", "geloof"),
        ("Solicită zi liberă pentru sărbătoarea religioasă adventistă", "religioasă"),
        ("Mette oplyste, at hun er medlem af 3F og ønsker", "medlem af 3F"),
        ("تعرض للاعتقال بسبب انتمائه إلى حزب معارض", "حزب"),
    ],
)
def test_more_predicates_in_other_languages_flag_the_statement(text: str, statement: str) -> None:
    found = values(text, SpecialCategoryRecognizer())
    assert any(statement in value for value in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Die Bestellung ist vergriffen, in terapia di gruppo non c'entra.",
        "We gave birthday cards to the whole team.",
        "Het bedrijf heeft een allergiebeleid voor de kantine.",
    ],
)
def test_lookalikes_of_the_new_predicates_are_no_statements(text: str) -> None:
    assert values(text, SpecialCategoryRecognizer()) == []


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        ("客户补充：王女士表示近期在住院做化疗，希望由其丈夫代办", "化疗"),
        ("أُدخل المريض إلى المستشفى بسبب ذبحة صدرية غير مستقرة", "ذبحة"),
        ("ملاحظة: ذكر أنه مصاب بالصرع، لازم نبلغ", "مصاب بالصرع"),
        (
            "orzeczenie – umiarkowany stopień niepełnosprawności z powodu stwardnienia rozsianego",
            "stwardnienia",
        ),
        ("Ja, jag är gravid i femte månaden och läkaren", "gravid"),
        ("uma opção para pessoas com deficiência visual como eu.", "deficiência visual"),
        ("baja por IT del 06/05 – parte médico por lumbalgia aguda.", "lumbalgia"),
        ("Cuota sindical 12,50 (afiliada a CCOO)", "afiliada a CCOO"),
        ("Purtroppo mi è stata diagnosticata un'ernia del disco L4-L5", "ernia"),
        ("Da Frau Brunner-Demir auf einen Rollstuhl angewiesen ist, wird", "Rollstuhl"),
        (
            "Frau Vogt kehrt nach ihrer Brustkrebs-Operation ab 02.04. zurück",
            "Brustkrebs-Operation",
        ),
        ("Он сказал, что у него сахарный диабет 1 типа, нужно", "диабет"),
        ("수령인은 어머님. 어머님께서 거동이 불편하셔서 문 앞 배송 요청.", "거동이 불편"),
        ("Deniz ameliyat sonrası fizik tedavi nedeniyle iki hafta", "ameliyat sonrası"),
        ("टिप्पणी: परिवार का जैन धर्म होने के कारण भोजन", "जैन धर्म"),
        (
            "karena pak Made dan bu Komang beragama Hindu dan tidak makan daging sapi",
            "beragama Hindu",
        ),
        ("anh Thịnh là đoàn viên công đoàn có quá trình làm việc tốt", "đoàn viên công đoàn"),
        ("Eindhoven\tis lid van de PvdA-fractie in de gemeenteraad", "PvdA"),
    ],
)
def test_predicates_seen_on_heldout26_flag_the_statement(text: str, statement: str) -> None:
    found = values(text, SpecialCategoryRecognizer())
    assert any(statement in value for value in found), found
