"""Repeats of a found name: everywhere it recurs, except inside a place or as a thing."""

from __future__ import annotations

from aiproxy.privacy.recognizers.lexicon import Lexicon
from aiproxy.privacy.recognizers.repeats import add_repeats, ever_a_thing, inside_a_place


def test_a_found_name_and_its_parts_recur_as_whole_words_only() -> None:
    text = "Siosaia Fifita called. Later Siosaia wrote; Fifitaland is a shop."
    found = {(0, 14): 0.85}
    add_repeats(text, found)
    assert sorted(text[s:e] for s, e in found) == ["Siosaia", "Siosaia Fifita"]


def test_a_part_of_a_name_in_a_script_without_capitals_recurs_too() -> None:
    text = "אורית בן-שושן כתבה. ערב טוב אורית! עبد"
    found = {(0, 13): 0.7}
    add_repeats(text, found)
    assert sorted(text[s:e] for s, e in found) == ["אורית", "אורית בן-שושן"]


def test_an_arabic_particle_of_a_name_is_no_repeat() -> None:
    text = "عبد الله بن سعيد وصل. قال بن إنه جاء"
    found = {(0, 16): 0.7}
    add_repeats(text, found)
    assert sorted(text[s:e] for s, e in found) == ["عبد الله بن سعيد"]


def test_a_part_inside_a_known_place_of_several_words_is_the_places(lexicon: Lexicon) -> None:
    text = "Nguyễn Minh Khoa flies to Ho Chi Minh City"
    start = text.rindex("Minh")
    assert inside_a_place(text, start, start + 4, lexicon)
    assert not inside_a_place(text, text.index("Minh"), text.index("Minh") + 4, lexicon)


def test_a_name_once_shown_to_be_a_bot_is_a_thing() -> None:
    assert ever_a_thing("Transcript with Pebble (billing bot):\nPebble: hi", "Pebble")
    assert not ever_a_thing("Pebble Okoro: hi", "Pebble")


def test_a_lower_case_login_inside_a_host_or_a_path_is_no_repeat() -> None:
    text = "docker login -u kestrel\ncd ~/src/kestrel-infra && ssh ci.kestrel.internal\nkestrel ok"
    first = text.index("kestrel")
    found = {(first, first + len("kestrel")): 0.7}
    add_repeats(text, found)
    assert sorted(text[s:e] for s, e in found) == ["kestrel", "kestrel"]
    assert (text.rindex("kestrel"), len(text) - 3) in found
