"""Places and word frequency: where the gazetteer and English usage decide a span's type."""

from __future__ import annotations

import pytest

from aiproxy.privacy.detect import Detector
from aiproxy.privacy.findings import DetectionSpec
from aiproxy.privacy.recognizers.lexicon import Lexicon

NAMES = DetectionSpec(entities=frozenset({"PERSON", "LOCATION"}))


def _found(detector: Detector, text: str) -> set[tuple[str, str]]:
    return {(f.entity_type, text[f.start : f.end]) for f in detector.analyze(text, NAMES)}


def test_the_gazetteer_knows_cities_countries_and_states_in_their_own_spelling(
    lexicon: Lexicon,
) -> None:
    for place in ("Montréal", "montreal", "Sevilla", "Seville", "Almaty", "Kazakhstan", "Idaho"):
        assert lexicon.is_place(place), place
    for word in ("Kenji", "Salary", "Jenkins"):
        assert not lexicon.is_place(word), word


def test_english_words_are_common_and_unfamiliar_names_rare(lexicon: Lexicon) -> None:
    assert lexicon.zipf("will") > 6 > lexicon.zipf("Atlas") > 3.5
    assert lexicon.zipf("Nikhil") == lexicon.zipf("Dependabot") == 0  # rare, or never seen
    assert lexicon.zipf("jean-luc") == 3.3  # wordfreq's rule for two tokens


def test_english_vocabulary_is_frequent_in_english_only(lexicon: Lexicon) -> None:
    for word in ("Salary", "Expected", "Refund"):
        assert lexicon.is_english_word(word), word
    for name in ("Will", "Maria", "David", "Kenji", "Nikhil"):
        assert not lexicon.is_english_word(name), name


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("I am relocating from Yerevan to Lyon next month.", {"Yerevan", "Lyon"}),
        ("My name is Carmen Robles. Vivo en Sevilla desde enero.", {"Sevilla"}),
        ("Ship to Aigerim Sadykova, 14 Abai Avenue, Almaty 050000, Kazakhstan.", {"Almaty"}),
    ],
)
def test_known_places_the_model_misses_are_found_where_the_text_places_them(
    detector: Detector, text: str, places: set[str]
) -> None:
    found = _found(detector, text)
    assert {("LOCATION", place) for place in places} <= found
    assert not {value for kind, value in found if kind == "PERSON"} & places


def test_a_known_place_without_a_preposition_or_person_is_left_alone(detector: Detector) -> None:
    assert _found(detector, "Pods in the Lyon cluster returned 502s for ten minutes.") == set()


def test_a_name_the_model_calls_a_place_is_a_person(detector: Detector) -> None:
    found = _found(detector, "Welcome aboard, Kenji! Your laptop asset tag is LT-40917.")
    assert found == {("PERSON", "Kenji")}


def test_a_short_acronym_the_model_calls_a_place_is_nothing(detector: Detector) -> None:
    text = "Ms. Watanabe will send the PO on Friday."
    assert ("LOCATION", "PO") not in _found(detector, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Abdi: my card number keeps failing on checkout, can you check?", "Abdi"),
        ("dmitri: who pushed the prod creds??", "dmitri"),
    ],
)
def test_the_sender_of_a_single_chat_message_is_a_person(
    detector: Detector, text: str, name: str
) -> None:
    assert ("PERSON", name) in _found(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "error: could not connect to the database, can you check the password?",
        "nginx: worker process 4411 exited on signal 9",
        "summary: customer wants a refund, can you approve?",
    ],
)
def test_log_prefixes_and_labels_are_no_senders(detector: Detector, text: str) -> None:
    assert not {kind for kind, _ in _found(detector, text)} & {"PERSON"}


