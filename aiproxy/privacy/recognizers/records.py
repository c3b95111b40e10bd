"""Values in structured records: CSV exports, JSON and log fields, SQL inserts.

Exports put names where prose cues never appear ("PR-2024-11,E-10442,Ngozi Adeyemi,…"),
and NER reads a CSV row as one run-on sentence. The record's own structure says which value
is a name: a column headed "name", a key called "full_name". A value counts only when it is
made of name words throughout (`trim` keeps all of it), so "payments-api" or "Growth Plan"
under a "name" key are not people.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from aiproxy.privacy.recognizers.lexicon import Lexicon
from aiproxy.privacy.recognizers.names import COMMON_ZIPF, SURNAME_FIRST, shouted_name, trim
from aiproxy.privacy.recognizers.record_fields import Accept, field_name, strip_value
from aiproxy.privacy.recognizers.sql_rows import sql_values

#: Column headers and keys, normalised to lower case with single spaces.
_NAME_FIELDS = (
    frozenset(
        f"{prefix}{base}".strip()
        for base in ("name", "names")
        for prefix in (
            *("", "full ", "first ", "last ", "given ", "family ", "middle ", "display "),
            *("admin display ", "admin ", "owner display ", "contact display "),
            *("customer ", "client ", "employee ", "contact ", "patient ", "holder ", "owner "),
            *("passenger ", "recipient ", "billing ", "shipping ", "guest ", "account ", "member "),
            *("card ", "cardholder ", "student ", "tenant ", "applicant ", "candidate "),
            *("driver ", "user ", "sender ", "author ", "agent ", "reviewer ", "owner "),
            *("badge ", "attendee ", "delegate ", "visitor ", "traveler ", "traveller "),
            *("speaker ", "buyer ", "payee ", "signer ", "subscriber ", "insured "),
            *("real ", "legal ", "preferred ", "nick ", "seller ", "donor ", "payer "),
        )
    )
    | frozenset(
        {
            *("surname", "fullname", "firstname", "lastname", "customer", "employee"),
            *("contact", "patient", "cardholder", "passenger", "guest", "recipient", "owner"),
            *("beneficiary", "maintainer", "author", "assignee", "reporter", "reviewer"),
            *("approver", "committer", "user", "sender", "from", "recruiter", "referrer"),
            *("donor", "payer", "insured", "claimant", "dependent", "dependant", "child"),
            *("interviewer", "manager", "agent", "advisor", "namn", "navn", "nimi", "nombre"),
            *("nom", "nome", "naam", "nazwisko", "imie i nazwisko", "isim", "ad soyad", "ten"),
            *("empfanger", "empfänger", "mottagare", "beneficiario", "destinatario"),
            *("cn", "csm", "champion", "initials", "participant", "rider", "courier"),
            *("attendee", "delegate", "visitor", "traveler", "traveller", "policyholder"),
            *("first", "last", "given", "forename", "forenames", "vorname", "nachname"),
            *("prenom", "prénom", "apellido", "apellidos", "cognome", "voornaam", "achternaam"),
            *("nome completo", "nombre completo", "nom complet", "nome e cognome"),
            *("volledige naam", "vollständiger name", "crm owner", "account owner", "deal owner"),
        }
    )
    | {"account holder"}
)
_DELIMITERS = (",", "\t", ";", "|")
#: A quoted value after a colon or equals sign, then the key before it: found value first,
#: because trying a key at every word of a long text costs more than all else here.
_QUOTED_VALUE = re.compile(
    r"[:=][ \t]*\\?(?P<quote>[\"'])(?P<value>[^\"'\n\\]{2,80})\\?(?P=quote)"  # also \"escaped\"
)
_NAME_VALUE_PAIR = re.compile(r"\s*,\s*\\?[\"']value\\?[\"']\s*:")
_KEY_BEFORE = re.compile(r"(?<![\w.])\\?[\"']?(?P<key>[A-Za-z][A-Za-z_\- ]{1,24})\\?[\"']?[ \t]*$")


def _whole_name(text: str, start: int, end: int) -> tuple[int, int] | None:
    address = text.find("<", start, end)  # "Vuk Marković <vuk@example.rs>"
    if address > start and text.endswith(">", start, end):
        end = address
    while start < end and text[start] in " \t\"'":
        start += 1
    while end > start and not text[end - 1].isalnum():  # quotes, spaces, "🌸"
        end -= 1
    if end <= start or text[start:end].lower() in _BLANKS:
        return None
    value = text[start:end]
    if trim(text, start, end) == (start, end) or _shouted_record_name(value):
        return (start, end)
    return None


#: What a name column holds when it holds nobody.
_BLANKS = frozenset({"test", "record", "none", "null", "nil", "tbd", "unknown", "n/a", "na"})


def _shouted_record_name(value: str) -> bool:
    """ "PHAM", "BAO NGOC" in a name column; "TEST RECORD" is a placeholder row."""
    return shouted_name(value) and not any(w.lower() in _BLANKS for w in value.split())


def _cells(text: str, start: int, end: int, delimiter: str) -> Iterator[tuple[int, int]]:
    """A row's cells; a quoted cell keeps its delimiters ("O'Sullivan, Siobhán")."""
    position = start
    while True:
        search_from = position
        if text.startswith('"', position):
            closing = text.find('"' + delimiter, position + 1, end)
            search_from = closing + 1 if closing > 0 else position
        stop = text.find(delimiter, search_from, end)
        if stop < 0:
            yield position, end
            return
        yield position, stop
        position = stop + 1


