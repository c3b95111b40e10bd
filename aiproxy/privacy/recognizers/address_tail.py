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
    r"|\d{1,2}\.?[ºª°oa](?:[ \t]?(?:Esq|Dto|Dir|Frt|Andar)\.?)?)"  # "2.º Esq." (NFKC: "2.o")
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
    rf"(?:{_POSTCODE}[ \t]+)?(?:Co\.[ \t]+)?"
    rf"{_PLACE_WORD}(?:[ \t]{_PLACE_WORD}){{0,2}}(?:[ \t]*[\-/][ \t]*{_PLACE_WORD})?"
    r"(?:[ \t]\d{1,2}\b)?"  # a city's district: "Praha 2", "Noida Phase 3"
)
_POSTCODE_PLACE = rf"{_POSTCODE}[ \t]+{_PLACE_WORD}"
_ADDRESS_PART = re.compile(
    # a flat after a space: "lgh 1102", Polish "m. 12", Belgian "bus 3"
    rf"(?:[,\u060c][ \t]*|[ \t](?=(?i:lgh|apt|app|apto|dpto|int|kv|кв|daire|kat|lok|m|bus)\b))"
    rf"(?:(?:{_UNIT_PART}|{_PLACE_PART})(?=[ \t]*(?:[,.;\n)\u060c]|$))"
    # a postal code and town may go on in prose: "…, 3511 NK Utrecht en wil …"
    rf"|{_POSTCODE_PLACE}(?=[ \t]+[a-z]))"
)


def address_end(text: str, end: int) -> int:
    """Where an address found up to `end` really ends, on the same line."""
    while part := _ADDRESS_PART.match(text, end):
        end = part.end()
    return end
