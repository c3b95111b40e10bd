"""LOCATION: cities, countries, regions and landmarks from spaCy NER, with precision filters."""

from __future__ import annotations

import re

from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from aiproxy.privacy.recognizers.base import Span, to_results
from aiproxy.privacy.recognizers.things import names_a_thing
from aiproxy.privacy.recognizers.vocabulary import NOT_A_NAME

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: Where a person lives or works, said outright: the place after it counts even when NER
#: does not know it ("based in Durban").
_PLACE_CUE = re.compile(
    r"\b(?:based|lives|living|located|resides|residing|relocated|relocating|moved|moving)"
    r"\s+(?:in|to)\s+(?P<place>[A-Z][\w'\-]+(?:[ \t]+[A-Z][\w'\-]+)?)"
)
#: "in Lyon": small models often tag a lone place after these as a person.
_PLACE_BEFORE = re.compile(r"\b(?:in|near|at)\s+$")


def _plausible_place(value: str) -> bool:
    if not value[:1].isupper() or any(c.isdigit() or c in "@/_=#<>{}[]|\\" for c in value):
        return False
    return value.lower() not in NOT_A_NAME


class LocationRecognizer(LocalRecognizer):
    """Places alone are weakly identifying; they matter next to a name or an address."""

    ENTITY = "LOCATION"

    def __init__(self) -> None:
        super().__init__(supported_entities=[self.ENTITY], name="LocationRecognizer")

    def load(self) -> None:
        """The spaCy model is loaded by the detector and arrives in `nlp_artifacts`."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if nlp_artifacts is None:
            return []
        spans = []
        for ent in nlp_artifacts.entities:
            if not _plausible_place(ent.text) or names_a_thing(
                text, ent.start_char, ent.end_char, place=True
            ):
                continue
            if ent.label_ in _PLACE_LABELS:
                spans.append(Span(ent.start_char, ent.end_char, 0.75))
            elif ent.label_ == "PERSON" and " " not in ent.text:
                before = text[max(0, ent.start_char - 6) : ent.start_char]
                if _PLACE_BEFORE.search(before):
                    spans.append(Span(ent.start_char, ent.end_char, 0.6))
        for cue in _PLACE_CUE.finditer(text):
            start, end = cue.span("place")
            if _plausible_place(cue.group("place")) and not names_a_thing(text, start, end, True):
                spans.append(Span(start, end, 0.6))
        return to_results(self.ENTITY, spans, self)


#: Words that put a person in a text that names nobody: "the customer lives in Leeds".
_SOMEONE = re.compile(
    r"(?i)\b(?:i|i'm|i've|me|my|mine|he|she|him|his|her|hers|customer|client|user|employee"
    r"|patient|tenant|applicant|candidate|caller|member|guest|passenger|colleague|contact"
    r"|lives|living|based|resides|moved|relocat\w*|born|home|address)\b"
)


def locates_someone(text: str, other_entities: set[str]) -> bool:
    """A place is personal data only where it says where someone is: when the text names or
    reaches a person (another finding), or speaks of one. "The Frankfurt region" and "offices
    in Dubai" locate nobody."""
    return bool(other_entities - {"LOCATION"}) or _SOMEONE.search(text) is not None
