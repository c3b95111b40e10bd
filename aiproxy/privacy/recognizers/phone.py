"""PHONE_NUMBER: international and national numbers found and validated by `phonenumbers`."""

from __future__ import annotations

import re

import phonenumbers
from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from aiproxy.privacy.recognizers.base import Span, to_results, window

#: Regions tried for numbers written without a country code, most common callers first.
DEFAULT_REGIONS = ("US", "GB", "DE", "FR", "IN", "AU", "NG", "IE", "ES", "IT", "NL", "BR")
_CANDIDATE = re.compile(r"\+?\(?\d[\d\s().\-/]{5,}\d")
_PHONE_CONTEXT = (
    "phone", "call", "tel", "mobile", "cell", "fax", "whatsapp", "sms", "text me", "reach",
    "contact", "number", "ring", "dial", "ph:", "ph.", "mob", "landline", "hotline",
)  # fmt: skip
#: Words right before a digit run that make it an identifier, not a phone number.
_NOT_PHONE = re.compile(
    r"(?:order|invoice|ticket|case|ref|reference|po|sku|id|no\.|#|version|v|build|account"
    r"|acct|tracking|serial|batch|lot|item|part|model|iban|card|ssn|routing|sort code)"
    r"[\s:#.\-]*$"
)


class PhoneRecognizer(LocalRecognizer):  # type: ignore[misc]
    """Formatted or +-prefixed numbers count; bare digit runs need a phone word nearby."""

    ENTITY = "PHONE_NUMBER"

    def __init__(self, regions: tuple[str, ...] = DEFAULT_REGIONS) -> None:
        super().__init__(supported_entities=[self.ENTITY], name="PhoneRecognizer")
        self.regions = regions

    def load(self) -> None:
        """`phonenumbers` ships its metadata; nothing to load."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        return to_results(self.ENTITY, self.spans(text), self)

    def spans(self, text: str) -> list[Span]:
        if _CANDIDATE.search(text) is None:
            return []
        found: dict[tuple[int, int], float] = {}
        for region in self.regions:
            for match in phonenumbers.PhoneNumberMatcher(
                text, region, leniency=phonenumbers.Leniency.VALID
            ):
                key = (match.start, match.end)
                if key in found:
                    continue
                score = self._score(text, match.start, match.end, match.raw_string)
                if score is not None:
                    found[key] = score
        return [Span(start, end, score) for (start, end), score in found.items()]

    @staticmethod
    def _score(text: str, start: int, end: int, raw: str) -> float | None:
        before = window(text, start, start, before=24)
        if _NOT_PHONE.search(before):
            return None
        formatted = raw.startswith("+") or any(c in raw for c in " -.()")
        has_context = any(word in window(text, start, end, before=40) for word in _PHONE_CONTEXT)
        if has_context:
            return 0.9
        if raw.startswith("+") or raw.startswith("("):
            return 0.85
        return 0.7 if formatted else None