_RULE_LINE = re.compile(r"[\s\-+|:=]+")


def _csv_values(text: str, fields: frozenset[str], accept: Accept) -> list[tuple[int, int]]:
    """Values under one of `fields`' columns, for every row with as many cells as its header."""
    spans: list[tuple[int, int]] = []
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    columns: list[int] = []
    width, delimiter = 0, ","
    for start, end in lines:
        line = text[start:end]
        if columns and _RULE_LINE.fullmatch(line):
            continue  # psql's "-----+-----" or a Markdown table's "|---|---|" under the header
        cells = list(_cells(text, start, end, delimiter)) if columns else []
        if columns and width <= len(cells) <= width + 3:  # an address may add commas
            for index in columns:
                span = accept(text, *cells[index])
                if span:
                    spans.append(span)
            continue
        columns = []
        for candidate in _DELIMITERS:
            if line.count(candidate) >= 2:
                header = [field_name(h) for h in line.split(candidate)]
                columns = [i for i, h in enumerate(header) if h in fields]
                width, delimiter = len(header), candidate
                if columns:
                    break
    return spans


def _table_values(text: str, fields: frozenset[str], accept: Accept) -> list[tuple[int, int]]:
    """Values in a fixed-width table under one of `fields`' headers: the cell of each row
    below that starts where the header's cell does ("Patient  DOB" over "Kim, Soo-ah  05/09/…").
    A row that is not one (a blank line, a footer without the column gaps) ends the table."""
    spans: list[tuple[int, int]] = []
    columns: set[int] = set()
    for line in re.finditer(r"(?m)^[^\n]*", text):
        cells = _gapped_cells(text, line.start(), line.end())
        if columns and len(cells) >= 2:
            for start, end in cells:
                if start - line.start() in columns:
                    span = accept(text, start, end)
                    if span:
                        spans.append(span)
            continue
        columns = (
            {start - line.start() for start, end in cells if field_name(text[start:end]) in fields}
            if len(cells) >= 3
            else set()
        )
    return spans


def _gapped_cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    cells, position = [], start
    for gap in [*_COLUMN_GAP.finditer(text, start, end), None]:
        stop = gap.start() if gap else end
        if stop > position:
            cells.append((position, stop))
        position = gap.end() if gap else stop
    return cells if len(cells) >= 2 else []


