"""What a name looks like: the trimming every person rule shares."""

from __future__ import annotations

import pytest

from aiproxy.privacy.recognizers.names import is_name_word, trim, whole_word_at


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dear Maria van der Berg,", "Maria van der Berg"),
        ("Thanks Kwame's team", "Kwame"),
        ("Majo Ruiz\nStart date", "Majo Ruiz"),
        ("Customer Ana de", "Ana"),
        ("Hope Castellanos", "Hope Castellanos"),
    ],
)
def test_trim_keeps_only_the_name_words(text: str, expected: str) -> None:
    span = trim(text, 0, len(text))
    assert span is not None and text[span[0] : span[1]] == expected


def test_trim_finds_nothing_in_vocabulary_ids_or_acronyms() -> None:
    for text in ("Thanks", "employee E-40771", "CRM", "Hope this helps"):
        assert trim(text, 0, len(text)) is None, text


def test_name_words_are_capitalised_and_not_vocabulary() -> None:
    assert is_name_word("Oluwaseun") and is_name_word("O'Brien")
    assert not any(is_name_word(w) for w in ("kwame", "NASA", "Ticket", "R2D2"))


def test_whole_word_at_rejects_parts_of_longer_words() -> None:
    assert whole_word_at("Ana, hi", 0, 3) and not whole_word_at("Anastasia", 0, 3)


def test_german_abstract_nouns_are_no_name_words_but_short_surnames_are() -> None:
    for noun in ("Krankmeldung", "Stellungnahme", "Zuständigkeit", "Angststörung"):
        assert not is_name_word(noun), noun
    for name in ("Hartung", "Jung", "Ekdahl"):
        assert is_name_word(name), name
