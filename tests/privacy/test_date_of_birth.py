"""Birth dates: a date counts only where a cue, a record key or a table column says it is one."""

from __future__ import annotations

import pytest

from aiproxy.privacy.recognizers.date_of_birth import DateOfBirthRecognizer
from tests.privacy.found import values


def test_date_is_birth_date_only_when_cued() -> None:
    assert values("born on 12 March 1984", DateOfBirthRecognizer()) == ["12 March 1984"]
    assert values("DOB: 03/11/1988", DateOfBirthRecognizer()) == ["03/11/1988"]
    assert values("shipped on 12 March 1984", DateOfBirthRecognizer()) == []


def test_a_birth_date_with_a_note_between_cue_and_date() -> None:
    text = "Date of birth (for airline manifest): 22 August 1994"
    (result,) = DateOfBirthRecognizer().analyze(text, ["DATE_OF_BIRTH"])
    assert text[result.start : result.end] == "22 August 1994"


def test_a_birth_date_under_a_quoted_dob_key() -> None:
    assert values('{"dob": "1986-02-19", "plan": "pro"}', DateOfBirthRecognizer()) == ["1986-02-19"]


def test_a_birth_date_answered_on_the_next_line_or_cued_in_another_language() -> None:
    dialogue = "AGENT: Can you confirm your date of birth?\nCALLER: July 9th, 1979."
    assert values(dialogue, DateOfBirthRecognizer()) == ["July 9th, 1979"]
    assert values("Data de nascimento: 14/02/1991", DateOfBirthRecognizer()) == ["14/02/1991"]
    assert values("Geburtsdatum: 03.04.1975", DateOfBirthRecognizer()) == ["03.04.1975"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Hélène Marchetti, née le 14 avril 1992, habite à Lyon", "14 avril 1992"),
        ("Mohammed Noor Hossain, né le 15/06/1997 à Maungdaw", "15/06/1997"),
        ("Žalobce: Ing. Pavel Dvořák, nar. 14. 2. 1971, bytem Kounicova 684/12", "14. 2. 1971"),
        ("Arbeidstaker: Kari Haugen Nordahl   Fødselsdato: 17.03.1985", "17.03.1985"),
        ("대상자: 이수민 (사번 HB-30271)   생년월일: 1992년 7월 14일", "1992년 7월 14일"),
        (
            'id,full_name,date_of_birth,band\nE-1,"O\'Sullivan, Siobhán",1984-11-05,C1\n',
            "1984-11-05",
        ),
        ("Małgorzata Zając, ur. 17.06.1995, zam. Gdańsk", "17.06.1995"),
        ("Assicurato: Matteo Russo, nato il 8 settembre 1979 a Bari", "8 settembre 1979"),
        ("MRN: 00481137   DOB: 11-Apr-1972", "11-Apr-1972"),
        ("[18:05] Agent: your date of birth?\n[18:06] Summer Reyes: 6/2/91", "6/2/91"),
        ("emp_id,name,dob,cc\nE-1,Grant Oduya,1988-04-17,CC-4410\n", "1988-04-17"),
        ("INSERT INTO p (id, dob) VALUES (1, '1977-12-01');", "1977-12-01"),
    ],
)
def test_birth_dates_in_other_languages_formats_chats_and_records(text: str, date: str) -> None:
    assert date in values(text, DateOfBirthRecognizer())


