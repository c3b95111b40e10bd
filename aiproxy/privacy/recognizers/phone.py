"""PHONE_NUMBER: international and national numbers found and validated by `phonenumbers`."""

from __future__ import annotations

import re

import phonenumbers
from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from aiproxy.privacy.recognizers.base import Span, to_results, window
from aiproxy.privacy.recognizers.business_lines import on_a_business_line

#: Regions tried for numbers written without a country code, most common callers first.
DEFAULT_REGIONS = ("US", "GB", "DE", "FR", "IN", "AU", "NG", "IE", "ES", "IT", "NL", "BR", "PH")
#: Regions a script's writers call from, tried after the defaults when the text has it:
#: "手机：139 1682 4075" is a Chinese mobile, valid in none of the defaults.
_SCRIPT_REGIONS = (
    (re.compile(r"[\u4e00-\u9fff]"), ("CN", "TW", "HK", "JP")),
    (re.compile(r"[\u3040-\u30ff]"), ("JP",)),
    (re.compile(r"[\uac00-\ud7a3]"), ("KR",)),
    (re.compile(r"[\u0e01-\u0e4e]"), ("TH",)),
    (re.compile(r"[\u0600-\u06ff]"), ("SA", "AE", "EG", "IR", "PK")),
    (re.compile(r"[\u05d0-\u05ea]"), ("IL",)),
    (re.compile(r"[\u0400-\u04ff]"), ("RU", "UA", "KZ", "UZ")),
    (re.compile(r"[\u0370-\u03ff]"), ("GR",)),
    (re.compile(r"[ăâđêôơư]"), ("VN",)),
    (re.compile(r"[ğış]"), ("TR",)),
)
#: A column gap (two spaces or more) ends a candidate: "+351 912 555 083  22 weeks".
#: " / " between two numbers ends the first: "(555) 013-4477 / (555) 013-4478".
_CANDIDATE = re.compile(
    # not inside a word or an identifier; a CJK particle may touch it ("010-4823-1967로")
    r"(?<![A-Za-z0-9_\-+])\+?\(?\d(?:[\d().\-]|(?<![ \t])/|[ \t](?![ \t/])){5,40}\d"
    r"(?![A-Za-z0-9_\-])"
)
_MIN_DIGITS = 7
#: A country code written in the text: "+47 482 19 907" makes "922 40 318" a Norwegian number.
_COUNTRY_CODE = re.compile(r"(?<![\w+])\+(\d{1,3})[ \-(]")
#: A key that holds an international number without its "+": "msisdn": "233244187720".
_MSISDN = re.compile(r"(?i)msisdn[\"']?[ \t]*[:=][ \t]*[\"']?$")
#: An airline record's contact number, digits only: "SSR CTCM BA HK1/447911384260".
_AIRLINE_CONTACT = re.compile(r"\bSSR\s+CTCM\b[^\n/]*/(?P<number>\d{7,15})\b")
_AREA_CODE = re.compile(r"\(\d{2,5}\)")
#: A line an organisation publishes: "Helpline: 0300 123 1044", "Servicenummer 0800 …".
_SERVICE_LINE = re.compile(
    r"(?i:helpline|hotline|service\s*(?:number|line|nummer)|servicenummer|switchboard"
    r"|customer\s+service|freephone|advice\s+line)\b[^\n]{0,30}$"
)
#: E.164 allows at most 15 digits; a longer run (a card, an IBAN) is never one phone number.
_MAX_DIGITS = 17
_PHONE_CONTEXT = (
    "phone", "call", "tel", "mobile", "cell", "fax", "whatsapp", "sms", "text me", "reach",
    "contact", "number", "ring", "dial", "ph:", "ph.", "mob", "landline", "hotline", "msisdn",
    # the same words in other scripts and languages (lower-cased text is searched)
    "جوال", "هاتف", "موبايل", "تلفن", "телефон", "моб", "電話", "手机", "电话", "휴대폰", "전화",
    "fono", "celular", "handy", "móvil", "movil", "puhelin", "τηλ", "κινητό", "טלפון", "נייד",
    "मोबाइल", "फोन", "ফোন", "โทร",
)  # fmt: skip
#: Words right before a digit run that make it an identifier, not a phone number.
_NOT_PHONE = re.compile(
    r"(?<![^\W\d_])(?:order|invoice|ticket|case|ref|reference|po(?=\s*(?:#|:|n))|sku|id|#"
    # "order no." is an order's; "uska no. +91 …", "phone no." a phone's
    r"|(?<!phone )(?<!mobile )(?<!contact )(?<!cell )(?<!whatsapp )(?<!my )(?<!his )(?<!her )"
    r"(?<!uska )(?<!uski )(?<!mera )(?<!meri )(?<!mob )(?<!tel )no\."
    r"|version|v|build"
    r"|account|acct|tracking|serial|batch|lot|item|part|model|iban|card|ssn|routing|sort code|awb"
    r"|nip|regon|krs|npi|dea|gstin|pan|abn|acn|nif|cif|nie|cnpj|kvk|uid|steuernummer"
    r"|identification\s+number"
    r"|waybill|aba|mandate|policy|claim|member|ein|tin|fein|vat|tax id|siret|siren|ico|ičo"
    r"|nuban|imei|meid|iccid"  # a Nigerian account, a handset (not "cep": Turkish for mobile)
    r"|objedn[áa]vka|pedido|commande|bestelling|bestellung|auftrag|ordine|zam[óo]wienie|factura"
    r"|facture|rechnung|fattura|fatura|n[º°]|№)(?:\s+(?:number|no\.?|code|n[º°]))?"
    r"[\s:#.\-]*$"
)
#: "Tracking number: 1Z 8V4 72E 03 4415 2289": the digits after letters are still the parcel's.
_TRACKING = re.compile(r"(?i:tracking|waybill|awb|consignment|parcel)\b[^\n]*$")
#: "124.0.6367.91" (a browser version): a dotted run with a one-digit group, or after a slash.
_DOTTED_VERSION = re.compile(r"\d+(?:\.\d+)*\.\d\.\d+(?:\.\d+)*|\d+(?:\.\d+)+\.\d")


