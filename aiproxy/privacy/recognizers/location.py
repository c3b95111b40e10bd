"""LOCATION: cities, countries, regions and landmarks from spaCy NER, with precision filters."""

from __future__ import annotations

import re
from collections.abc import Sequence

from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from aiproxy.privacy.recognizers.base import Span, around, to_results
from aiproxy.privacy.recognizers.business_lines import on_a_business_line
from aiproxy.privacy.recognizers.lexicon import Lexicon
from aiproxy.privacy.recognizers.records import record_places
from aiproxy.privacy.recognizers.things import names_a_thing
from aiproxy.privacy.recognizers.vocabulary import NOT_A_NAME, PLACE_ACRONYMS

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: Where a person lives or works, said outright: the place after it counts even when NER
#: does not know it ("based in Durban").
_PLACE_CUE = re.compile(
    r"\b(?:(?:based|lives|living|located|resides|residing|relocated|relocating|moved|moving"
    r"|grew\s+up|staying\s+with\s+(?:\w+\s+){1,2}?)\s+(?:in|to|from)"
    # living or moving somewhere in other languages: "eu moro em Curitiba", "flyttar till Umeå",
    # "wohnt in Wels", "j'habite à Lyon", "mieszka w Łodzi"
    r"|(?:moro|mora|morava|vivo|vive|viv[íi]a|bor|bodde|flyttar|flytter|flyttet|wohne|wohnt"
    r"|wohnte|habite|habitait|abito|abita|woon|woont|mieszkam|mieszka|przebywa[łl]a?|przebywa"
    r"|[Ll]ocuie[șş]te|[Ll]ocuiesc)\s+(?:em|en|i|till|til|in|à|a|w|na|în)"
    # a Turkish hometown ("memleketim Salihli'ye"), a Croatian birth after its date ("rođena
    # 22. 6. 1996. u Mostaru")
    r"|memleketim[ei]?|ro[đd]en[a]?(?:\s+[\d.]{1,5}(?:\s*[\d.]{1,5}){0,2})?\s+u"
    # where someone was born: "nata a Caltanissetta il 3 marzo", "née à Lyon", "geboren in"
    r"|(?-i:[Nn]at[oa])\s+ad?|n[ée]e?\s+[àa]|nacid[oa]\s+en|nascid[oa]\s+em|geboren\s+in"
    r"|urodzon[ya]\s+w|born\s+in)"
    r"\s+(?P<place>[A-ZÀ-ÞĀ-Ž][\w'\-]+(?:[ \t]+[A-ZÀ-ÞĀ-Ž][\w'\-]+)?)"
)
#: A record's place fields ('"city": "Boise"', "Town: Kumasi") and a US city before its state
#: and ZIP code ("Las Cruces, NM 88005").
_PLACE_FIELD = re.compile(
    r"(?i:[\"']?\b(?:city|town|locality|country|state|province|county|region|place\s+of\s+birth"
    r"|birthplace|hometown|do[gğ]um\s+yeri|lieu\s+de\s+naissance|geburtsort|lugar\s+de\s+nacimiento"
    r"|luogo\s+di\s+nascita|miejsce\s+urodzenia|geboorteplaats|local\s+de\s+nascimento"
    r"|lives\s+in|wohnort|woonplaats|mahali\s+unapoishi|місце\s+народження|место\s+рождения"
    r"|f[øo]dested|f[öo]delseort|syntym[äa]paikka|m[íi]sto\s+narozen[íi]|τόπος\s+γέννησης"
    r"|sz[üu]let[ée]si\s+hely|district|stadt|ville|ciudad|cidade|citt[àa]|miasto|m[ěe]sto"
    r"|[şs]ehir|kota|kabupaten)"
    r"[\"']?[ \t]*[:=])"
    # a town's abbreviation in Cyrillic: "Місце народження: м. Полтава"
    r"[ \t]*[\"']?(?:(?:м|г|с)\.[ \t]?)?"
    r"(?P<place>[A-Z\u00c0-\u00deĀ-ŽА-ЯЁІЇЄΑ-Ω][\w'\u2019\-]+(?:[ \t][A-ZА-Я][\w'\u2019\-]+){0,2})"
    # a birthplace in a script without capitals: "出生地：台南市", "जन्म स्थान: जयपुर"
    # an Urdu, Persian or Arabic birthplace, a Korean residence or birthplace, of a few words
    r"|(?:出生地|出生地点|籍贯|籍貫|जन्म[ \t]+स्थान|جائے[ \t]+پیدائش|محل[ \t]+تولد|مكان[ \t]+الميلاد"
    r"|거주지|출생지)[ \t]*[:\uff1a][ \t]*"
    r"(?P<script_place>[^\s,，、。:\uff1a\n]{2,12}(?:[ \t][^\s,，、。:\uff1a\n\d]{2,12}){0,2})"
    r"(?=[ \t]*(?:$|[,،\n]))"
    r"|\b(?P<city_state>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+){0,2},[ \t]*[A-Z]{2}[ \t]+\d{5})\b"
)
#: A month's name or abbreviation after a day of the month: a date, not a place.
_MONTH_IN_DATE = re.compile(
    r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon|tue|wed|thu|fri|sat|sun)\.?"
)
_DAY_BEFORE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\.?[ \t]+$")
_DAY_AFTER = re.compile(
    r"\.?[ \t]+(?:\d{1,2}(?:st|nd|rd|th)?\b(?![:.]\d)|(?:19|20)\d{2}\b|\d{1,2}/\d{1,2}\b)"
)


