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
    "|Адреса|پتہ|地址|주소"  # Serbian and Ukrainian, Urdu, Chinese, Korean
)
#: A home in Finnish, Icelandic, German, Dutch, Romance and Slavic forms, written in Latin
#: letters but in no shape the street patterns know: "Osoite: Hervannan valtaväylä 44 C 18".
_LATIN_LABELS = (
    "Osoite|Kotiosoite|Heimili(?:sfang)?|Wohnadresse|Privatadresse|Woonadres|Domicilio"
    "|Indirizzo[ \t]+di[ \t]+residenza"
    "|Adresa[ \t]+(?:bydliště|trvalého[ \t]+pobytu|de[ \t]+domiciliu)"
    "|Lakcím|Home[ \t]+address|Residential[ \t]+address"
    # Polish, Turkish, Dutch and Vietnamese homes, a German or Dutch new or old one
    "|Adres[ \t]+(?:zamieszkania|korespondencyjny|do[ \t]+korespondencji|zameldowania|dostawy)"
    "|(?:Teslimat|Ev|İkamet|Fatura)[ \t]+adresi|Adres|(?:Huidig|Nieuw|Oud)[ \t]+adres"
    "|(?:Neue|Alte|Aktuelle)[ \t]+(?:Adresse|Anschrift)"
    "|Địa[ \t]+chỉ(?:[ \t]+(?:nhà|giao[ \t]+hàng|thường[ \t]+trú|liên[ \t]+hệ))?"
)
_LABELS = f"{_SCRIPT_LABELS}|{_LATIN_LABELS}"
#: Where a line's next field starts after the address: "… 90-063 Łódź · tel. 512 884 021".
_NEXT_FIELD = r"[ \t]+[·|•\u2014][ \t]|[,;]?[ \t]*(?i:tel|tél|phone|mobile?|cep|e-mail)\b"
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
                # a few words may say whose or what for: "آدرس ارسال مدارک:"
                rf"(?m)(?<!\w)(?:{_LABELS})(?:[ \t]+[^\s:\d]{{2,20}}){{0,3}}[ \t]*[:\uff1a][ \t]*"
                rf"(?P<value>[^\s:](?:(?!{_NEXT_FIELD})[^\n]){{4,118}}(?<![\s,;]))"
            ),
            0.8,
            "value",
            accept=_has_parts,
        ),
    )

    def prefilter(self, text: str) -> bool:
        return _SCRIPT.search(text) is not None or _LATIN_LABEL.search(text) is not None
