"""IBAN_CODE: country code, check digits and BBAN, verified by length per country and mod-97."""

from __future__ import annotations

import re

from aiproxy.privacy.recognizers.base import RegexRecognizer, Rule, window

#: IBAN lengths from the ISO 13616 registry.
_LENGTHS = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22,
    "BR": 29, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "DO": 28, "EE": 20,
    "EG": 29, "ES": 24, "FI": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18,
    "GR": 27, "GT": 28, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IS": 26, "IT": 27, "JO": 30,
    "KW": 30, "KZ": 20, "LB": 28, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MD": 24,
    "ME": 22, "MK": 19, "MR": 27, "MT": 31, "MU": 30, "NL": 18, "NO": 15, "PK": 24, "PL": 28,
    "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "SA": 24, "SE": 24, "SI": 19, "SK": 24,
    "SM": 27, "TN": 24, "TR": 26, "UA": 29, "VG": 24, "XK": 20,
    # the rest of the registry, and the countries whose banks issue IBANs outside it (Iran,
    # Algeria, Morocco and West and Central Africa): mod-97 keeps a wrong guess rare
    "BI": 16, "BY": 28, "DJ": 27, "FK": 18, "HN": 28, "IQ": 23, "LC": 32, "LY": 25, "MN": 20,
    "NI": 28, "OM": 23, "RU": 33, "SC": 31, "SD": 18, "SO": 23, "ST": 25, "SV": 28, "TL": 23,
    "VA": 22, "YE": 30, "IR": 26, "DZ": 26, "MA": 28, "SN": 28, "CI": 28, "CM": 27, "AO": 25,
    "MZ": 25, "MG": 27, "ML": 28, "BJ": 28, "BF": 28, "CV": 25, "GA": 27, "CG": 27, "TD": 27,
    "CF": 27, "GQ": 27, "GW": 25, "KM": 27, "NE": 28, "TG": 28,
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


#: The registry's and banks' published examples ("DE89 3704 0044 0532 0130 00"). Writers
#: also give them as a customer's account, so one counts as an example only where the
#: text says so ("die Beispiel-IBAN …", "het voorbeeldnummer …", "(example from …)").
_DOCUMENTED = frozenset(
    {
        *("DE89370400440532013000", "GB82WEST12345698765432", "GB29NWBK60161331926819"),
        *("NL91ABNA0417164300", "CH9300762011623852957", "FR1420041010050500013M02606"),
        *("IT60X0542811101000000123456", "ES9121000418450200051332", "BE68539007547034"),
        *("AT611904300234573201", "DE44500105175407324931", "PL61109010140000071219812874"),
    }
)
_SAYS_EXAMPLE = re.compile(
    r"(?i)\b(?:example|sample|beispiel|voorbeeld|exemple|ejemplo|esempio|exemplo|przyk[łl]ad)"
)


def _shown_as_an_example(compact: str, text: str, start: int, end: int) -> bool:
    near = window(text, start, end, before=30, after=30)
    return compact in _DOCUMENTED and _SAYS_EXAMPLE.search(near) is not None


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
        if _shown_as_an_example(compact, text, *match.span()):
            return None
        if iban_ok(compact):
            return rule.score
        return 0.85 if _mistyped_iban(compact) else None
