"""US_SSN: area-group-serial numbers valid under SSA rules; bare 9 digits need a context word."""

from __future__ import annotations

import re
from collections.abc import Iterator

from aiproxy.privacy.recognizers.base import RegexRecognizer, Rule, Span, window
from aiproxy.privacy.recognizers.record_fields import strip_value
from aiproxy.privacy.recognizers.records import record_values

_CONTEXT = (
    "ssn", "social security", "social sec", "ss#", "ss #", "taxpayer", "tin", "itin",
    "your social", "my social",
)  # fmt: skip
#: Whole words only: "tin" is inside "meeting" and "routing".
_CONTEXT_WORD = re.compile(rf"(?<![a-z])(?:{'|'.join(map(re.escape, _CONTEXT))})(?![a-z])")
#: Columns and keys that hold SSNs: "E0932,Mateus,Ferreira Lima,429321246" under "ssn".
_SSN_FIELDS = frozenset(
    {"ssn", "social security", "social security number", "social security no", "ss number"}
    | {"ssn number", "tin", "itin", "taxpayer id", "us ssn", "employee ssn", "member ssn"}
)
_SSN = re.compile(r"(\d{3})([\- .]?)(\d{2})\2(\d{4})")
#: Numbers published in advertising and documentation, never issued to a person.
_NEVER_ISSUED = frozenset({"078051120", "219099999", "123456789"})


class SocialSecurityRecognizer(RegexRecognizer):
    """Dashed or spaced forms are distinctive; a bare nine-digit run usually is not an SSN."""

    ENTITY = "US_SSN"
    RULES = (
        Rule(
            "ssn",
            re.compile(rf"(?<![\w\-.]){_SSN.pattern}(?![\w\-]|\.\d)"),
            0.85,
        ),
    )

    def spans(self, text: str) -> Iterator[Span]:
        """Also a value its record files as an SSN, in any form: a column's header may be
        rows away from its cells."""
        found = list(super().spans(text))
        yield from found
        seen = {(span.start, span.end) for span in found}
        lowered = text.lower()
        if not any(field in lowered for field in ("ssn", "social", "tin", "taxpayer")):
            return  # no column to file one under: parsing the records would find nothing
        for start, end in record_values(text, _SSN_FIELDS, _ssn_value):
            if (start, end) not in seen:
                yield Span(start, end, 0.9)

    def check(self, match: re.Match[str], rule: Rule, text: str) -> float | None:
        area, separator, group, serial = match.groups()
        if not _valid(area, group, serial):
            return None
        # "my SSN is …, my wife's is …"; a question on the line before ("your social?")
        near = window(text, match.start(), match.end(), before=90)
        line = near[near.rfind("\n") + 1 :]
        if area + group + serial in _NEVER_ISSUED:
            # said to be an SSN on its own line: redacted even if it is a published example
            return 1.0 if _CONTEXT_WORD.search(line) else None
        if _CONTEXT_WORD.search(near):
            return 1.0
        return rule.score if separator == "-" else None


def _valid(area: str, group: str, serial: str) -> bool:
    return not (area in ("000", "666") or area.startswith("9") or group == "00" or serial == "0000")


def _ssn_value(text: str, start: int, end: int) -> tuple[int, int] | None:
    start, end = strip_value(text, start, end)
    match = _SSN.fullmatch(text, start, end)
    return (start, end) if match and _valid(match[1], match[3], match[4]) else None