def _month_of_a_date(text: str, span: Span) -> bool:
    """ "12 Mar 2025", "from Nov 3": the month of a date, which small models take for a place."""
    value = text[span.start : span.end]
    return bool(
        _MONTH_IN_DATE.fullmatch(value)
        and (
            _DAY_BEFORE.search(text, max(0, span.start - 8), span.start)
            or _DAY_AFTER.match(text, span.end)
        )
    )


#: "TZ=Europe/Warsaw", "Asia/Almaty": a time zone's name, nobody's place.
_TIME_ZONE = re.compile(r"\b(?:Europe|Asia|America|Africa|Australia|Pacific|Atlantic|Indian)/[A-Z]")
#: "in Lyon": small models often tag a lone place after these as a person.
_PLACE_BEFORE = re.compile(r"\b(?:in|near|at)\s+$")
#: Whoever a message is from is a person: "email from Sofia", "reply from Ngozi".
_MESSAGE_FROM = re.compile(
    r"(?i:\b(?:reply|replies|email|e-mail|message|note|call|text|update|request|ticket|letter"
    r"|feedback|complaint|ping|invite|response|answer|voicemail|dm)\s+from\s+)$"
)
#: "loop in Kwame", "fill in Ana": a person after "in", not a place.
_LOOP_IN = re.compile(r"\b(?:loop|looped|looping|fill|filled|bring|brought|rope|roped)\s+in\s+$")
#: Before a known place, these say it is one ("from Yerevan", "vivo en Sevilla", "nach Graz",
#: "verhuist naar Utrecht");
#: "to" and "at" are left out: "failover to Singapore", "at Jasper" name sites and products.
_LOCATIVE_BEFORE = re.compile(
    # Indonesian "ke Balikpapan", "dari Medan" too (not "di": Italian "sede di Torino")
    # and the Nordic, Slavic, Romanian, Tagalog and Vietnamese ones: "flyttade till Umeå",
    # "w Zakopanem", "sa Tacloban", "từ Biên Hòa", "ở Đà Lạt" (not "i" nor "de": Catalan
    # names join with "i", and "oficina de Madrid" names an office)
    r"(?:\b(?:in|near|from|en|à|nach|aus|em|desde|naar|uit|vers|hacia|verso|para|ke|dari|till"
    r"|från|fra|til|w|we|v|ve|u|iz|z|ze|în|din|sa|ở|từ|tại|đến)\s+"
    r"|\b(?:from|in)\s+[A-Z][\w'\u2019\-]+\s+(?:to|and|or)\s+)$"
)
#: A postal code right before or after a word, or a street type and comma before it, puts
#: it in an address ("80331 München", "Almaty 050000", "19 Harcourt Terrace, Dublin").
_POSTCODE_BEFORE = re.compile(
    r"(?:\b\d{4,6}|\b(?:Street|St|Road|Rd|Avenue|Ave|Terrace|Lane|Ln|Drive|Dr|Way|Place"
    r"|Square|Close|Crescent|Court|Boulevard|Blvd)\.?,)[ \t]+$"  # "FR-220931\nCaller": no address
)
_POSTCODE_AFTER = re.compile(r"^,?\s+\d{4,6}\b")
#: Hindi and Urdu written in Latin letters put "in" after the place: "main abhi Nagpur me hoon".
_POSTPOSITION_AFTER = re.compile(r"^[ \t]+(?:me|mein|mai|se)\b")
#: A country or state code after: "Kraków, PL", "Austin, TX".
_REGION_CODE_AFTER = re.compile(r"^,[ \t]*[A-Z]{2}\b(?![\w'\-])")
#: "Kirkegata, Bergen": a word followed by a known place is part of an address.
_PLACE_AFTER = re.compile(r"^,[ \t]*(?P<place>[A-Z\u00c0-\u00de][\w'\u2019\-]+)")
#: Capitalised runs of up to three words: candidates for a gazetteer look-up.
_CAPITALISED = re.compile(
    r"\b[A-Z\u00c0-\u00de][\w'\u2019\-]*(?:[ \t]+[A-Z\u00c0-\u00de][\w'\u2019\-]*){0,2}"
)
#: A known place that is also this common an English word ("Reading", "Nice", "Mobile") is
#: found only by NER, never by look-up.
_COMMON_WORD_ZIPF = 4.5


