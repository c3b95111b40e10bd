"""STREET_ADDRESS: house number + street name + street type, in US, UK and EU word orders."""

from __future__ import annotations

import re
from collections.abc import Iterator

from aiproxy.privacy.recognizers.address_tail import address_end
from aiproxy.privacy.recognizers.base import RegexRecognizer, Rule, Span
from aiproxy.privacy.recognizers.business_lines import on_a_business_line
from aiproxy.privacy.recognizers.record_addresses import record_addresses
from aiproxy.privacy.recognizers.script_addresses import SCRIPT_ADDRESS_RULES

#: Common street types (USPS Publication 28 / Royal Mail usage), with their abbreviations.
_SUFFIX = (
    r"Street|St|Streets|Avenue|Ave|Av|Road|Rd|Roads|Boulevard|Blvd|Lane|Ln|Drive|Dr|Drives"
    r"|Court|Ct|Courts|Place|Pl|Terrace|Ter|Way|Ways|Parkway|Pkwy|Circle|Cir|Circles|Highway"
    r"|Hwy|Square|Sq|Squares|Close|Crescent|Cres|Gardens?|Gdns|Row|Mews|Hills?|Walks?|Groves?"
    r"|Parks?|Trail|Trl|Trace|Track|Loop|Alley|Aly|Plaza|Plz|Points?|Pt|Ridges?|Rdg|Run|Path"
    r"|Pike|Turnpike|Expressway|Expy|Freeway|Fwy|Motorway|Skyway|Crossing|Xing|Crossroads?"
    r"|Commons?|Heights|Hts|Estates?|Meadows?|Mdws?|Springs?|Fields?|Harbou?rs?|Hbr|Isles?"
    r"|Islands?|Junctions?|Jct|Landing|Manors?|Mills?|Orchard|Pass|Passage|Ports?|Prairie"
    r"|Ranch|Shores?|Shoals?|Station|Sta|Summit|Valleys?|Vly|Views?|Villages?|Vlg|Ville|Vista"
    r"|Wells?|Woods?|Brooks?|Creek|Crk|Canyon|Cove|Coves|Glens?|Greens?|Haven|Hollow|Lakes?"
    r"|Mount|Mt|Mountains?|Oval|Pines?|Plains?|Ramp|Rest|River|Route|Rte|Causeway|Embankment"
    r"|Parade|Quay|Wharf|Rise|Vale|Wynd|Yard|Approach|Broadway|Gate|Gateway|Esplanade|Mall"
    r"|Dam|Inlet|Club|Camp|Bay|Bend|Bluffs?|Bottom|Branch|Bridge|Burgs?|Bypass|Cape|Center"
    r"|Centre|Cliffs?|Corners?|Course|Crest|Curve|Dale|Divide|Extension|Falls|Ferry|Flats?"
    r"|Ford|Forest|Forge|Forks?|Fort|Keys?|Knolls?|Lights?|Lock|Locks|Lodge|Neck|Overpass"
    r"|Radial|Rapids?|Spurs?|Stream|Throughway|Tunnel|Underpass|Viaduct|Wall"
)
_NAME_WORD = r"(?:[A-Z0-9][\w'\u2019.\-]*|de|la|del|of|the|du|van|von)"
_UNIT = r"(?:,?\s*(?:Apt|Apartment|Suite|Ste|Unit|Flat|Fl|Floor|Room|Rm|#)\.?\s*#?\s*[\w\-]{1,6})"
_UK_POSTCODE = r"[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}"
_CITY_TAIL = (
    rf"(?:,?[ \t]*\n?[ \t]*(?:[A-Z][\w'\u2019\-]+[ \t]){{0,3}}[A-Z][\w'\u2019\-]+,?[ \t]+"
    rf"(?:[A-Z]{{2}}[ \t]+\d{{5}}(?:-\d{{4}})?|{_UK_POSTCODE}))?"
)
_DIRECTION = r"(?:[ \t]+(?:NW|NE|SW|SE|N|S|E|W)\b\.?)"
#: A trailing ", City" that ends the clause belongs to the address.
_TRAILING_CITY = r"(?:,[ \t]*[A-Z][\w'\u2019\-]+(?:[ \t][A-Z][\w'\u2019\-]+)?(?=[.;\n]|$))?"
_US_UK = (
    rf"(?:(?:Flat|Apt|Unit|Suite)\s+\w{{1,5}},?\s+)?(?<!-)\b\d{{1,6}}[A-Za-z]?"
    rf"(?:[\-\u2013]\d{{1,5}})?,?[ \t]+"  # one line: "22917\nHi Dr" is no address
    rf"(?:{_NAME_WORD}[ \t]+){{1,4}}(?:{_SUFFIX})\b\.?{_DIRECTION}?{_UNIT}?"
    rf"{_CITY_TAIL}{_TRAILING_CITY}"
)
_EU_SUFFIX_WORD = (
    r"[A-ZÄÖÜÅÆØ][\wäöüßåæøéèàç\-]{2,}(?i:straße|strasse|str\.|weg|gasse|platz|allee|ring|damm"
    r"|ufer|gracht|laan|straat|plein|kade|vej|gade|gatan|vägen|gränd|katu|tie|veien|gata|vegur"
    r"|stígur|braut)"
)
_EU_PREFIX = (
    r"(?:Rue|Avenue|Boulevard|Bd|Chemin|Allée|Impasse|Quai|Place|Calle|C/|Avenida|Avda\.?|Av\."
    r"|Str\.|Strada|Calea|Aleea|[ȘS]os\.|Jr\.(?=\s+[A-Z][a-z])"
    r"|Paseo|Plaza|Via|Viale|Piazza|Corso|Largo|Carrer|Rua|Praça|Travessa|ul\.|ulica|al\.|os\.|pl\."
    r"|Heol|Ffordd|Stryd|Passeig|Avinguda|Plaça|Rambla|Ronda|Travessera|Ulica|Ul\.|Trg|Bulevar"
    r"|Vicolo|Contrada|Località|Borgo|Lungomare|Camino)"
)
#: A postal code and town after the street: "10117 Berlin", "D-80331 München", Polish
#: "80-309 Gdańsk", Dutch "3581 KR Utrecht", Slovak "949 01 Nitra", Portuguese "4050-174 Porto".
_EU_POSTAL_CITY = (
    r"(?:,?\s+(?:(?:[A-Z]{1,2}-)?\d{4,5}|\d{2}-\d{3}|\d{4}-\d{3}|\d{4}[ \t]?[A-Z]{2}"
    r"|\d{3}[ \t]\d{2})"
    r"\s+[A-ZÀ-ÞĀ-Ž][a-zß-ÿā-ž][^\W\d_]*(?:-[^\W\d_]+)*)?"
)
_EU_TAIL = _EU_POSTAL_CITY + r"(?:,[ \t]*[A-Z][\w'\-]+(?:[ \t][A-Z][\w'\-]+)?(?=[.;\n]|$))?"
_EU_NAME = (
    r"(?:(?:de\s+la|de|del|des|du|di|dei|della|delle|do|da|dos|das|degli|y|yr)\s+"
    r"|(?:dell|dall|d|l|all)['\u2019])?[A-ZÀ-ÝĀ-Ž][\w'\u2019\-]+"  # "ul. Stefana Żeromskiego"
)


