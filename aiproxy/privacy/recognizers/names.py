"""What a name looks like, shared by the rules that find people (`person`, `speakers`).

A candidate from any rule is shrunk to its name words by `trim`; the thresholds here keep
the rules agreeing on what counts as an English word rather than a name.
"""

from __future__ import annotations

import re

from aiproxy.privacy.recognizers.vocabulary import GIVEN_NAME_WORDS, NAME_PARTICLES, NOT_A_NAME

#: Titles before a name, in the languages customers write in ("Dr", "Avv", "Herr", "Fr").
TITLES = (
    r"Mr|Mrs|Ms|Mx|Miss|Dr|Prof|Sir|Madam|Avv|Dott|Ing|Sig|Sra|Srta|Sr|Mme|Mlle|Herr|Frau"
    r"|Pan|Pani|Fr|Rev|Revd|Father|Pastor|Pastorin|Pastora|Imam|Rabbi|Dra|Dña|Brother|Sister"
    r"|Uncle|Auntie|Aunty|Pak|Bu|Ibu|Bapak|Tuan|Puan|Encik|Haji|Hajjah|Sheikh|Ustaz|RN"
    r"|[Cc]ô|[Tt]hầy"
    r"|[Ôô]ng|[Bb]à"
    r"|Herrn|[Mm]eneer|[Mm]evrouw|Mevr|Dhr|mr|mrs|sig"  # not "ms": "300 ms. If"
)
#: A surname in capitals, a comma, then given names: how court lists, payroll and clinic
#: systems print a name ("HARGREAVES, Colin Andrew", "DA SILVA FERREIRA, Joana").
SURNAME_FIRST = (
    r"[A-Z][A-Z'\-]+(?: [A-Z][A-Z'\-]+){0,2},[ \t]+[A-Z][a-z'\-]+(?:[ \t]+[A-Z][a-z'\-]+){0,2}"
)
#: One word of a name: a letter, then letters, digits, apostrophes, hyphens or combining
#: accents (Yoruba writes "Tọ́pẹ́" with marks no precomposed letter carries).
WORD = r"[^\W\d_][\w'\u2019\-\u0300-\u036f]*"
#: A speaker word this much more common in English than elsewhere is a field label
#: ("Squads:", "Detection:"); lower than `Lexicon.is_english_word`'s default, because a
#: name in a transcript is usually also found elsewhere ("Hope Delgado", then "Hope:").
LABEL_MARGIN = 1.7
#: Words at least this common in English are words, not names NER failed to know.
COMMON_ZIPF = 3.5

_WORD = re.compile(WORD)


#: Endings of German abstract nouns, which German capitalises like names ("Krankmeldung",
#: "Stellungnahme", "Zuständigkeit"); long words only, so "Hartung" and "Jung" stay names.
_NOUN_ENDING = re.compile(r"(?:ung|heit|keit|schaft|nahme|tät|ismus|ungen|störung)$")


def is_name_word(word: str) -> bool:
    """Capitalised, not a short acronym, no digits ("E-40771" is an id), not vocabulary."""
    if not word[:1].isupper() or (word.isupper() and 1 < len(word) <= 4):
        return False
    if any(c.isdigit() for c in word):
        return False
    if len(word) >= 8 and _NOUN_ENDING.search(word):
        return False
    return word.lower().strip("'\u2019-") not in NOT_A_NAME


def shouted_name(value: str) -> bool:
    """A name in capitals, short words included ("RASMUS HOLM", "BAO NGOC"), that `trim`'s
    acronym rule would drop: alphabetic words of two letters or more, none vocabulary."""
    words = value.split()
    return bool(words) and all(
        w.isalpha() and w.isupper() and len(w) >= 2 and w.lower() not in NOT_A_NAME for w in words
    )


#: Words after a surname that make it a household's ("the Delacroix-Mbeki family"); the
#: one article a surname takes.
HOUSEHOLD = r"family|household|twins|children"


def trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Shrink a candidate to its name words: drop cue words, possessives, trailing particles."""
    words = [m.span() for m in _WORD.finditer(text, start, end)]
    given = False
    while words and not is_name_word(text[words[0][0] : words[0][1]]):
        given = _given_name_before_surname(text, words)
        if given:
            break
        words.pop(0)
    kept: list[tuple[int, int]] = []
    for w_start, w_end in words:
        word = text[w_start:w_end]
        gap = text[kept[-1][1] : w_start] if kept else ""
        if "\n" in gap or "\t" in gap or "    " in gap:
            break  # a name never runs on to the next line or column ("Inês    Company:")
        particle = kept and word.lower() in NAME_PARTICLES
        surname_first = kept and word[:1].isupper() and word.lower() in GIVEN_NAME_WORDS
        if is_name_word(word) or particle or given or surname_first:  # "Okonjo, Hope"
            given = False
            kept.append((w_start, w_end))
        else:
            break
    while kept and not text[kept[-1][0]].isupper():
        kept.pop()
    if not kept:
        return None
    s, e = kept[0][0], kept[-1][1]
    for suffix in ("'s", "\u2019s"):
        if text.endswith(suffix, s, e):
            e -= 2
    return (s, e) if e - s >= 2 else None


def _given_name_before_surname(text: str, words: list[tuple[int, int]]) -> bool:
    """ "Hope Castellanos", "May Tan": a word that is vocabulary elsewhere ("hope this
    helps", "may") is a given name when a surname follows on the same line."""
    (start, end), rest = words[0], words[1:]
    if not text[start].isupper() or text[start:end].lower() not in GIVEN_NAME_WORDS or not rest:
        return False
    gap = text[end : rest[0][0]]
    return gap.strip(" \t") == "" and "\n" not in gap and is_name_word(text[slice(*rest[0])])


def word_char(text: str, index: int) -> bool:
    """What regex `\\w` matches, at `index` of `text` (False outside it)."""
    if not 0 <= index < len(text):
        return False
    char = text[index]
    return char.isalnum() or char == "_"


def whole_word_at(text: str, start: int, end: int) -> bool:
    """text[start:end] is not part of a longer word."""
    return not word_char(text, start - 1) and not word_char(text, end)