def _plausible_place(value: str) -> bool:
    if not value[:1].isupper() or any(c.isdigit() or c in "@/_=#<>{}[]|\\" for c in value):
        return False
    if value.isupper() and value not in PLACE_ACRONYMS:
        return False  # "UTC", "NEW HIRE": acronyms and headings
    return value.lower() not in NOT_A_NAME


#: A place's name with a case ending that says "in", "from" or "to": Turkish after an
#: apostrophe ("Trabzon'daki", "Salihli'ye"), Finnish's "in" and "from" glued to a name of
#: four letters or more ("Kuopiosta", "Oulussa"; "Pasta" is no "Pa" in Burkina Faso).
_CASE_ENDING = re.compile(
    r"(?P<stem>[^\W\d_][\w\-]+?)['\u2019](?:d[ae]|t[ae]|[dt][ae]ki|[dt][ae]n|y?[ae]|n[ıiuü]n"
    r"|[ıiuü]n)|(?P<finnish>[^\W\d_][\w\-]{3,}?)(?:ss[aä]|st[aä])"
)


def _is_known_place(value: str, lexicon: Lexicon) -> bool:
    return value in PLACE_ACRONYMS or lexicon.is_place(value)


def _locative(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    before, after = around(text, start, end, 40, 40)
    if _MESSAGE_FROM.search(before):
        return False  # "Reply from Ngozi": a sender, even where a town has the name
    if _LOCATIVE_BEFORE.search(before) or _POSTCODE_BEFORE.search(before):
        return True
    if _POSTCODE_AFTER.match(after) or _REGION_CODE_AFTER.match(after):
        return True
    if _POSTPOSITION_AFTER.match(after):
        return True
    place_after = _PLACE_AFTER.match(after)
    return place_after is not None and _is_known_place(place_after.group("place"), lexicon)


def person_is_place(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """An NER PERSON that is a place: "in Lyon" for any one word, "from Yerevan" or
    "80331 München" for a place the gazetteer knows, and any known place of several words
    (people are seldom called "San Mateo"). Shared with the person recognizer,
    which leaves such spans to this one."""
    value = text[start:end]
    if " " not in value and _PLACE_BEFORE.search(text, max(0, start - 6), start):
        return not _LOOP_IN.search(text, max(0, start - 12), start)
    if not _is_known_place(value, lexicon):
        return False
    return " " in value or _locative(text, start, end, lexicon)  # "Ho Chi Minh City"


def unknown_place(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """A one-word NER place that no gazetteer knows and no context places: the model's
    guess for a name it has not seen ("Welcome aboard, Kenji!"), or an acronym ("the PO")."""
    value = text[start:end]
    if " " in value.strip() or (value.isupper() and len(value) <= 4):
        return not (" " in value.strip() or value in PLACE_ACRONYMS)
    return not (_is_known_place(value, lexicon) or _locative(text, start, end, lexicon))


class LocationRecognizer(LocalRecognizer):
    """Places alone are weakly identifying; they matter next to a name or an address.

    NER proposes places; the gazetteer confirms a lone word NER calls a place ("Welcome
    aboard, Kenji!" is no place) and adds known places NER missed where the words around
    them say they are places ("relocating from Yerevan to Lyon").
    """

    ENTITY = "LOCATION"

    def __init__(self, lexicon: Lexicon) -> None:
        super().__init__(supported_entities=[self.ENTITY], name="LocationRecognizer")
        self._lexicon = lexicon

    def load(self) -> None:
        """The spaCy model is loaded by the detector and arrives in `nlp_artifacts`."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if nlp_artifacts is None:
            return []
        spans: list[Span] = []
        for ent in nlp_artifacts.entities:
            start, end = ent.start_char, ent.end_char
            if not _plausible_place(ent.text) or names_a_thing(text, start, end, place=True):
                continue
            if ent.label_ in _PLACE_LABELS:
                if not unknown_place(text, start, end, self._lexicon):
                    spans.append(Span(start, end, 0.75))
            elif ent.label_ == "PERSON" and person_is_place(text, start, end, self._lexicon):
                spans.append(Span(start, end, 0.6))
        for cue in _PLACE_CUE.finditer(text):
            start, end = cue.span("place")
            if self._cued_place(cue.group("place")) and not names_a_thing(text, start, end, True):
                spans.append(Span(start, end, 0.6))
        for field in _PLACE_FIELD.finditer(text):
            if field.group("city_state"):
                spans.append(Span(*field.span("city_state"), 0.6))
            elif field.group("script_place"):
                spans.append(Span(*field.span("script_place"), 0.6))
            elif _plausible_place(field.group("place")):
                spans.append(Span(*field.span("place"), 0.6))
        spans.extend(Span(start, end, 0.65) for start, end in record_places(text))
        spans.extend(self._looked_up(text, spans))
        spans = [
            span
            for span in spans
            if not _month_of_a_date(text, span)
            and not _TIME_ZONE.search(text, max(0, span.start - 12), span.end + 2)  # "America/S"
            and not on_a_business_line(text, span.start)  # "Our branch is …, Bend"
            and not text.startswith("=", span.end)  # a key: a directory name's "DC=nl"
        ]
        return to_results(self.ENTITY, spans, self)

    def _cued_place(self, value: str) -> bool:
        """ "moved to Done" moves a ticket: a cued place is known, or no common word."""
        if not _plausible_place(value):
            return False
        return (
            _is_known_place(value, self._lexicon) or self._lexicon.zipf(value) < _COMMON_WORD_ZIPF
        )

    def _looked_up(self, text: str, found: list[Span]) -> list[Span]:
        """Known places NER missed, where a preposition or postal code says they are places,
        or a case ending does ("Kuopiosta", "Trabzon'daki")."""
        taken = [(s.start, s.end) for s in found]
        spans = []
        for run in _CAPITALISED.finditer(text):
            words = run.group().split()
            inflected = _CASE_ENDING.fullmatch(words[0])
            if (
                inflected
                and not _is_known_place(words[0], self._lexicon)
                and _is_known_place(
                    inflected.group("stem") or inflected.group("finnish"), self._lexicon
                )
                and not any(s < run.start() + len(words[0]) and run.start() < e for s, e in taken)
            ):
                spans.append(Span(run.start(), run.start() + len(words[0]), 0.6))
                continue
            for count in range(len(words), 0, -1):  # longest known place first
                value = " ".join(words[:count])
                start = run.start()
                end = start + len(value)
                if text[start:end] != value or not _is_known_place(value, self._lexicon):
                    continue
                if count == 1 and self._lexicon.zipf(value) >= _COMMON_WORD_ZIPF:
                    continue
                if any(s < end and start < e for s, e in taken):
                    break
                if _locative(text, start, end, self._lexicon) and not names_a_thing(
                    text, start, end, True
                ):
                    spans.append(Span(start, end, 0.6))
                break
        return spans


#: Words that put a person in a text that names nobody: "the customer lives in Leeds".
_SOMEONE = re.compile(
    r"(?i)\b(?:i|i'm|i've|me|my|mine|he|she|him|his|her|hers|customer|client|user|employee"
    r"|patient|tenant|applicant|candidate|caller|member|guest|passenger|colleague|contact"
    r"|lives|living|based|resides|moved|relocat\w*|born|home|address"
    # the same in the other languages customers write in
    r"|je|j'|chez|habite|yo|vivo|vive|ich|mein|meine|wohne|wohnt|wohnhaft|abito|minha|meu"
    r"|moro|mieszkam|mój|moja|benim|oturuyorum|tôi|saya|aku|anaishi|ninaishi|nakatira"
    r"|estoy|estou|woon|woont|jag|locuie\w*|przebywa\w*|ro[đd]en[a]?|memleket\w*"
    # Finnish I, me, he or she and customer; Turkish my mother, father, spouse (any case)
    # (only the forms no other language writes: not Spanish "han", "mina")
    r"|minä|minun|minulle|minua|hän|hänen|asiakas|annem\w*|babam\w*|eşim\w*"
    # birth and residence in Urdu, Persian, Arabic and Korean field labels
    r"|پیدائش|تولد|الميلاد|거주지|출생지)\b"
)


#: How far from a place a person, or words about one, must be for the place to locate them:
#: about a sentence either side ("Currently based in Kumasi", an address block's lines).
NEAR_CHARS = 60


def locates_someone(text: str, place: tuple[int, int], others: Sequence[tuple[int, int]]) -> bool:
    """A place is personal data only where it says where someone is: when a finding that
    names or reaches a person, or words that speak of one, are near it. "Now live in the
    Frankfurt region" locates nobody, even in a text that names a customer elsewhere."""
    start, end = max(0, place[0] - NEAR_CHARS), place[1] + NEAR_CHARS
    if any(s < end and start < e for s, e in others):
        return True
    return _SOMEONE.search(text, start, min(len(text), end)) is not None