#: "22 July 1983   Place of birth": a date before a street word is no house number.
_DATE_FIRST = re.compile(
    r"\d{1,2}(?:st|nd|rd|th)?\s+(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?"
    r"|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{4}\b"
)


class StreetAddressRecognizer(RegexRecognizer):
    """Address patterns are case-sensitive: capitalised street words keep prose out.

    Scores sit above NER's so a street named after a person stays one address finding.
    """

    ENTITY = "STREET_ADDRESS"
    RULES = (
        Rule("us_uk", re.compile(_US_UK), 0.9),
        Rule(
            "eu_compound",
            re.compile(
                rf"\b{_EU_SUFFIX_WORD}\s*\d{{1,5}}(?:[\-/]\d{{1,4}}|-?bis|-?ter)?"
                # a staircase and a flat: "Hämeenkatu 24 B 17"
                rf"(?:\s?[a-zA-Z](?:[ \t]\d{{1,3}}\b)?)?\b{_EU_TAIL}"
            ),
            0.9,
        ),
        Rule(
            "eu_prefix_number_after",
            re.compile(
                # written in lower case in prose too: "L'immobile, via Garibaldi 18, int. 5"
                rf"\b(?:{_EU_PREFIX}|via|viale|piazza|corso|rue|calle|rua)\s+{_EU_NAME}"
                rf"(?:\s+{_EU_NAME}){{0,3}},?\s+"
                r"(?:(?i:nr|no)\.?[ \t]*|n[º°.][ \t]*)?\d{1,5}"  # "Str. Mihai Eminescu nr. 34"
                rf"(?:/\d{{1,4}})?[a-zA-Z]?\b{_EU_TAIL}"
            ),
            0.9,
        ),
        Rule(
            "eu_number_first",
            re.compile(
                rf"(?<![:.$€£])\b\d{{1,5}}(?:\s?(?:bis|ter))?,?[ \t]+(?!via\b)(?i:{_EU_PREFIX})"
                rf"\s+{_EU_NAME}"
                rf"(?:\s+[A-ZÀ-Ý][\w'\u2019\-]+){{0,3}}{_EU_TAIL}"
            ),
            0.9,
        ),
        Rule(  # "Bağdat Caddesi No:214", "Jl. Kenanga No. 17"
            "number_sign",
            re.compile(
                r"\b(?:(?:[A-ZÇĞİÖŞÜ]\w+\s+){1,2}(?:Caddesi|Cad\.|Cd\.|Sokak|Soka\u011f\u0131|Sk\."
                r"|Bulvar\u0131|Blv\.|Mahallesi|Mah\.)|(?:Jl\.|Jalan)\s+[A-Z][\w]+(?:\s+[A-Z][\w]+){0,2})"
                r"\s+No\s*[:.]?\s*\d{1,5}[A-Za-z]?\b"
                # then the door and the district: "No: 52 D: 7, Kadıköy, İstanbul"
                r"(?:\s+D\s*[:.]\s*\d{1,4}\b)?(?:,[ \t]*[A-ZÇĞİÖŞÜ][\wçğıöşü]+(?=[,\n]|$)){0,2}"
            ),
            0.85,
        ),
        Rule(
            "type_then_number",  # "Peace Avenue 17", "Main Street 5/2", "Váci út 76"
            re.compile(
                r"(?:\b\d{1,5}/\d{1,4}\s+)?"  # Thai house numbers: "99/14 Sukhumvit Soi 31"
                r"\b(?:[A-ZÀ-Ý][\w'\u2019\-]+\s+){1,3}(?:Street|Avenue|Road|Boulevard|Lane|Drive"
                r"|Square|Soi|út|utca|u\.|körút|tér|sgt\.|krt\.|Markt|Platz|Allee|Weg|Ring|Chaussee"
                r"|Damm|Ufer)\s+\d{1,5}(?:/\d{1,4})?[a-zA-Z]?\b"
                r"(?!-[a-z])" + _EU_TAIL  # "Park Avenue 3-seater sofa" is a product
            ),
            0.85,
        ),
        Rule(  # Czech and Slovak: "Kounicova 684/12, 602 00 Brno" (a five-digit PSČ, spaced)
            "czech",
            re.compile(
                r"\b[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][\wáčďéěíňóřšťúůýž]+(?:\s[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]?[\w.]+)?"
                r"\s\d{1,4}/\d{1,4}[a-z]?,\s\d{3}\s\d{2}\s[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][\w\-]+"
                r"(?:\s\d{1,2}\b)?"
            ),
            0.85,
        ),
        Rule(  # Czech and Slovak streets named by an adjective: "Vinohradská 1874/52"
            "czech_adjective",
            re.compile(
                r"\b[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][\wáčďéěíňóřšťúůýž]+(?:ská|cká|ní|ova|ová|ovo|ého)"
                r"[ \t]\d{1,4}/\d{1,4}[a-z]?\b"
            ),
            0.85,
        ),
        Rule(  # Malaysian "No. 23, Jalan SS 15/4B"; Utah's grid "1189 S 900 E"
            "malaysian_grid",
            re.compile(
                r"\bNo\.[ \t]*\d{1,5}[A-Z]?,[ \t]*(?:Jalan|Jln\.?|Lorong|Persiaran|Taman)"
                r"[ \t]+[\w/ ]{2,30}?(?=,)"
                r"|\b\d{1,5}[ \t]+[NSEW]\.?[ \t]+\d{1,5}[ \t]+[NSEW]\b"
            ),
            0.85,
        ),
        Rule(  # Colombian and Latin American grids: "Carrera 43A # 18 Sur-135", "Cl. 72 No. 10-34"
            "latin_grid",
            re.compile(
                r"\b(?:Carrera|Cra\.?|Kr\.?|Calle|Cl\.?|Avenida|Av\.?|Transversal|Tv\.?|Diagonal"
                r"|Dg\.?)[ \t]+\d{1,3}[A-Z]?(?:[ \t]+Bis)?[ \t]*(?:#|No\.?|N[º°])[ \t]*"
                r"\d{1,3}[A-Z]?(?:[ \t]+Sur)?[ \t]*-[ \t]*\d{1,3}\b"
                r"(?:,[ \t]*[A-Z][\w ]{2,30}?(?=,|$|\n))?"
            ),
            0.85,
        ),
        Rule(  # German streets named by a preposition, then the postcode: "Am Kupfergraben 7,
            # 10117 Berlin" (without the postcode "Am Montag 5" would be one)
            "german_preposition",
            re.compile(
                r"\b(?:Am|An der|An den|Auf der|Auf dem|Im|In der|Zum|Zur|Unter den|Hinter der)"
                r"\s+[A-ZÄÖÜ][\wäöüß\-]+(?:\s[A-ZÄÖÜ][\wäöüß\-]+)?\s+\d{1,4}[a-z]?,?\s+\d{5}"
                r"\s+[A-ZÄÖÜ][\wäöüß\-]+"
            ),
            0.85,
        ),
        Rule(  # a street of one word, its number and the postcode and town: Croatian "Ilica 218,
            # 10000 Zagreb", Slovak "Štúrova 22" above "949 01 Nitra"
            "one_word_street",
            re.compile(
                # alone at the line's start or after a comma: "Vicolo Santa Chiara 3, 90134 …" is
                # another rule's (the last word of a longer name is no street)
                r"(?m)(?:^|(?<=[,:;])|(?<=[,:;][ \t]))"
                r"[A-ZÀ-ÞĀ-Ž][a-zß-ÿā-ž]{3,}[ \t]\d{1,4}[a-z]?,?[ \t]*\n?[ \t]*"
                r"(?:\d{5}|\d{3}[ \t]\d{2}|\d{2}-\d{3})[ \t]+[A-ZÀ-ÞĀ-Ž][a-zß-ÿā-ž][^\W\d_]*"
            ),
            0.8,
        ),
        *SCRIPT_ADDRESS_RULES,
        Rule(
            "romance_no_number",
            re.compile(
                rf"\b(?:rue|chemin|impasse|allée|quai|boulevard|avenue|calle|carrer|rua|viale"
                rf"|piazza|corso)\s+{_EU_NAME}(?:[ \t]+[A-ZÀ-Ý][\w'\u2019\-]+){{0,2}}"
                rf"{_TRAILING_CITY}"
            ),
            0.85,
        ),
    )

    def check(self, match: re.Match[str], rule: Rule, text: str) -> float | None:
        if _DATE_FIRST.match(match.group()) or on_a_business_line(text, match.start()):
            return None  # "Our branch is 250 NW Franklin Ave": nobody's home
        return rule.score

    def spans(self, text: str) -> Iterator[Span]:
        """Each address with the rest of its line's address: flat and floor, postal code,
        town and region ("Via dei Mille 23, scala B, int. 7, Napoli")."""
        for span in super().spans(text):
            end = span.end
            while end > span.start and text[end - 1].isspace():
                end -= 1
            yield Span(span.start, address_end(text, end), span.score)
        for start, end in record_addresses(text):  # "…,Galway,H91 E2K3,…" under "postcode"
            yield Span(start, end, 0.75)
