"""What a recognizer finds in a text, as the substrings a reader would check."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from aiproxy.privacy.recognizers.base import Span


class SpanFinder(Protocol):
    def spans(self, text: str) -> Iterable[Span]: ...


def values(text: str, *recognizers: SpanFinder) -> list[str]:
    """Found substrings in text order; one value found by two recognizers appears once."""
    spans = sorted({(s.start, s.end) for r in recognizers for s in r.spans(text)})
    return [text[start:end] for start, end in spans]