#: Dates and times read as dialable numbers: a log line's "2024-04-11 10:02:33", a chat
#: stamp with a two-digit year ("[04.11.25 18:02:17]"), and a time's seconds, year and zone
#: ("18:20:12 2025 -0400"): what starts at a candidate, or what ends right before it.
_TIMESTAMP = re.compile(
    r"\d{4}-\d{2}-\d{2}[ T]\d{2}(?::\d{2}|\b)|\d{1,2}[./]\d{1,2}[./]\d{2}[ ,]+\d{1,2}(?=:\d{2})"
)
_TIME_BEFORE = re.compile(r"\d:\d{2}:$")


def _in_a_timestamp(text: str, start: int, end: int) -> bool:
    return bool(
        _TIMESTAMP.match(text, start, min(len(text), end + 3))
        or _TIME_BEFORE.search(text, max(0, start - 6), start)
    )


#: "04-02-2024", "2024/02/04": a date, whatever a region's number plan would allow; also
#: what starts with one ("[21.03.2025 18:40]" reads as "21.03.2025 18").
_DATE = re.compile(
    r"(?:\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d{2}|(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2})(?!\d)"
)
#: A purchase order in capitals ("PO 4471 2209 18"); Tagalog's polite "po" is lower case
#: ("GCash ko po 0917 384 2915"), and `_NOT_PHONE` reads lower-cased text.
_PURCHASE_ORDER = re.compile(r"\b(?:PO|P\.O\.)[\s:#.\-]*$")
#: "2025-118822", "2024-00417", "2025-03-1187": a year (and month), then a running number:
#: an order, invoice or case reference.
_YEAR_SERIAL = re.compile(r"(?:19|20)\d{2}-(?:\d{2}-\d{3,}|\d{4,})")  # also "2025-03-1187"
#: "0800-0224", "1800 555 010": freephone prefixes nearly everywhere, in national form;
#: North American toll-free codes even where the exchange is invalid ("800 124 4040"), as
#: writers make up a company's line; Japan's 0120 and Colombia's 01 8000.
_FREEPHONE = re.compile(
    r"(?:0800|0808|0508|1800|1-800|0120|01[ \-]?8000)[ \-]?\d"
    r"|(?:\+?1[ \-.]?)?\(?8(?:00|88|77|66|55|44|33)\)?[ \-.]?\d{3}[ \-.]?\d{4}\b"
)


