"""Where an address ends: the flat, floor, postal code, town and region after its street.

A street pattern finds "Via dei Mille 23"; the rest of the line's address follows in any
order a country writes it ("scala B, int. 7, Napoli", "411 24 Göteborg", "Co. Cork").
"""

from __future__ import annotations

import re

#: One more part of an address after a comma (or a flat number after a space): a unit
#: ("dpto. 3", "кв. 118", "Daire:5", "502호"), or a place with its postal code and region
#: ("411 24 Göteborg", "Campinas - SP", "Kadıköy/İstanbul", "Co. Cork"), up to where the
#: clause ends. A lower-case word ("Leicester, so please …") ends the address.
_UNIT_PART = (
    r"(?:[^\W\d_][^\s\d,\u060c\-]{0,10}[ \t]?[:.]?[ \t]?\d{1,5}[A-Za-z]?|\d{1,5}호"
    r"|\d{1,4}-[^\W\d_]+|[^\W\d_]{2,6}\.?[ \t][A-Z]"
    r"|\d{1,2}\.?[ºª°oa](?:[ \t]?(?:Esq|Dto|Dir|Frt|Andar|[A-Z])\.?)?"  # "2.º Esq." (NFKC: "2.o")
    # a floor: "3ος όροφος", "2nd floor", "3e étage", "4. OG"
    r"|\d{1,2}(?:ος|η|st|nd|rd|th|e|\.)?[ \t]?(?i:όροφος|floor|étage|etage|piso|andar|piętro"
    r"|stock|og|etasje|kerros|emelet|kat|этаж|поверх))"
)
_PLACE_WORD = (
    r"(?:[A-ZÀ-ÞĀ-ſΑ-ΩΆ-ΏА-ЯЁІЇЄҐİÇŞĞ](?:[^\W\d_]|['\u2019\-])*"  # no digits: "CC-310"
    r"|[\u0621-\u064a\u0900-\u097f\u05d0-\u05ea\u0e01-\u0e4e]{2,})"
)
#: Postal codes before a town: "411 24", "3511 NK" (Dutch), "90-006" (Polish), "4050-174"
#: (Portuguese), "67000".
_POSTCODE = (
    r"(?:(?:[A-Z]{1,2}-)?\d{3}[ \t]?\d{2,3}|\d{4}[ \t]?[A-Z]{2}|\d{2}-\d{3}|\d{4}-\d{3}"
    r"|\d{4,6})"
)
_PLACE_PART = (
    # a town's abbreviation: Ukrainian "м. Львів", Russian "г. Казань", Vietnamese "TP. Huế"
    rf"(?:{_POSTCODE}[ \t]+)?(?:Co\.[ \t]+|(?:м|г|с|смт|TP|Tp|Q|P)\.[ \t]?)?"
    rf"{_PLACE_WORD}(?:[ \t]{_PLACE_WORD}){{0,2}}(?:[ \t]*[\-/][ \t]*{_PLACE_WORD})?"
    r"(?:[ \t]\d{1,2}\b)?"  # a city's district: "Praha 2", "Noida Phase 3"
    # the province in brackets and a postal code after the town: "Montréal (Québec) H2G 1M8",
    # "رمت גן 5250417", "الرياض 12241", "CABA (C1194AAR)"
    r"(?:[ \t]*\((?:[A-ZÀ-ÞА-ЯΑ-Ω][^()\n\d]{1,18}|[A-Z]\d{4}[A-Z]{3})\))?"
    r"(?:[ \t]+(?:\d{5,7}|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d))?"
)
_POSTCODE_PLACE = rf"{_POSTCODE}[ \t]+{_PLACE_WORD}"
_ADDRESS_PART = re.compile(
    # a flat after a space: "lgh 1102", Polish "m. 12", Belgian "bus 3"
    # after a house number's full stop too: "Petőfi Sándor sgt. 4., Hódmezővásárhely"
    rf"(?:\.?[,\u060c][ \t]*|[ \t](?=(?i:lgh|apt|app|apto|dpto|int|kv|кв|daire|kat|lok|m|bus)\b))"
    rf"(?:(?:{_UNIT_PART}|{_PLACE_PART}|{_POSTCODE})(?=[ \t]*(?:[,.;\n)(\u060c]|$))"
    # a postal code and town may go on in prose: "…, 3511 NK Utrecht en wil …"
    rf"|{_POSTCODE_PLACE}(?=[ \t]+[a-z]))"
)


def address_end(text: str, end: int) -> int:
    """Where an address found up to `end` really ends, on the same line."""
    while part := _ADDRESS_PART.match(text, end):
        end = part.end()
    return end
