"""Which parts of a text spaCy NER must read; the rest is blanked so NER skips it.

NER costs about 30 ms per KB, most text holds no name, and the cheap proof that a region holds
none is the one the NER-backed recognizers already apply: a PERSON or LOCATION finding always
contains a capitalised word outside `NOT_A_NAME` (see `person._is_name_word` and
`location._plausible_place`). Such words, except common words that merely start a sentence
and short acronyms (SLA, CRM: never a name, and a place only if a known one like UK), are
triggers; NER reads a window of words around each one. en_core_web_sm's tok2vec sees four
tokens either side, so a window wider than that keeps the labels NER gives on the whole text.
Blanked regions become spaces of the same length: offsets stay those of the original text.
"""

from __future__ import annotations

import bisect
import re

from aiproxy.privacy.recognizers.vocabulary import NOT_A_NAME, PLACE_ACRONYMS, SENTENCE_STARTERS

#: Words kept on each side of a trigger: tok2vec's receptive field and one more. Measured on
#: every corpus split, 5 gives the same recall and precision as 8 (and 8 as the whole text)
#: for 20% less NER time; below 5, labels start to change.
CONTEXT_WORDS = 5
#: When triggers would keep more than this share of the text, NER reads all of it.
MAX_KEPT_SHARE = 0.8
_WORD = re.compile(r"[^\W\d_][\w'\u2019\-]*")
_ACRONYM = re.compile(r"[A-Z]{2,4}")
_CHUNK = re.compile(r"\S+")
#: What a sentence-initial word follows: start of text or line, end punctuation, a bullet.
_SENTENCE_END = frozenset(".!?:;\n\"'()[]*-\u2022>")


def _sentence_initial(text: str, start: int) -> bool:
    position = start - 1
    while position >= 0 and text[position] in " \t\r":
        position -= 1
    return position < 0 or text[position] in _SENTENCE_END


def triggers(text: str) -> list[int]:
    """Start offsets of words that could begin a name or place NER would report."""
    found = []
    for match in _WORD.finditer(text):
        word = match.group()
        if not word[0].isupper():
            continue
        lower = word.lower().strip("'\u2019-")
        if lower in NOT_A_NAME:
            continue
        if lower in SENTENCE_STARTERS and _sentence_initial(text, match.start()):
            continue
        if _ACRONYM.fullmatch(word) and word not in PLACE_ACRONYMS:
            continue
        found.append(match.start())
    return found


def ner_view(text: str, context: int = CONTEXT_WORDS) -> str | None:
    """`text` with every region NER cannot need blanked; None when NER needs none of it."""
    starts = triggers(text)
    if not starts:
        return None
    chunks = [(m.start(), m.end()) for m in _CHUNK.finditer(text)]
    chunk_starts = [start for start, _ in chunks]
    keep: list[tuple[int, int]] = []
    for start in starts:
        index = max(0, bisect.bisect_right(chunk_starts, start) - 1)
        first = chunks[max(0, index - context)][0]
        last = chunks[min(len(chunks) - 1, index + context)][1]
        if keep and first <= keep[-1][1]:
            keep[-1] = (keep[-1][0], max(keep[-1][1], last))
        else:
            keep.append((first, last))
    if sum(end - start for start, end in keep) > MAX_KEPT_SHARE * len(text):
        return text
    pieces, position = [], 0
    for start, end in keep:
        pieces.append(" " * (start - position))
        pieces.append(text[start:end])
        position = end
    pieces.append(" " * (len(text) - position))
    return "".join(pieces)
