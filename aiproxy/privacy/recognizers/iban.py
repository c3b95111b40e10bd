"""IBAN_CODE: country code, check digits and BBAN, verified by length per country and mod-97."""

from __future__ import annotations

import re

from aiproxy.privacy.recognizers.base import RegexRecognizer, Rule

#: IBAN lengths from the ISO 13616 registry for the countries customers commonly use.
_LENGTHS = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22,
    "BR": 29, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "DO": 28, "EE": 20,
    "EG": 29, "ES": 24, "FI": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18,
    "GR": 27, "GT": 28, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IS": 26, "IT": 27, "JO": 30,
    "KW": 30, "KZ": 20, "LB": 28, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MD": 24,
    "ME": 22, "MK": 19, "MR": 27, "MT": 31, "MU": 30, "NL": 18, "NO": 15, "PK": 24, "PL": 28,
    "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "SA": 24, "SE": 24, "SI": 19, "SK": 24,
    "SM": 27, "TN": 24, "TR": 26, "UA": 29, "VG": 24, "XK": 20,
}  # fmt: skip


def _mod97(compact: str) -> bool:
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(c, 36)) for c in rearranged)) % 97 == 1


def iban_ok(compact: str) -> bool:
    return _LENGTHS.get(compact[:2]) == len(compact) and _mod97(compact)


def _mistyped_iban(compact: str) -> bool:
    """Mod-97 holds but the length is off by a digit or two (one dropped or doubled when
    copied): still the writer's account number. A random string passes mod-97 once in 97;
    a known country code and a near-right length keep that rare."""
    expected = _LENGTHS.get(compact[:2])
    return expected is not None and abs(len(compact) - expected) <= 2 and _mod97(compact)


class IbanCodeRecognizer(RegexRecognizer):
    """The mod-97 check makes false positives vanishingly rare, so a valid IBAN scores 1.0."""

    ENTITY = "IBAN_CODE"
    RULES = (
        Rule(
            "iban",
            re.compile(
                r"(?<![A-Za-z0-9])[A-Z]{2} ?\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b"
            ),
            1.0,
        ),
    )

    def check(self, match: re.Match[str], rule: Rule, text: str) -> float | None:
        compact = match.group().replace(" ", "")
        if iban_ok(compact):
            return rule.score
        return 0.85 if _mistyped_iban(compact) else None
