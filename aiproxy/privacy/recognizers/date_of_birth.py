"""DATE_OF_BIRTH: a date, but only where the text says it is a birth date."""

from __future__ import annotations

import re

from aiproxy.privacy.recognizers.base import RegexRecognizer, Rule

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_ORD = r"(?:st|nd|rd|th)?"
_DATE = (
    rf"(?:\d{{1,2}}[/.\-]\d{{1,2}}[/.\-](?:19|20)?\d{{2}}"
    rf"|(?:19|20)\d{{2}}[/.\-]\d{{1,2}}[/.\-]\d{{1,2}}"
    rf"|(?:the\s+)?\d{{1,2}}{_ORD}\s+(?:of\s+)?{_MONTH},?\s+(?:19|20)\d{{2}}"
    rf"|{_MONTH}\s+\d{{1,2}}{_ORD},?\s+(?:19|20)\d{{2}})"
)
_CUE = (
    r"(?:born(?:\s+on)?|d\.?o\.?b\.?|date\s+of\s+birth|birth\s*date|birthday|geb\.?"
    r"|geboren(?:\s+am)?|geburtsdatum|n[ée]e?\s+le|date\s+de\s+naissance"
    r"|fecha\s+de\s+nacimiento|data\s+de\s+nascimento|data\s+di\s+nascita|data\s+urodzenia"
    r"|geboortedatum|f[öo]delsedatum|do[gğ]um\s+tarih\w*|ng[àa]y\s+sinh)"
)


#: A substring of every cue: texts without one skip the rules.
_PREFILTER = (
    *("born", "dob", "d.o.b", "birth", "geb", "née", "nee", "naissance", "nacimiento"),
    *("nascimento", "nascita", "urodzenia", "geboorte", "delsedatum", "tarih", "sinh"),
)


class DateOfBirthRecognizer(RegexRecognizer):
    """Dates are everywhere in business text; only the birth-date cue makes one personal."""

    ENTITY = "DATE_OF_BIRTH"
    RULES = (
        Rule(
            "cued_date",
            re.compile(
                rf"(?i)\b{_CUE}\b[\"']?(?:\s*\([^()\n]{{1,40}}\))?[\s:=\-]*(?:is\s+|was\s+|of\s+|on\s+)?"
                rf"[\"']?(?P<value>{_DATE})"
            ),
            0.9,
            "value",
        ),
        Rule(  # asked, then answered on the next line: "date of birth?\nCALLER: July 9th, 1979."
            "answered",
            re.compile(
                rf"(?i)\b{_CUE}\b[^\n]{{0,40}}\n[ \t]*[\w .()\-]{{1,25}}:[ \t]*"
                rf"(?P<value>{_DATE})"
            ),
            0.8,
            "value",
        ),
        Rule(
            "born_in_year",
            re.compile(rf"(?i)\bborn\s+in\s+(?P<value>(?:{_MONTH}\s+)?(?:19|20)\d{{2}})\b"),
            0.65,
            "value",
        ),
    )

    def prefilter(self, text: str) -> bool:
        lowered = text.lower()
        return any(cue in lowered for cue in _PREFILTER)
