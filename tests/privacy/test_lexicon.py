"""Places and word frequency: where the gazetteer and English usage decide a span's type."""

from __future__ import annotations

import pytest

from aiproxy.privacy.detect import Detector
from aiproxy.privacy.findings import DetectionSpec
from aiproxy.privacy.recognizers.lexicon import Lexicon, load_lexicon

NAMES = DetectionSpec(entities=frozenset({"PERSON", "LOCATION"}))


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return load_lexicon()


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
    assert lexicon.zipf("will") > 6 > lexicon.zipf("Nikhil")
    assert lexicon.is_rare_word("Nikhil") and not lexicon.is_rare_word("error")
    assert not lexicon.is_rare_word("Dependabot")  # never seen: coined, not a name


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