def test_ward_suffixes_mark_places_not_people(detector: Detector) -> None:
    found = _found(detector, "Ship to 2-11-3 Meguro, Meguro-ku, Tokyo 153-0063, for Takahashi Yui.")
    assert ("PERSON", "Meguro-ku") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Policy: HO-3-5520941\nInsured: Siobhan Byrne\nProperty: 55 Larkspur Lane\nLoss: hail",
        "Passenger: Rangi Parata\nOutbound: NZ 103\nReturn: NZ 110\nFare: NZD 612.40",
    ],
)
def test_form_labels_are_no_chat_speakers(detector: Detector, text: str) -> None:
    labels = {"Policy", "Insured", "Property", "Loss", "Passenger", "Outbound", "Return", "Fare"}
    assert not {value for _, value in _found(detector, text)} & labels


def test_english_vocabulary_the_model_calls_a_person_is_dropped(detector: Detector) -> None:
    text = "Salary account change for Katarzyna Wisniewska takes effect next month."
    found = _found(detector, text)
    assert ("PERSON", "Salary") not in found
    assert any(kind == "PERSON" and "Katarzyna" in value for kind, value in found)


def test_a_title_keeps_a_surname_that_is_also_a_word(detector: Detector) -> None:
    assert ("PERSON", "Carpenter") in _found(detector, "Please call Mr. Carpenter back today.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("1:1 notes\n- Grant wants to move to the Payments squad next quarter.", "Grant"),
        ("hi ms reyes, it's hope's dad. she will be late tomorrow. thanks \u2014 gabriel", "reyes"),
        ("hi ms reyes, it's hope's dad. she will be late tomorrow. thanks \u2014 gabriel", "hope"),
        (
            "hi ms reyes, it's hope's dad. she will be late tomorrow. thanks \u2014 gabriel",
            "gabriel",
        ),
        (
            "Bonjour, c'est Am\u00e9lie Laurent, je vous appelle pour la facture.",
            "Am\u00e9lie Laurent",
        ),
        ("Full name: Mar\u00eda Castillo\nPreferred name: Majo\nStart date: July 1", "Majo"),
        ("[22:01] ana.souza: prod is down\n[22:03] lukas: try restarting the pool", "ana.souza"),
        (
            "Kate\u0159ina Novotn\u00e1 11:02: he wants to pay by card over the phone",
            "Kate\u0159ina Novotn\u00e1",
        ),
    ],
)
def test_names_written_the_way_people_write_them(detector: Detector, text: str, name: str) -> None:
    assert ("PERSON", name) in _found(detector, text)


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Deploy log: DeployBot promoted web 2024.06.3; PagerBot resolved the alert.", "DeployBot"),
        ("Speakers from Hoffman Clinical Research and Patel & Rao Biostatistics.", "Hoffman"),
        ("Amelie from Laurent Interiors called about invoice FA-20931.", "Laurent"),
        ("Discovery call with Tanaka Precision Co. about the Osaka pilot.", "Tanaka"),
        ("The office is closed for Independence Day and Boxing Day.", "Independence Day"),
    ],
)
def test_bots_companies_and_holidays_are_no_people(
    detector: Detector, text: str, thing: str
) -> None:
    assert not any(thing in value for kind, value in _found(detector, text) if kind == "PERSON")


def test_a_person_looped_in_is_no_place(detector: Detector) -> None:
    found = _found(detector, "priya: I'll open INC-2207 and loop in Kwame")
    assert ("LOCATION", "Kwame") not in found


def test_a_city_after_a_street_is_part_of_the_address(detector: Detector) -> None:
    text = "Invoice from Aoife Gallagher, 19 Harcourt Terrace, Dublin 2."
    assert ("LOCATION", "Dublin") in _found(detector, text)


def test_place_fields_and_us_city_state_zip_are_places(detector: Detector) -> None:
    record = '{"name": "Farah Tehrani", "city": "Boise", "plan": "pro"}'
    assert ("LOCATION", "Boise") in _found(detector, record)
    mail = "Mailing address: 2216 Calle Alameda, Las Cruces, NM 88005"
    assert ("LOCATION", "Las Cruces, NM 88005") in _found(detector, mail)


