"""PERSON: names that prose gives away by the words around them, for NER to miss.

"for Beatriz Castillo Ruiz", "Beatriz Castillo Ruiz asked", "Aiko asked about residency":
a preposition before two capitalised words, a reporting verb after them, or a verb only
people do after one word. The person recognizer vets each span like its others.
"""

from __future__ import annotations

import re

from aiproxy.privacy.recognizers.lexicon import Lexicon
from aiproxy.privacy.recognizers.names import WORD, is_name_word
from aiproxy.privacy.recognizers.vocabulary import SENTENCE_STARTERS

_NAME_PAIR = rf"{WORD}(?:[ \t]+{WORD}){{1,3}}"
#: Two or more capitalised words after a preposition or before a reporting verb: how prose
#: mentions people the NER model does not know ("for Beatriz Castillo Ruiz", "X asked").
_PAIR_AFTER = re.compile(rf"\b(?:for|by|with|and|user|from|of)\s+(?P<name>{_NAME_PAIR})")
#: Found verb first, then the words before it: matching name-then-verb from every word of a
#: text cost more than all other name rules together.
_REPORTING_VERB = re.compile(
    r"\s+(?:called|asked|said|says|reports?|reported|wants|wrote|emailed|is|was|has|had|needs"
    r"|prefers|mentioned|requested|confirmed|cannot|can't|will|would|lives|moved|joined|left"
    r"|signed|complained|replied|phoned|paid|ordered)\b"
)
_WORD_CHAR = re.compile(r"[\w'\u2019\-]")
#: What people do and products do not, right after a one-word name ("Grant wants to move",
#: "Aiko asked about residency"): the verbs of `_REPORTING_VERB` that no tool does.
_HUMAN_VERB = re.compile(
    r"\s+(?:asked|says|said|wants|wanted|wrote|emailed|mentioned|complained|replied|phoned"
    r"|prefers|thinks|thought|feels|felt|agreed|interviewed|apologi[sz]ed|promised|suggested"
    r"|told|explained|offered|volunteered|resigned|pushed\s+back|travell?ed|flew|commented)\b"
)
_LETTER = re.compile(r"[^\W\d_]")
#: Farther back than any four words of a name: where the search for one starts.
_NAME_REACH = 160


def paired_names(text: str) -> list[tuple[int, int]]:
    """Two to four capitalised words after a preposition ("for Beatriz Castillo Ruiz")."""
    return [m.span("name") for m in _PAIR_AFTER.finditer(text)]


def names_before_verbs(text: str) -> list[tuple[int, int]]:
    """Two to four words right before a reporting verb ("Beatriz Castillo Ruiz asked"), read
    backwards from the verb; a name never reaches back past the previous one's verb."""
    spans, floor = [], 0
    for verb in _REPORTING_VERB.finditer(text):
        start = _words_back(text, verb.start(), max(floor, verb.start() - _NAME_REACH))
        if start is not None:
            spans.append((start, verb.start()))
            floor = verb.end()
    return spans


def _words_back(text: str, end: int, floor: int) -> int | None:
    """Start of the farthest of up to four `WORD`s joined by spaces or tabs that end at
    `end`, when there are at least two; what `_NAME_PAIR` anchored at `end` matches."""
    words, position, start = 0, end, None
    while words < 4:
        first = position
        while first > floor and _WORD_CHAR.match(text, first - 1):
            first -= 1
        letter = _LETTER.search(text, first, position)
        if letter is None:
            break
        words, start = words + 1, letter.start()
        gap = start
        while gap > floor and text[gap - 1] in " \t":
            gap -= 1
        if start > first or gap == start:
            break  # the word began after a non-letter, or nothing separates it from the last
        position = gap
    return start if words >= 2 else None


def names_before_human_verbs(text: str, lexicon: Lexicon) -> list[tuple[int, int]]:
    """One capitalised word before a verb only people do; English vocabulary excluded
    ("Support asked", "Finance wants")."""
    spans = []
    for verb in _HUMAN_VERB.finditer(text):
        start = verb.start()
        while start > 0 and _WORD_CHAR.match(text, start - 1):
            start -= 1
        word = text[start : verb.start()]
        if not word or not is_name_word(word) or word.lower() in SENTENCE_STARTERS:
            continue
        if not lexicon.is_english_word(word.lower()):
            spans.append((start, verb.start()))
    return spans