def test_unset_dates_in_a_birth_date_column_are_no_birth_dates() -> None:
    assert values("id,dob\n1,1970-01-01\n", DateOfBirthRecognizer()) == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("verified by phone with DOB 3rd Feb '84 and employee number", "3rd Feb '84"),
        ("Tanggal lahir: 17-08-1992", "17-08-1992"),
        ("Data urodzenia Kacpra: 05.05.2014.", "05.05.2014"),
        ("nací el 9 de enero de 1979. Mi esposo", "9 de enero de 1979"),
    ],
)
def test_more_birth_date_formats_and_cues(text: str, date: str) -> None:
    assert date in values(text, DateOfBirthRecognizer())


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Pasien: Siti Nurhaliza Rahmawati, lahir 4 April 1975", "4 April 1975"),
        ("Tanggal lahir: 17 Agustus 1995", "17 Agustus 1995"),
        ("- Petsa ng kapanganakan: Marso 3, 1992", "Marso 3, 1992"),
        ("Assicurato: Giovanni Esposito, nato a Napoli il 3 marzo 1968", "3 marzo 1968"),
        ("Candidato: João Silva, nascido a 11/12/1993 · 912 447 380", "11/12/1993"),
        ("Geb.datum: 03-09-1939", "03-09-1939"),
        ("お名前：佐藤 美咲 様（生年月日：1992年4月18日）", "1992年4月18日"),
        ("SSR DOCS HK1 /P1 DOB 14MAR80   SSR DOCS HK1 /P2 DOB 02JUL83", "02JUL83"),
        ("Data urodzenia w systemie Symfonia Kadry: 11.04.1983", "11.04.1983"),
        ('{"nome": "Thiago", "data_nascimento": "22/09/1983"}', "22/09/1983"),
        (
            "Agente: ¿me indica su fecha de nacimiento?\nCliente: El 9 de agosto de 1971.",
            "9 de agosto de 1971",
        ),
        ("Tafadhali thibitisha tarehe yako ya kuzaliwa.\nBaraka: 14/07/1992.", "14/07/1992"),
    ],
)
def test_birth_dates_cued_in_more_languages_places_and_formats(text: str, date: str) -> None:
    assert date in values(text, DateOfBirthRecognizer())


@pytest.mark.parametrize(
    "text",
    [
        "Data de nascimento: 12/06/1978\nInternação: 03/10/2025 a 08/10/2025",
        "NATO in Brussels on 12 July 2024",
    ],
)
def test_a_date_after_an_answered_cue_or_an_acronym_is_no_birth_date(text: str) -> None:
    assert "03/10/2025" not in values(text, DateOfBirthRecognizer())
    assert "12 July 2024" not in values(text, DateOfBirthRecognizer())


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "AGENT: and your date of birth?\nCALLER: the ninth of June, 1984.",
            "ninth of June, 1984",
        ),
        ("生年月日(1990年4月12日)と緊急連絡先", "1990年4月12日"),
        ("नाम: सुनीता शर्मा\nजन्म तिथि: 12/08/1974\nपता: मकान नं. 47", "12/08/1974"),
        ("Дата рождения: 23.05.1990\nТелефон: +7 916 382-47-19", "23.05.1990"),
        ("تاريخ الميلاد: 14/03/1988", "14/03/1988"),
        ("AGENT: And date of birth?\nCALLER: June the 2nd, 1984.", "June the 2nd, 1984"),
        ("ich, Friederike Wolff, geb. am 12.05.1975, wohnhaft", "12.05.1975"),
        ("Klient: Linnea Bergqvist, född 1964-08-30, Storgatan", "1964-08-30"),
        ("Туған күні: 07.01.1994\n", "07.01.1994"),
        ("Children: Arjun (b. 2015-03-08) and Simran (b. 2018-10-21)", "2018-10-21"),
        (
            " emp_id | full_name   | dob        | ssn\n"
            "--------+-------------+------------+-------------\n"
            " E10442 | Raúl Castillo | 1988-02-29 | 421-73-9058\n",
            "1988-02-29",
        ),
    ],
)
def test_spelled_dates_bracketed_dates_and_psql_tables(text: str, date: str) -> None:
    assert date in values(text, DateOfBirthRecognizer())


def test_an_airline_passport_records_birth_date() -> None:
    text = "SSR DOCS BA HK1/P/GBR/533918274/GBR/12JUN81/M/15JAN32/AL-FARSI/KHALID"
    assert values(text, DateOfBirthRecognizer()) == ["12JUN81"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Date of birth?\nCALLER: the third of May, nineteen eighty-two.", "nineteen eighty-two"),
        ("Client: Parisa Ahmadi, born ۱۳۶۵/۰۲/۱۱ (Solar Hijri)", "۱۳۶۵/۰۲/۱۱"),
        ("متولد ۱۳۷۲/۰۹/۰۳ در شیراز", "۱۳۷۲/۰۹/۰۳"),
        ("Client: dl. Ionescu, născut la 3 martie 1981 în Cluj", "3 martie 1981"),
    ],
)
def test_spoken_years_solar_hijri_dates_and_romanian_birth_cues(text: str, date: str) -> None:
    found = values(text, DateOfBirthRecognizer())
    assert len(found) == 1 and found[0].endswith(date)


