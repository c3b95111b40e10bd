"""A name found once is personal everywhere it recurs, unless the text shows otherwise.

"Penny (billing bot)" makes every "Penny" a bot's; "Minh" inside "Ho Chi Minh City" is the
city's. Shared by the person recognizer's rules, which find a name once and leave its
repeats to these.
"""

from __future__ import annotations

import re

from aiproxy.privacy.recognizers.lexicon import Lexicon
from aiproxy.privacy.recognizers.names import is_name_word, whole_word_at
from aiproxy.privacy.recognizers.things import names_a_thing

_CONNECTOR = re.compile(r"[\s'\u2019]+")
_CAPITALISED_WORD = re.compile(r"\b[A-Z\u00c0-\u00de][\w'\u2019\-]*")


def ever_a_thing(text: str, value: str) -> bool:
    """Whether any whole-word occurrence of `value` is shown to name a thing: one "Pebble
    (billing bot)" makes the speaker "Pebble:" below it a bot too."""
    start = text.find(value)
    while start >= 0:
        end = start + len(value)
        if whole_word_at(text, start, end) and names_a_thing(text, start, end):
            return True
        start = text.find(value, start + 1)
    return False


def inside_a_place(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """ "Minh" of "Ho Chi Minh City": a name's part inside a known place of several words
    is no repeat of the name."""
    words = [m.span() for m in _CAPITALISED_WORD.finditer(text, max(0, start - 30), end + 30)]
    inside = [i for i, (s, e) in enumerate(words) if s <= start and end <= e]
    if not inside:
        return False
    at = inside[0]
    for first in range(max(0, at - 3), at + 1):
        for last in range(at, min(len(words), first + 4)):
            if first == last or any(
                text[words[i][1] : words[i + 1][0]] not in (" ", "\t") for i in range(first, last)
            ):
                continue
            if lexicon.is_place(text[words[first][0] : words[last][1]]):
                return True
    return False


_GLUED_AFTER = re.compile(r"[./_\-][a-z0-9]")
_GLUED_BEFORE = re.compile(r"[a-z0-9][./_\-]")


def _inside_an_identifier(text: str, start: int, end: int) -> bool:
    """A lower-case login recurring inside a host or a path ("nightjar" of
    "jenkins.nightjar.example", "nightjar-infra") names the system, not its user again."""
    if not text[start:end].islower():
        return False
    before, after = text[max(0, start - 2) : start], text[end : end + 2]
    return bool(_GLUED_AFTER.fullmatch(after) or _GLUED_BEFORE.fullmatch(before))


#: Arabic particles of a name ("عبد الله", "بن سعيد") are no name alone.
_PARTICLES = frozenset({"عبد", "بن", "بنت", "أبو", "ابو", "آل", "ابن"})


def _caseless_part(part: str) -> bool:
    """A part of a name in a script without capitals ("אורית" of "אורית בן-שושן"), which
    `is_name_word` cannot judge by its first letter."""
    return (
        len(part) >= 3
        and part.isalpha()
        and not any(c.isupper() or c.islower() for c in part)
        and part not in _PARTICLES
    )


def _parts(value: str) -> list[str]:
    parts = _CONNECTOR.split(value)
    if len(parts) < 2:
        return []
    return [p for p in parts if (len(p) >= 3 and is_name_word(p)) or _caseless_part(p)]


def add_repeats(text: str, found: dict[tuple[int, int], float]) -> None:
    """A name found once is personal everywhere it recurs, in full or by one of its parts."""
    needles: set[str] = set()
    for start, end in list(found):
        value = text[start:end]
        needles.add(value)
        needles.update(_parts(value))
    # Whole-word occurrences, longest needle first at each position, non-overlapping
    # left to right: what one regex alternation finds, without compiling one per text.
    longest: dict[int, int] = {}
    for needle in needles:
        start = text.find(needle)
        while start >= 0:
            end = start + len(needle)
            if whole_word_at(text, start, end) and not _inside_an_identifier(text, start, end):
                longest[start] = max(longest.get(start, 0), end)
            start = text.find(needle, start + 1)
    cursor = 0
    for start in sorted(longest):
        if start >= cursor:
            found.setdefault((start, longest[start]), 0.8)
            cursor = longest[start]
