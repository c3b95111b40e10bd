"""STREET_ADDRESS: house number + street name + street type, in US, UK and EU word orders."""

from __future__ import annotations

import re

from aiproxy.privacy.recognizers.base import RegexRecognizer, Rule

#: Common street types (USPS Publication 28 / Royal Mail usage), with their abbreviations.
_SUFFIX = (
    r"Street|St|Avenue|Ave|Av|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Place|Pl"
    r"|Terrace|Ter|Way|Parkway|Pkwy|Circle|Cir|Highway|Hwy|Square|Sq|Close|Crescent|Cres"
    r"|Gardens|Gdns|Row|Mews|Hill|Walk|Grove|Park|Trail|Trl|Loop|Alley|Aly|Plaza|Plz|Point|Pt"
    r"|Ridge|Rdg|Run|Path|Pike|Turnpike|Expressway|Expy|Freeway|Fwy|Crossing|Xing|Commons"
    r"|Heights|Hts|Estates|Meadows?|Mdws?|Springs?|Spgs?|Fields?|Flds?|Harbou?r|Hbr|Isle"
    r"|Junction|Jct|Landing|Lndg|Manor|Mnr|Mill|Mls|Orchard|Pass|Port|Prairie|Ranch|Shores?"
    r"|Station|Sta|Summit|Smt|Valley|Vly|View|Vw|Villages?|Vlg|Vista|Vis|Well|Wells|Woods?"
    r"|Brook|Brk|Creek|Crk|Canyon|Cyn|Cove|Cv|Glen|Gln|Green|Grn|Haven|Hvn|Hollow|Holw|Lake|Lakes"
    r"|Lk|Lks|Mount|Mt|Mountain|Mtn|Oval|Pines?|Plains?|Ramp|Rest|River|Riv|Route|Rte|Causeway"
    r"|Embankment|Parade|Quay|Wharf|Rise|Vale|Wynd|Yard|Approach|Broadway|Gate|Esplanade"
)
_NAME_WORD = r"(?:[A-Z0-9][\w'’.\-]*|de|la|del|of|the|du|van|von)"
_UNIT = r"(?:,?\s*(?:Apt|Apartment|Suite|Ste|Unit|Flat|Fl|Floor|Room|Rm|#)\.?\s*#?\s*[\w\-]{1,6})"
_UK_POSTCODE = r"[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}"
_CITY_TAIL = (
    rf"(?:,?[ \t]*\n?[ \t]*(?:[A-Z][\w'’\-]+[ \t]){{0,3}}[A-Z][\w'’\-]+,?[ \t]+"
    rf"(?:[A-Z]{{2}}[ \t]+\d{{5}}(?:-\d{{4}})?|{_UK_POSTCODE}))?"
)
_US_UK = (
    rf"(?:(?:Flat|Apt|Unit|Suite)\s+\w{{1,5}},?\s+)?\b\d{{1,6}}[A-Za-z]?(?:[\-–]\d{{1,5}})?,?\s+"
    rf"(?:{_NAME_WORD}\s+){{1,4}}(?:{_SUFFIX})\b\.?{_UNIT}?{_CITY_TAIL}"
)
_EU_SUFFIX_WORD = (
    r"[A-ZÄÖÜÅÆØ][\wäöüßåæøéèàç\-]*(?:straße|strasse|str\.|weg|gasse|platz|allee|ring|damm"
    r"|ufer|gracht|laan|straat|plein|kade|vej|gade|gatan|vägen|gränd|katu|tie|veien|gata)"
)
_EU_PREFIX = (
    r"(?:Rue|Avenue|Boulevard|Bd|Chemin|Allée|Impasse|Quai|Place|Calle|C/|Avenida|Avda\.?"
    r"|Paseo|Plaza|Via|Viale|Piazza|Corso|Largo|Carrer|Rua|Praça|Travessa|ul\.|ulica|al\.)"
)
_EU_POSTAL_CITY = r"(?:,?\s+(?:[A-Z]{1,2}-)?\d{4,5}\s+[A-ZÄÖÜ][\wäöüßéèàç\-]+)?"
_EU_NAME = r"(?:(?:de\s+la|de|del|des|du|di|della|do|da|dos|das|degli)\s+)?[A-ZÀ-Ý][\w'’\-]+"


class StreetAddressRecognizer(RegexRecognizer):
    """Address patterns are case-sensitive: capitalised street words keep prose out."""

    ENTITY = "STREET_ADDRESS"
    RULES = (
        Rule("us_uk", re.compile(_US_UK), 0.8),
        Rule(
            "eu_compound",
            re.compile(rf"\b{_EU_SUFFIX_WORD}\s*\d{{1,5}}\s?[a-zA-Z]?\b{_EU_POSTAL_CITY}"),
            0.8,
        ),
        Rule(
            "eu_prefix_number_after",
            re.compile(
                rf"\b{_EU_PREFIX}\s+{_EU_NAME}(?:\s+[A-ZÀ-Ý][\w'’\-]+){{0,3}},?\s+\d{{1,5}}"
                rf"[a-zA-Z]?\b{_EU_POSTAL_CITY}"
            ),
            0.8,
        ),
        Rule(
            "eu_number_first",
            re.compile(
                rf"\b\d{{1,5}}(?:\s?(?:bis|ter))?,?\s+(?i:{_EU_PREFIX})\s+{_EU_NAME}"
                rf"(?:\s+[A-ZÀ-Ý][\w'’\-]+){{0,3}}{_EU_POSTAL_CITY}"
            ),
            0.8,
        ),
    )

    def prefilter(self, text: str) -> bool:
        return any(c.isdigit() for c in text)
