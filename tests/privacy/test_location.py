"""Where a known place's neighbours say it locates someone, and so is no person's name."""

from __future__ import annotations

import pytest

from aiproxy.privacy.detect import Detector
from aiproxy.privacy.findings import DetectionSpec
from aiproxy.privacy.recognizers.lexicon import Lexicon
from aiproxy.privacy.recognizers.location import person_is_place

PLACES = DetectionSpec(entities=frozenset({"LOCATION", "STREET_ADDRESS"}))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Sanne verhuist per december naar Utrecht; nieuw adres volgt.", "Utrecht"),
        ("415 | KOWALSKA Agnieszka | Kraków, PL | card on file", "Kraków"),
        ("E-10231,Darnell White,Finance,Austin, TX", "Austin"),
        ("relocating from Yerevan to Lyon", "Yerevan"),
        ("Dia sedang dinas ke Balikpapan sampai Jumat.", "Balikpapan"),
        ("lekin main abhi Nagpur me hoon cousin ki shaadi", "Nagpur"),
    ],
)
def test_a_known_place_after_a_preposition_or_postposition_or_a_region_code_is_a_place(
    lexicon: Lexicon, text: str, place: str
) -> None:
    start = text.index(place)
    assert person_is_place(text, start, start + len(place), lexicon)


@pytest.mark.parametrize(
    ("text", "name"),
    [("Reply from Austin about the refund", "Austin"), ("Thanks, Florence!", "Florence")],
)
def test_a_place_name_borne_by_a_person_stays_a_person(
    lexicon: Lexicon, text: str, name: str
) -> None:
    start = text.index(name)
    assert not person_is_place(text, start, start + len(name), lexicon)


def test_a_place_of_birth_field_and_a_stay_locate_someone(detector: Detector) -> None:
    text = (
        "Elif Şahin   Doğum yeri: Gaziantep\n"
        "He'll be staying with his grandparents in Kinsale that week."
    )
    found = {text[f.start : f.end] for f in detector.analyze(text, PLACES)}
    assert {"Gaziantep", "Kinsale"} <= found


def test_the_month_of_a_date_is_no_place(detector: Detector) -> None:
    text = (
        "> On 12 Mar 2025, at 09:41, Katarzyna wrote: she moved to Marseille in May.\n"
        "- Hope is out from Nov 3 for six weeks. Invoice of Nov 2025, visit on Sat 11/22.\n"
        "TZ=Europe/Warsaw and Asia/Almaty"
    )
    found = {text[f.start : f.end] for f in detector.analyze(text, PLACES)}
    assert "Mar" not in found and "Nov" not in found and "Marseille" in found
    assert not {"Sat", "Warsaw", "Asia"} & found


def test_a_name_part_inside_a_known_place_leaves_the_place_whole(detector: Detector) -> None:
    text = "badge_name | organisation | home_city\nNguyễn Minh Khoa | VNG | Ho Chi Minh City\n"
    spec = DetectionSpec(entities=frozenset({"PERSON", "LOCATION"}))
    found = {(text[f.start : f.end], f.entity_type) for f in detector.analyze(text, spec)}
    assert ("Ho Chi Minh City", "LOCATION") in found and ("Minh", "PERSON") not in found


def test_an_italian_of_is_no_locative(lexicon: Lexicon) -> None:
    text = "le udienze della sede di Torino le segue l'avv. Rinaldi"
    start = text.index("Torino")
    assert not person_is_place(text, start, start + len("Torino"), lexicon)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("sendo que eu moro em Curitiba e não viajei.", "Curitiba"),
        ("Förresten, Fatima flyttar till Umeå i december.", "Umeå"),
        ("Employee: Jan Kowalski, miejsce urodzenia: Łódź", "Łódź"),
        ("Lives in: Swarzędz (20 min commute)", "Swarzędz"),
    ],
)
def test_living_and_moving_in_other_languages_and_residence_fields_give_a_place(
    detector: Detector, text: str, place: str
) -> None:
    spec = DetectionSpec(entities=frozenset({"LOCATION", "PERSON"}))  # a person is located
    found = [text[f.start : f.end] for f in detector.analyze(text, spec)]
    assert place in found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Sig.ra Carmela Iacobelli, nata a Caltanissetta il 3 marzo 1951, proprietaria",
            "Caltanissetta",
        ),
        ("姓名：林怡君\n出生地：台南市\n住址：台北市大安區", "台南市"),
        ("नाम: राजेश कुमार शर्मा\nजन्म स्थान: जयपुर, राजस्थान", "जयपुर"),
    ],
)  # fmt: skip
def test_a_birthplace_in_prose_or_a_field_of_any_script_is_a_place(
    detector: Detector, text: str, place: str
) -> None:
    spec = DetectionSpec(entities=frozenset({"LOCATION", "PERSON"}))  # a person is located
    found = [text[f.start : f.end] for f in detector.analyze(text, spec)]
    assert place in found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Locuiește în Cluj-Napoca, dispusă să se mute", "Cluj-Napoca"),
        ("Klient twierdzi, że przebywał w Zakopanem i nie logował się", "Zakopanem"),
        ("Bayramda memleketim Salihli'ye gideceğim", "Salihli"),
        ("Najmoprimac: Lejla Hadžić, rođena 22. 6. 1996. u Mostaru, e-pošta", "Mostaru"),
        ("جائے پیدائش: فیصل آباد\nپتہ: …", "فیصل آباد"),
        ("거주지: 경기도 성남시 분당구\n면접일시: 2024-04-11", "경기도 성남시 분당구"),
    ],
)
def test_places_lived_in_born_in_and_filed_in_more_languages(
    detector: Detector, text: str, place: str
) -> None:
    found = [text[f.start : f.end] for f in detector.analyze(text, PLACES)]
    assert any(place in value for value in found)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Jos tulet etänä Kuopiosta, ilmoita niin lähetän linkin minulle", "Kuopiosta"),
        ("Bir tane de Trabzon'daki anneme göndermiştim", "Trabzon'daki"),
        ("Klient twierdzi, że mieszkał w Poznań, i ja też", "Poznań"),
    ],
)
def test_case_endings_and_more_prepositions_put_someone_in_a_known_place(
    detector: Detector, text: str, place: str
) -> None:
    found = [text[f.start : f.end] for f in detector.analyze(text, PLACES)]
    assert place in found


@pytest.mark.parametrize(
    "text",
    [
        "Set menu for my guests: Caesar Salad or Pasta alla Norma",
        "Estimada Sra. Montserrat Puigdomènech i Serra: le escribo",
        "Rodrigo Paz, Talento, oficina de Madrid",
    ],
)
def test_a_dish_a_catalan_surname_and_an_office_are_no_places(
    detector: Detector, text: str
) -> None:
    found = [text[f.start : f.end] for f in detector.analyze(text, PLACES)]
    assert not {"Pasta", "Serra", "Madrid"} & set(found)
