"""STREET_ADDRESS: the value of an address label, where the address patterns cannot read it.

Persian, Bengali, Tamil or Amharic addresses have no house-number-then-street shape a
pattern could rely on ("গ্রাম: চরকালিকাপুর, ইউনিয়ন: ভেদুরিয়া, ভোলা সদর"), but a record
labels them: "نشانی:", "ঠিকানা:", "முகவரி:", "አድራሻ:". The label's value, to the line's end,
is the address when it has the parts of one: a number or a list of places.
"""

from __future__ import annotations

import re

from aiproxy.privacy.recognizers.base import RegexRecognizer, Rule
from aiproxy.privacy.recognizers.script_names import SCRIPT_LETTER

#: Address in Persian, Arabic, Bengali, Tamil, Amharic, Hindi and Marathi, Thai, Hebrew,
#: Georgian, Kazakh, Russian and Bulgarian, Japanese.
_SCRIPT_LABELS = (
    "نشانی|آدرس|العنوان|ঠিকানা|முகவரி|አድራሻ|पता|पत्ता|ที่อยู่|כתובת|მისამართი|Мекенжайы"
    "|(?:Адрес|адрес)(?:[ \t]+(?:за[ \t]+доставка|доставки|проживания|регистрации))?|ご?住所"
)
#: A home in Finnish, Icelandic, German, Dutch, Romance and Slavic forms, written in Latin
#: letters but in no shape the street patterns know: "Osoite: Hervannan valtaväylä 44 C 18".
_LATIN_LABELS = (
    "Osoite|Kotiosoite|Heimili(?:sfang)?|Wohnadresse|Privatadresse|Woonadres|Domicilio"
    "|Indirizzo[ \t]+di[ \t]+residenza"
    "|Adresa[ \t]+(?:bydliště|trvalého[ \t]+pobytu|de[ \t]+domiciliu)"
    "|Lakcím|Home[ \t]+address|Residential[ \t]+address"
)
_LABELS = f"{_SCRIPT_LABELS}|{_LATIN_LABELS}"
#: A Latin-letter label: texts with neither one nor a script letter skip the rule.
_LATIN_LABEL = re.compile(_LATIN_LABELS)
#: Commas of these scripts (Persian and Arabic "،", Amharic "፣") or a digit of any script.
_PARTS = re.compile(r"[,\u060c\u1363]|\d")
#: A letter of a script without Latin letters: texts without one skip the rule.
_SCRIPT = re.compile(SCRIPT_LETTER)


def _has_parts(match: re.Match[str], text: str) -> bool:
    return _PARTS.search(match.group("value")) is not None


class LabelledAddressRecognizer(RegexRecognizer):
    """Flags the value, so the label stays readable to the model."""

    ENTITY = "STREET_ADDRESS"
    RULES = (
        Rule(
            "labelled",
            re.compile(
                rf"(?m)(?<!\w)(?:{_LABELS})[ \t]*[:\uff1a][ \t]*(?P<value>[^\s:][^\n]{{4,118}}\S)"
            ),
            0.8,
            "value",
            accept=_has_parts,
        ),
    )

    def prefilter(self, text: str) -> bool:
        return _SCRIPT.search(text) is not None or _LATIN_LABEL.search(text) is not None