def test_a_solar_hijri_date_without_a_birth_cue_is_no_birth_date() -> None:
    assert values("جلسه بعدی: ۱۴۰۴/۰۸/۲۰ ساعت ۱۰:۳۰", DateOfBirthRecognizer()) == []


def test_a_swahili_birth_date_with_its_month_name() -> None:
    text = "- Tarehe ya kuzaliwa: 14 Agosti 1993"
    assert values(text, DateOfBirthRecognizer()) == ["14 Agosti 1993"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Kaarawan: Marso 22, 2014\nMagulang: Rosalinda", "Marso 22, 2014"),
        ("Ημ. γέννησης: 23/04/1971", "23/04/1971"),
        ("تاریخ تولد: ۱۳۶۸/۰۶/۲۱", "۱۳۶۸/۰۶/۲۱"),
        ("பிறந்த தேதி: 14-01-1988", "14-01-1988"),
    ],
)
def test_birth_cues_in_tagalog_greek_persian_and_tamil(text: str, date: str) -> None:
    assert values(text, DateOfBirthRecognizer()) == [date]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Szülő: Farkas-Nagy Bence, szül.: Debrecen, 1995. március 11.", "1995. március 11."),
        ("κινητό +30 697 220 4158. Γεννήθηκε 02/02/1939 – ΑΜΚΑ στο φάκελο.", "02/02/1939"),
        ("Oppilas: Eetu Väisänen, s. 17.1.2014", "17.1.2014"),
        ("Milan je rođen 1.4.1983 (treba za ugovor).", "1.4.1983"),
        ("Leietaker: Sigrid Aasland-Bakke, født 30.09.1998", "30.09.1998"),
        ("Fædd: 11.11.1962", "11.11.1962"),
        ("Дата на раждане: 07.10.1991", "07.10.1991"),
        ("जन्मतारीख: ०४/०९/१९६६", "०४/०९/१९६६"),
        ("Nurul Huda binti Abdul Rahman, lahir 15 Mac 1993", "15 Mac 1993"),
        ("დაბადების თარიღი (ნინო): 1994 წლის 8 მარტი", "1994 წლის 8 მარტი"),
        ("김지훈 : 생년월일은 1997년 10월 3일이에요.", "1997년 10월 3일"),
        ("เบอร์ 081-447-2290 ค่ะ วันเกิดเขาวันนี้ 3 ธันวาคม 2530 🎂", "3 ธันวาคม 2530"),
    ],
)
def test_birth_dates_cued_in_more_languages_are_found(text: str, value: str) -> None:
    assert values(text, DateOfBirthRecognizer()) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Agent: can I get your full name and date of birth?\n"
        "Caller: Reginald Thibodeaux, September 3rd, 1957.",
        "10:15 Agent Hira: verification ke liye apni date of birth bata dein\n"
        "10:16 Customer: 12-08-1989, number 0300-4127795",
    ],
)
def test_a_birth_date_answered_after_a_name_or_a_chat_time_is_found(text: str) -> None:
    assert len(values(text, DateOfBirthRecognizer())) == 1


