"""Unicode normalization for detection, with a map from normalized offsets back to the original.

Invisible characters (zero-width spaces, soft hyphens, bidi controls) and compatibility forms
(full-width digits, ligatures, non-breaking spaces) let PII slip past patterns while staying
readable to a model. Detection runs on the normalized text; findings are mapped back so the
span that gets redacted covers the hidden characters in the original too.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from dataclasses import dataclass

#: Characters that render as nothing and only serve to break up tokens.
_INVISIBLE = (
    "\u00ad"  # soft hyphen
    "\u180e"  # Mongolian vowel separator
    "\u200b\u200c\u200d"  # zero-width space / non-joiner / joiner
    "\u200e\u200f"  # left-to-right / right-to-left marks
    "\u202a\u202b\u202c\u202d\u202e"  # bidi embeddings and overrides
    "\u2060\u2061\u2062\u2063\u2064"  # word joiner, invisible operators
    "\u2066\u2067\u2068\u2069"  # bidi isolates
    "\ufeff"  # zero-width no-break space (BOM)
)
_INVISIBLE_SET = frozenset(_INVISIBLE)
_INVISIBLE_RE = re.compile(f"[{_INVISIBLE}]")
_ASCII_RUNS = re.compile(r"[\x00-\x7f]+|[^\x00-\x7f]+")


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """Text as detection sees it, plus where each of its characters came from."""

    text: str
    original_length: int
    #: origins[i] is the index in the original text of normalized character i; None = identity.
    origins: array[int] | None = None

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalized span to the original span covering every character it came from."""
        if self.origins is None:
            return start, end
        if end <= start:
            position = self.origins[start] if start < len(self.origins) else self.original_length
            return position, position
        return self.origins[start], self.origins[end - 1] + 1


def normalize(text: str) -> NormalizedText:
    """Strip invisible characters and apply NFKC per character, remembering original offsets.

    NFKC is applied character by character (not to the whole string) so every output character
    has exactly one origin; ASCII runs, the common case, are copied without per-character work.
    """
    if text.isascii():
        return NormalizedText(text, len(text))
    if _INVISIBLE_RE.search(text) is None and unicodedata.is_normalized("NFKC", text):
        return NormalizedText(text, len(text))
    pieces: list[str] = []
    origins: array[int] = array("q")
    for run in _ASCII_RUNS.finditer(text):
        begin = run.start()
        chunk = run.group()
        if chunk.isascii():
            pieces.append(chunk)
            origins.extend(range(begin, begin + len(chunk)))
            continue
        for offset, char in enumerate(chunk):
            if char in _INVISIBLE_SET:
                continue
            mapped = unicodedata.normalize("NFKC", char)
            pieces.append(mapped)
            origins.extend([begin + offset] * len(mapped))
    return NormalizedText("".join(pieces), len(text), origins)
