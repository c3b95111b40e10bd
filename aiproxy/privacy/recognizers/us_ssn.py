"""US_SSN: area-group-serial numbers valid under SSA rules; bare 9 digits need a context word."""

from __future__ import annotations

import re

from aiproxy.privacy.recognizers.base import RegexRecognizer, Rule, window

_CONTEXT = ("ssn", "social security", "social sec", "ss#", "ss #", "taxpayer", "tin", "itin")
#: Numbers published in advertising and documentation, never issued to a person.
_NEVER_ISSUED = frozenset({"078051120", "219099999", "123456789"})


class SocialSecurityRecognizer(RegexRecognizer):
    """Dashed or spaced forms are distinctive; a bare nine-digit run usually is not an SSN."""

    ENTITY = "US_SSN"
    RULES = (
        Rule(
            "ssn",
            re.compile(r"(?<![\w\-.])(\d{3})([\- ]?)(\d{2})\2(\d{4})(?![\w\-]|\.\d)"),
            0.85,
        ),
    )

    def check(self, match: re.Match[str], rule: Rule, text: str) -> float | None:
        area, separator, group, serial = match.groups()
        if area in ("000", "666") or area.startswith("9") or group == "00" or serial == "0000":
            return None
        near = window(text, match.start(), match.end(), before=60)  # "my SSN is …, my wife's is …"
        if any(word in near for word in _CONTEXT):
            return 1.0  # said to be an SSN: redacted even if it is a published example
        if area + group + serial in _NEVER_ISSUED:
            return None
        return rule.score if separator == "-" else None
