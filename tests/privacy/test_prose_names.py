"""Names prose gives away: after a preposition, before a reporting or a human verb."""

from __future__ import annotations

import re

import pytest

from aiproxy.privacy.recognizers import prose_names
from aiproxy.privacy.recognizers.lexicon import Lexicon


@pytest.mark.parametrize(
    "text",
    [
        "Beatriz Castillo Ruiz asked for a refund.",
        "Escalated to Priya Sharma said nothing.",
        "Ana Lima said Bo Chen asked twice.",
        "x9Ana Lima said hi; (Kofi Mensah) was here.",
        "The\tMinh Anh's team confirmed it.\nNguyen\nVan Long called.",
        "one two three four five six wrote",
    ],
)
def test_names_before_verbs_match_the_plain_pattern(text: str) -> None:
    # The backward scan must find what the straightforward (slow) pattern finds.
    slow = re.compile(
        rf"(?P<name>{prose_names._NAME_PAIR})(?:'s)?{prose_names._REPORTING_VERB.pattern}"
    )
    assert prose_names.names_before_verbs(text) == [m.span("name") for m in slow.finditer(text)]


def test_words_after_a_preposition_are_a_candidate_the_recognizer_trims() -> None:
    text = "Refund approved for Beatriz Castillo Ruiz today"
    spans = [text[s:e] for s, e in prose_names.paired_names(text)]
    assert spans == ["Beatriz Castillo Ruiz today"]  # `trim` drops "today" in person.py


def test_one_word_before_a_verb_only_people_do_is_a_name_unless_it_is_english(
    lexicon: Lexicon,
) -> None:
    text = "Aiko asked about residency. Finance wants the form."
    assert [text[s:e] for s, e in prose_names.names_before_human_verbs(text, lexicon)] == ["Aiko"]
