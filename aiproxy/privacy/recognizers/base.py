"""The base every regex recognizer shares: patterns in, validated and scored spans out.

Presidio's PatternRecognizer validates only the matched string; ours see the match object and
the surrounding text, so a recognizer can flag one group (the password in a URL) or require
a context word (SSN without dashes) without a second pass.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import ClassVar

from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

#: A rule's own test of one match, given the whole text: True keeps the match.
Accept = Callable[[re.Match[str], str], bool]


@dataclass(frozen=True, slots=True)
class Rule:
    """One pattern, the score a match gets, and the rule's own validation.

    What every rule of a recognizer shares (a checksum, a placeholder veto) lives in the
    recognizer's `check`; what only one rule needs lives here, with the rule, so a reader
    finds a pattern and its conditions together instead of in a chain of name tests."""

    name: str
    pattern: re.Pattern[str]
    score: float
    #: Name of the group whose span is flagged; the whole match when None.
    group: str | None = None
    #: Run after the recognizer's `check`; None keeps every match.
    accept: Accept | None = None
    #: Match against the text in lower case (`fold_case`), with a pattern written in lower
    #: case and no IGNORECASE: a long word list then runs about four times faster. Offsets
    #: are the text's own; `match.group()` is the lower-cased text.
    folded: bool = False


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    score: float


class RegexRecognizer(LocalRecognizer):
    """A Presidio recognizer driven by `Rule`s, with a per-match `check` hook."""

    ENTITY: ClassVar[str]
    RULES: ClassVar[Sequence[Rule]]

    def __init__(self) -> None:
        super().__init__(
            supported_entities=[self.ENTITY],
            name=type(self).__name__,
            supported_language="en",
        )

    def load(self) -> None:
        """Patterns are compiled at import; nothing to load."""

    def prefilter(self, text: str) -> bool:
        """Cheap test that lets a recognizer skip texts that cannot match."""
        return True

    def check(self, match: re.Match[str], rule: Rule, text: str) -> float | None:
        """Return the score for this match, or None to reject it. Default: the rule's score."""
        return rule.score

    def spans(self, text: str) -> Iterator[Span]:
        """Each span once, scored by the first rule that finds it (rules run in order)."""
        if not self.prefilter(text):
            return
        seen: set[tuple[int, int]] = set()
        folded: str | None = None
        for rule in self.RULES:
            if rule.folded and folded is None:
                folded = fold_case(text)
            for match in rule.pattern.finditer(
                folded if folded is not None and rule.folded else text
            ):
                score = self.check(match, rule, text)
                if score is None or (rule.accept is not None and not rule.accept(match, text)):
                    continue
                start, end = match.span(rule.group) if rule.group else match.span()
                if end > start and (start, end) not in seen:
                    seen.add((start, end))
                    yield Span(start, end, score)

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
    ) -> list[RecognizerResult]:
        return to_results(self.ENTITY, self.spans(text), self)


#: Upper-case letters mapped to their lower case where that is one character, so a folded
#: text keeps every offset; Turkish "İ" (lower case "i̇", two characters) folds to "i", as
#: IGNORECASE matches it.
_FOLD = {
    code: chr(code).lower()
    for code in range(0x2000)
    if chr(code).lower() != chr(code) and len(chr(code).lower()) == 1
} | {ord("İ"): "i"}


def fold_case(text: str) -> str:
    """The text in lower case, offset for offset."""
    return text.translate(_FOLD)


def fold_pattern(source: str) -> str:
    """A pattern written for IGNORECASE, for a `folded` rule: its literals in lower case, its
    escapes as written (`\\W` is not `\\w`). Not for a pattern with a case-sensitive part."""
    if "(?-i:" in source:
        raise ValueError("a case-sensitive part cannot be folded")
    return re.sub(r"\\.|[^\\]+", lambda m: m[0] if m[0][0] == "\\" else m[0].lower(), source)


def alternation(sources: Iterable[str]) -> str:
    """Patterns as one alternation with their leading word boundary tested once.

    The engine tests every branch's own leading `\\b` at every position of the text; hoisted,
    one test turns away the positions inside words for all branches at once (the 128
    special-category statements scan twice as fast)."""
    bounded: list[str] = []
    rest: list[str] = []
    for source in sources:
        one_branch = source.startswith(r"\b") and not _has_top_level_bar(source)
        (bounded if one_branch else rest).append(source)
    branches = [f"(?:{s})" for s in rest]
    if bounded:
        branches.insert(0, r"\b(?:" + "|".join(f"(?:{s[2:]})" for s in bounded) + ")")
    return "|".join(branches)


def _has_top_level_bar(source: str) -> bool:
    """Whether `a|b` splits the pattern itself, not only a group or class inside it: the
    boundary of `\\ba|b` belongs to its first branch alone."""
    depth, in_class, i = 0, False, 0
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 1
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            i += source.startswith("^", i + 1)
            i += source.startswith("]", i + 1)  # a "]" first in a class is a literal
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and not depth:
            return True
        i += 1
    return False


def to_results(
    entity: str, spans: Iterable[Span], recognizer: LocalRecognizer
) -> list[RecognizerResult]:
    """Wrap spans as Presidio results tagged with the recognizer that produced them."""
    metadata = {
        RecognizerResult.RECOGNIZER_NAME_KEY: type(recognizer).__name__,
        RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: recognizer.id,
    }
    return [
        RecognizerResult(entity, s.start, s.end, s.score, recognition_metadata=dict(metadata))
        for s in spans
    ]


def window(text: str, start: int, end: int, before: int = 40, after: int = 0) -> str:
    """Lower-cased text around a span, for context-word checks."""
    return text[max(0, start - before) : min(len(text), end + after)].lower()


def answers(text: str, reply: re.Pattern[str], asked: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """Chat turns matching `reply` whose previous line matches `asked`: a code or a password
    given as the reply to the turn that asked for it ("OTP आया होगा?" / "हाँ 552873")."""
    for turn in reply.finditer(text):
        previous = text.rfind("\n", 0, max(0, turn.start() - 1)) + 1
        if asked.search(text, previous, turn.start()):
            yield turn


def around(text: str, start: int, end: int, before: int, after: int) -> tuple[str, str]:
    """The `before` characters ahead of a span and the rest of its line after it, up to
    `after` characters: what context rules read. A label on the next line says nothing about
    this one ("Policyholder: Emre Yildiz\nPolicy: …" names no "Emre Yildiz Policy")."""
    return text[max(0, start - before) : start], text[end : end + after].split("\n", 1)[0]