def record_values(text: str, fields: frozenset[str], accept: Accept) -> list[tuple[int, int]]:
    """Values a record's structure files under `fields` (normalised: lower case, single
    spaces): CSV columns, quoted fields, SQL insert columns; `accept` trims or rejects each."""
    spans = []
    for field in _QUOTED_VALUE.finditer(text):
        key = _KEY_BEFORE.search(text, max(0, field.start() - 30), field.start())
        if _NAME_VALUE_PAIR.match(text, field.end()):
            continue  # { "name": "Cookie", "value": "…" }: a header or variable's name
        if key and field_name(key.group("key")) in fields:
            span = accept(text, *field.span("value"))
            if span:
                spans.append(span)
    if text.count("\n") >= 1 and any(d in text for d in _DELIMITERS):
        spans += _csv_values(text, fields, accept)
    if "insert" in text.lower():
        spans += sql_values(text, fields, accept)
    if "  " in text or "\t" in text:
        spans += _table_values(text, fields, accept)
    return list(dict.fromkeys(spans))  # an insert's rows also read as CSV


#: Columns and keys whose value is where someone lives or was born.
_PLACE_FIELDS = frozenset(
    {
        *("city", "town", "home city", "hometown", "residence", "place of birth", "birthplace"),
        *("city of residence", "ciudad", "ville", "stadt", "wohnort", "cidade", "città", "kota"),
        *("municipio", "localidade", "plaats", "woonplaats", "miasto"),
        *("luogo nascita", "luogo di nascita", "lugar de nacimiento", "lugar nacimiento"),
        *("lieu de naissance", "geburtsort", "local de nascimento", "miejsce urodzenia"),
        # a customer's country beside their city: "Missoula,United States"
        *("country", "country of residence", "país", "pais", "pays", "land", "paese", "kraj"),
    }
)


def _whole_place(text: str, start: int, end: int) -> tuple[int, int] | None:
    start, end = strip_value(text, start, end)
    value = text[start:end]
    # a capital, or a letter of a script without case: '"birthplace": "四川省乐山市"'
    first = value[:1]
    if (
        not first.isalpha()
        or first.islower()
        or any(c.isdigit() or c in "@/_=#<>{}[]|" for c in value)
    ):
        return None
    if value.isupper() and len(value) <= 3:
        return None  # a country or region code ("GE", "USA"): an export's field, not a place
    return (start, end) if len(value.split()) <= 4 else None


def record_places(text: str) -> list[tuple[int, int]]:
    """Places a record files under a city or residence column or key."""
    return record_values(text, _PLACE_FIELDS, _whole_place)


def record_names(text: str) -> list[tuple[int, int]]:
    """Names a record's structure marks: CSV name columns, quoted name fields, SQL inserts."""
    return record_values(text, _NAME_FIELDS, _whole_name)


#: A gap between the columns of a fixed-width report: two spaces or more, or a tab.
_COLUMN_GAP = re.compile(r"[ ]{2,}|\t+")


def column_cells(text: str) -> list[tuple[int, int]]:
    """The cells of fixed-width report lines ("CLM-7711002  Tyrell Booker  SSN 4557…"): lines
    with two column gaps or more. Which cells are names is the caller's to judge."""
    cells = []
    for line in re.finditer(r"[^\n]+", text):
        if len(_COLUMN_GAP.findall(text, line.start(), line.end())) >= 2:
            cells += _gapped_cells(text, line.start(), line.end())
    return cells


_SURNAME_FIRST = re.compile(SURNAME_FIRST)


def column_names(text: str, lexicon: Lexicon) -> list[tuple[int, int]]:
    """A report cell that is a name and nothing else: two to four name words, one of
    them rare in English ("Tyrell Booker", not "Trial Preparation Hearing"), or a
    surname in capitals before given names ("HARGREAVES, Colin Andrew")."""
    spans = []
    for start, end in column_cells(text):
        label = text.rfind(": ", start, end)
        if label >= 0:  # "Yönetici: Mehmet Aydın": a form's label, then the cell's value
            start = label + 2
        cell = text[start:end]
        if _SURNAME_FIRST.fullmatch(cell):
            spans.append((start, end))
            continue
        words = cell.split()
        if not 2 <= len(words) <= 4 or any(c in cell for c in "&:$_=@/"):
            continue
        if trim(text, start, end) != (start, end):
            continue
        if any(lexicon.is_english_word(w.lower()) for w in words):
            continue
        if min(lexicon.zipf(w) for w in words) < COMMON_ZIPF:
            spans.append((start, end))
    return spans
