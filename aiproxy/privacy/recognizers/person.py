"""PERSON: spaCy NER names, cue-introduced names, chat speakers, and their repeats."""

from __future__ import annotations

import re

from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from aiproxy.privacy.recognizers.base import Span, to_results
from aiproxy.privacy.recognizers.vocabulary import NAME_PARTICLES, NOT_A_NAME

_WORD = r"[^\W\d_][\w'’\-]*"
#: Words that introduce a name: salutations, sign-offs, honorifics, "name is", labelled fields.
_CUE = re.compile(
    r"(?:\b(?:Dear|Hi|Hello|Hey|Thanks|Thank\s+you|Regards|Cheers|Best|Sincerely|Mr|Mrs|Ms|Mx"
    r"|Miss|Dr|Prof|Sir|Madam|Attn)\b\.?,?[ \t]*\n?[ \t]*"
    r"|\b(?:[Nn]ame\s+is|[Nn]amed|[Cc]alled|[Ss]igned\s+by|[Aa]ssigned\s+to|[Ee]scalated\s+to"
    r"|[Ss]poke\s+(?:to|with)|[Cc]all\s+from|[Ee]mail\s+from|[Mm]essage\s+from|[Cc]onfirmed\s+by"
    r"|[Rr]eported\s+by|[Aa]pproved\s+by|[Rr]eferred\s+by)\s+"
    r"|(?m:^|\b)(?:Name|Full\s+name|Customer|Client|Contact|Employee|Patient|Tenant|Applicant"
    r"|Candidate|From|To|Cc|Reporter|Assignee|Requester|Owner|Manager|Emergency\s+contact"
    r"|Account\s+holder|Cardholder|Beneficiary|Signed)\s*:[ \t]*)"
)
_NAME_AFTER_CUE = re.compile(rf"{_WORD}(?:[ \t]+{_WORD}){{0,4}}")
_SPEAKER = re.compile(
    rf"(?m)^[ \t]*(?:\[[^\]\n]{{1,25}}\][ \t]*)?(?P<name>{_WORD}(?:[ \t]{_WORD}){{0,2}}):[ \t]"
)
_CONNECTOR = re.compile(r"[\s'’]+")


def _is_name_word(word: str) -> bool:
    return word[:1].isupper() and word.lower().strip("'’-") not in NOT_A_NAME


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Shrink a candidate to its name words: drop cue words, possessives, trailing particles."""
    words = [(m.start() + start, m.end() + start) for m in re.finditer(_WORD, text[start:end])]
    while words and not _is_name_word(text[words[0][0] : words[0][1]]):
        words.pop(0)
    kept: list[tuple[int, int]] = []
    for w_start, w_end in words:
        word = text[w_start:w_end]
        if _is_name_word(word) or (kept and word.lower() in NAME_PARTICLES):
            kept.append((w_start, w_end))
        else:
            break
    while kept and not text[kept[-1][0]].isupper():
        kept.pop()
    if not kept:
        return None
    s, e = kept[0][0], kept[-1][1]
    for suffix in ("'s", "’s"):
        if text.endswith(suffix, s, e):
            e -= 2
    return (s, e) if e - s >= 2 else None


def _plausible_ner_name(value: str) -> bool:
    if any(c.isdigit() or c in "@/_=#<>{}[]|\\" for c in value):
        return False
    if value.isupper() and len(value) <= 5:
        return False
    return any(c.isalpha() for c in value)


class PersonRecognizer(LocalRecognizer):  # type: ignore[misc]
    """Combines NER recall with cue rules for names small models miss (many non-Western)."""

    ENTITY = "PERSON"

    def __init__(self) -> None:
        super().__init__(supported_entities=[self.ENTITY], name="PersonRecognizer")

    def load(self) -> None:
        """The spaCy model is loaded by the detector and arrives in `nlp_artifacts`."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        return to_results(self.ENTITY, self.spans(text, nlp_artifacts), self)

    def spans(self, text: str, nlp_artifacts: NlpArtifacts | None) -> list[Span]:
        found: dict[tuple[int, int], float] = {}
        for ent in nlp_artifacts.entities if nlp_artifacts is not None else ():
            if ent.label_ != "PERSON" or not _plausible_ner_name(ent.text):
                continue
            trimmed = _trim(text, ent.start_char, ent.end_char)
            if trimmed:
                found[trimmed] = 0.85
        for cue in _CUE.finditer(text):
            after = _NAME_AFTER_CUE.match(text, cue.end())
            trimmed = _trim(text, after.start(), after.end()) if after else None
            if trimmed and trimmed[0] == cue.end():
                found.setdefault(trimmed, 0.75)
        for speaker in _SPEAKER.finditer(text):
            trimmed = _trim(text, *speaker.span("name"))
            if trimmed and trimmed == speaker.span("name"):
                found.setdefault(trimmed, 0.65)
        self._add_repeats(text, found)
        return [Span(s, e, score) for (s, e), score in found.items()]

    @staticmethod
    def _add_repeats(text: str, found: dict[tuple[int, int], float]) -> None:
        """A name found once is personal everywhere it recurs, in full or by one of its parts."""
        needles: set[str] = set()
        for start, end in list(found):
            value = text[start:end]
            needles.add(value)
            needles.update(
                part for part in _CONNECTOR.split(value) if len(part) >= 3 and _is_name_word(part)
            )
        if not needles:
            return
        alternation = "|".join(re.escape(n) for n in sorted(needles, key=len, reverse=True))
        for match in re.finditer(rf"(?<![\w])(?:{alternation})(?![\w])", text):
            found.setdefault(match.span(), 0.7)