def test_a_finnish_s_that_is_no_birth_cue_flags_nothing() -> None:
    assert values("Katso s. 12.3.2020 pöytäkirja", DateOfBirthRecognizer()) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("お客様: 山田太郎です。生年月日は1979年4月23日です。", "1979年4月23日"),
        ("Nascimento: 17/01/1992 (ele pediu)", "17/01/1992"),
        ("- 생일 1977년 3월 5일 — 생일 쿠폰 발송 예정.", "1977년 3월 5일"),
        ("Nata a Salerno il 11/06/1981", "11/06/1981"),
        ("生年月日：昭和63年2月11日", "昭和63年2月11日"),
        ("DOB on file 04/18/1986.", "04/18/1986"),
        (
            "Antragstellerin: Veronika Hofbauer, geboren am 9. Dezember 1990 in Wels",
            "9. Dezember 1990",
        ),
        ("Тимур Рашидович Галиев, д.р. 05.05.1994, место рождения", "05.05.1994"),
        ("जन्म तिथि: 12 जनवरी 1962    आयु: 62", "12 जनवरी 1962"),
        ("anh Phan Đức Thịnh, sinh ngày 03/11/1995, quê quán Nghệ An", "03/11/1995"),
        ("الاسم: ياسر بن ناصر العتيبي، مواليد ١٥ رمضان ١٤١٠ هـ، من الطائف", "١٥ رمضان ١٤١٠ هـ"),
    ],
)
def test_birth_dates_in_eras_hijri_months_and_more_cues(text: str, value: str) -> None:
    assert values(text, DateOfBirthRecognizer()) == [value]


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("本人確認のとき 1979年11月23日生まれとおっしゃっていました", ["1979年11月23日"]),
        ("他说上周刚过完生日（1972年3月18日出生）。", ["1972年3月18日"]),
        ("身分核對：生日 民國77年3月5日，無誤。", ["民國77年3月5日"]),
        ("生年月日: 平成4年7月9日（1992/07/09）", ["1992/07/09", "平成4年7月9日"]),
        ("تاريخ ميلادي 1404/07/15 هـ (الموافق 16/04/1984) للتحقق", ["1404/07/15", "16/04/1984"]),
        ("Sig.ra Rosalba Cusumano, nata ad Agrigento il 03/05/1958, proprietaria", ["03/05/1958"]),
        ("Születési hely, idő: Debrecen, 1990. március 3.", ["1990. március 3."]),
        ("Asiakas: Mikko Juhani Lehtonen, syntynyt 11.11.1977", ["11.11.1977"]),
        ("น้องเกิดวันที่ 5 มิถุนายน 2560 ครับ", ["5 มิถุนายน 2560"]),
        ("tanggal lahir pelanggan 17 Agustus 1993 sudah diverifikasi", ["17 Agustus 1993"]),
        ("Mteja: Nilizaliwa tarehe 3 Machi 1990, huko Nyeri.", ["3 Machi 1990"]),
        ("জন্ম তারিখ (যাচাইয়ের জন্য): ১২ জানুয়ারি ১৯৭১", ["১২ জানুয়ারি ১৯৭১"]),
        ("mi vieja cumple 60 el 15, nació el 15/04/1964, le compramos algo", ["15/04/1964"]),
        ("Laut Vertrag sind Sie am 19.07.1994 in Gelsenkirchen geboren;", ["19.07.1994"]),
    ],
)
def test_birth_dates_cued_in_more_languages_and_calendars(text: str, dates: list[str]) -> None:
    assert sorted(found(text)) == sorted(dates)


@pytest.mark.parametrize(
    "text",
    [
        "Vertrag vom 19.07.1994 (gültig bis 2030/01/01)",  # a bracketed date after no birth date
        "1972年3月18日生产的设备",  # made on, not born on
        "生产日期：2024年1月5日",
    ],
)
def test_other_dates_near_those_words_are_not_birth_dates(text: str) -> None:
    assert found(text) == []


def found(text: str) -> list[str]:
    return values(text, DateOfBirthRecognizer())


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Utleier: Sunniva Haugland, f. 02.05.1976, +47 924 18 305", "02.05.1976"),
        ("Дата народження: 17 вересня 1990 р.", "17 вересня 1990"),
        ("3. Your date of birth: our file shows March 9, 1979.", "March 9, 1979"),
    ],
)
def test_norwegian_f_cyrillic_months_and_what_the_file_shows(text: str, date: str) -> None:
    assert found(text) == [date]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("муж — Ким Олег, дочь Вера (2016 г.р.)", "2016"),
        ("пані Олени Коваль (14.03.1969 р.н.), повідомляємо", "14.03.1969"),
        ("תאריך לידה: ג' באדר תשמ\"ו", "ג' באדר תשמ\"ו"),
        ("วันเกิด: 3 ก.พ. 2529", "3 ก.พ. 2529"),
        ("एजेंट: अपनी जन्मतिथि बताइए।\nग्राहक: 4 मार्च 1981।", "4 मार्च 1981"),
    ],
)
def test_birth_dates_in_cyrillic_abbreviations_hebrew_thai_and_hindi_replies(
    text: str, date: str
) -> None:
    assert date in values(text, DateOfBirthRecognizer())