def test_a_ticket_moved_to_done_or_a_code_above_a_line_is_no_place(detector: Detector) -> None:
    assert _found(detector, "Jira 09:03  REL-77 moved to Done") == set()
    text = "Fraud line notes FR-220931\nCaller states her name is Thandiwe."
    assert not any(kind == "LOCATION" for kind, _ in _found(detector, text))


def test_english_share_tells_english_from_other_languages(lexicon: Lexicon) -> None:
    assert lexicon.english_share("Please reset my password, the link has expired.") > 0.7
    assert lexicon.english_share("Bitte Versichertenkarte und Medikationsplan mitbringen.") < 0.5
    assert lexicon.english_share("12345 !!") == 1.0


def test_in_another_language_one_capitalised_noun_is_no_name(detector: Detector) -> None:
    german = "Termin am 3.11. um 08:45 Uhr. Bitte Versichertenkarte und Medikationsplan mitbringen."
    assert not any(kind == "PERSON" for kind, _ in _found(detector, german))
    italian = "Ciao Davide,\nsul progetto la sostituisce Lorenzo fino al 25 ottobre."
    assert {("PERSON", "Davide"), ("PERSON", "Lorenzo")} <= _found(detector, italian)


def test_a_place_locates_the_writer_in_other_languages_too(detector: Detector) -> None:
    text = "Merci de vérifier : à cette date j'étais à Bamako chez ma famille."
    assert ("LOCATION", "Bamako") in _found(detector, text)


def test_a_text_half_of_shared_words_is_foreign_when_they_are_anothers(lexicon: Lexicon) -> None:
    spanish = (
        "Ya hablé con Sergio de atención al cliente el lunes y me dijo que tardaría 10 días. "
        "Prefiero que la devolución se haga por transferencia a mi cuenta. Un saludo, Ana"
    )
    assert not lexicon.is_english(spanish)
    assert lexicon.is_english("Hi team, the deploy to eu-north-1 failed again at 09:14 UTC.")
    assert lexicon.is_english("NODE_ENV=staging\nAPP_VERSION=4.2.0\nLOG_LEVEL=debug\n")


def test_spanish_sentence_starters_are_no_names(detector: Detector) -> None:
    text = (
        "Hola, soy Ana Belén Rojas. Ya hablé con atención al cliente el lunes. "
        "Prefiero que la devolución se haga por transferencia.\nUn saludo,\nAna Belén"
    )
    people = {value for kind, value in _found(detector, text) if kind == "PERSON"}
    assert {"Ya", "Prefiero", "Un"}.isdisjoint(people)
    assert "Ana Belén Rojas" in people


def test_a_name_alone_in_a_report_column_is_a_name(detector: Detector) -> None:
    text = (
        "Three auto claims were filed from overlapping devices:\n"
        "  CLM-7710589  Marisol Ventura  SSN 608 21 4473  IP 73.162.44.19\n"
        "  CLM-7711002  Tyrell Booker  SSN 455701838  IP 2601:647:4d00:9a0::3f\n"
        "  10:30  T20251102  NGUYEN, Van Long  Plea and Trial Preparation Hearing\n"
    )
    people = {value for kind, value in _found(detector, text) if kind == "PERSON"}
    assert {"Marisol Ventura", "Tyrell Booker", "NGUYEN, Van Long"} <= people
    assert "Plea and Trial Preparation Hearing" not in people


def test_english_vocabulary_opening_a_sentence_is_no_name(detector: Detector) -> None:
    text = (
        "Rental Applicant Report TK-2025-449017. Applicant: Jaylen Pruitt.\n"
        "Victim given a support leaflet. Report expires Nov 24, 2025.\n"
        "Blessing, can you call the tenant? Rachel, please check the deposit."
    )
    people = {value for kind, value in _found(detector, text) if kind == "PERSON"}
    assert {"Report", "Victim"}.isdisjoint(people)
    assert {"Jaylen Pruitt", "Rachel"} <= people
