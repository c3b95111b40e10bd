"""CREDIT_CARD: 13-19 digit card numbers, grouped by spaces or dashes, that pass Luhn."""

from __future__ import annotations

import re

from aiproxy.privacy.recognizers.base import RegexRecognizer, Rule

#: Issuer prefixes of the schemes a customer is likely to paste (Visa, Mastercard, Amex,
#: Discover, JCB, Diners, UnionPay, Maestro, Türkiye's Troy, Russia's Mir, India's RuPay,
#: Uzbekistan's Humo and UzCard, Vietnam's Napas).
_ISSUER = re.compile(
    r"^(?:4|5[1-5]|2[2-7]|3[47]|6(?:011|5|4[4-9]|2)|35|3(?:0[0-5]|[68])|5[06-8]|6|9792|220[0-4]"
    r"|8[12]|9860|8600|9704)"
)

#: A phone's IMEI is 15 digits with a Luhn check digit too ("IMEI of the device: 3547…").
_DEVICE_ID = re.compile(r"(?i)\b(?:imei(?:sv)?|meid|iccid)\b[^\n\d]{0,30}$")


def luhn_ok(digits: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char)
        if index % 2 == 1:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


class CardNumberRecognizer(RegexRecognizer):
    """Luhn plus issuer prefix keeps order numbers and IDs out; separators must be consistent."""

    ENTITY = "CREDIT_CARD"
    RULES = (
        Rule(
            "card",
            # a Korean or Japanese particle may touch the number: "카드 3539 1844 5328 1848로"
            re.compile(r"(?<![\w\-.+])\d(?:[ \-]?\d){12,18}(?![A-Za-z0-9_\-]|\.\d)"),
            1.0,
        ),
    )

    def check(self, match: re.Match[str], rule: Rule, text: str) -> float | None:
        raw = match.group()
        separators = {c for c in raw if not c.isdigit()}
        if len(separators) > 1:
            return None
        digits = "".join(c for c in raw if c.isdigit())
        if len(set(digits)) == 1 or not _ISSUER.match(digits):
            return None
        if _DEVICE_ID.search(text, max(0, match.start() - 40), match.start()):
            return None
        return rule.score if luhn_ok(digits) else None