#: "078-05-1120": a US Social Security number's shape, which no phone plan writes.
_SSN_SHAPE = re.compile(r"\d{3}-\d{2}-\d{4}")
#: Twilio's documented test numbers ("+15005550006"): in every integration's fixtures.
_TEST_NUMBER = re.compile(r"\+?1?[ \-.]?\(?500\)?[ \-.]?555[ \-.]?000\d")


def _toll_free(number: phonenumbers.PhoneNumber) -> bool:
    return phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.TOLL_FREE


def _personal(number: phonenumbers.PhoneNumber) -> bool:
    """Not freephone, and not a blank such as "+41 44 000 00 00". Premium, shared-cost and
    universal numbers count: "09…" is premium in the UK and a mobile in Nigeria or Japan."""
    return not _toll_free(number) and not str(number.national_number).endswith("000000")


_OWN_LINES = frozenset(
    {
        phonenumbers.PhoneNumberType.FIXED_LINE,
        phonenumbers.PhoneNumberType.MOBILE,
        phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
        phonenumbers.PhoneNumberType.PERSONAL_NUMBER,
    }
)


def _own_line(number: phonenumbers.PhoneNumber) -> bool:
    return _personal(number) and phonenumbers.number_type(number) in _OWN_LINES


class PhoneNumberRecognizer(LocalRecognizer):
    """Formatted or +-prefixed numbers count; bare digit runs need a phone word nearby."""

    ENTITY = "PHONE_NUMBER"

    def __init__(self, regions: tuple[str, ...] = DEFAULT_REGIONS) -> None:
        super().__init__(supported_entities=[self.ENTITY], name="PhoneNumberRecognizer")
        self.regions = regions

    def load(self) -> None:
        """`phonenumbers` ships its metadata; nothing to load."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        return to_results(self.ENTITY, self.spans(text), self)

    def spans(self, text: str) -> list[Span]:
        """Match only inside digit-run candidates, trying regions until one yields a number.

        Scanning the whole text once per region dominated detection time; candidates are few,
        and identifiers are ruled out before the (slow) matcher sees them.
        """
        found: dict[tuple[int, int], float] = {
            m.span("number"): 0.85 for m in _AIRLINE_CONTACT.finditer(text)
        }
        memo: dict[str, list[tuple[int, int, str]]] = {}
        regions: tuple[str, ...] | None = None  # scanned for scripts only if a number needs it
        for candidate in _CANDIDATE.finditer(text):
            segment = candidate.group()
            digits = sum(c.isdigit() for c in segment)
            if not _MIN_DIGITS <= digits <= _MAX_DIGITS:
                continue
            if _NOT_PHONE.search(window(text, candidate.start(), candidate.start(), before=24)):
                continue
            if _PURCHASE_ORDER.search(text, max(0, candidate.start() - 8), candidate.start()):
                continue
            if text.startswith("/", candidate.start() - 1) or any(
                _DOTTED_VERSION.fullmatch(part) for part in segment.split()
            ):
                continue  # "/0.4.12.7", "Silver 3500 2026.1.0.4": a path or a version
            line_start = text.rfind("\n", 0, candidate.start()) + 1
            if _TRACKING.search(text, max(line_start, candidate.start() - 40), candidate.start()):
                continue
            shift = 0
            if segment.isdigit() and _MSISDN.search(
                text, max(0, candidate.start() - 24), candidate.start()
            ):
                segment, shift = "+" + segment, -1
            if segment not in memo:
                regions = regions or self._regions_for(text)
                memo[segment] = self._match(segment, regions, len(self.regions))
            for rel_start, rel_end, raw in memo[segment]:
                start = candidate.start() + max(0, rel_start + shift)
                end = candidate.start() + rel_end + shift
                score = self._score(text, start, end, raw)
                if raw.startswith("(") and ")" not in raw:
                    start += 1  # "(922 40 318)": the bracket holds the number, not its area code
                if score is not None:
                    found.setdefault((start, end), score)
        return [Span(start, end, score) for (start, end), score in found.items()]

    def _regions_for(self, text: str) -> tuple[str, ...]:
        """The default regions, then those of the scripts the text is written in and of the
        country codes it writes."""
        extra = [
            region
            for script, regions in _SCRIPT_REGIONS
            if script.search(text)
            for region in regions
        ]
        codes = dict.fromkeys(int(m.group(1)) for m in _COUNTRY_CODE.finditer(text))
        # a few: each region is one more matcher pass per candidate in a long text
        extra += [phonenumbers.region_code_for_country_code(code) for code in list(codes)[:8]]
        return self.regions + tuple(
            dict.fromkeys(r for r in extra if r not in self.regions and r != "ZZ")
        )

    @staticmethod
    def _match(segment: str, regions: tuple[str, ...], defaults: int) -> list[tuple[int, int, str]]:
        """Valid numbers in the first region that has any; a number written with its country
        code or an area code in brackets only needs to be possible: it may be in a range the
        metadata calls unassigned (UK drama numbers, US 555 numbers, new mobile ranges), and
        the writer still wrote a phone number. Regions after the first `defaults` come from
        the text's script and only count someone's own line: a Turkish "444 0 555" is a
        company's nationwide number.
        """
        international = segment.startswith("+")
        leniencies = [phonenumbers.Leniency.VALID]
        whole = international or _AREA_CODE.match(segment) is not None
        if whole:
            leniencies.append(phonenumbers.Leniency.POSSIBLE)
        for leniency in leniencies:
            partial: list[tuple[int, int, str]] = []
            for index, region in enumerate(regions[:1] if international else regions):
                numbers = list(phonenumbers.PhoneNumberMatcher(segment, region, leniency=leniency))
                if whole:  # "(555) 013-4477" is one number, not a valid "013-4477" somewhere
                    numbers = [m for m in numbers if segment[m.start] in "+("]
                accept = _personal if index < defaults else _own_line
                found = [(m.start, m.end, m.raw_string) for m in numbers if accept(m.number)]
                # a premium or shared line in one region ("09…" in the UK) is a mobile in
                # another (Nigeria, Japan), and a German "1682" inside "139 1682 4075" is
                # part of a Chinese mobile: a region that reads the whole run wins
                if any(end - start == len(segment) for start, end, _ in found):
                    return found
                partial = partial or found
                if any(_toll_free(m.number) and m.end - m.start == len(segment) for m in numbers):
                    return partial  # "0800…", "800…" are freephone nearly everywhere
            if partial:
                return partial

        return []

    @staticmethod
    def _score(text: str, start: int, end: int, raw: str) -> float | None:
        before = window(text, start, start, before=24)
        if _NOT_PHONE.search(before) or _in_a_timestamp(text, start, end):
            return None
        if _DATE.match(raw) or _YEAR_SERIAL.fullmatch(raw) or _FREEPHONE.match(raw):
            return None
        if _SSN_SHAPE.fullmatch(raw) or _TEST_NUMBER.fullmatch(raw):
            return None
        if _SERVICE_LINE.search(window(text, start, start, before=50)):
            return None
        if on_a_business_line(text, start):
            return None  # "Naše kancelář: Vinohradská 48, Praha 2, +420 222 514 100"
        formatted = raw.startswith("+") or any(c in raw for c in " -.()")
        has_context = any(word in window(text, start, end, before=40) for word in _PHONE_CONTEXT)
        if has_context:
            return 0.9
        if raw.startswith("+") or raw.startswith("("):
            return 0.85
        return 0.7 if formatted else None
