"""An organisation's own contact details: the address and switchboard of a company.

Signatures, invoice headers and letterheads give the sender's company address and main
number ("Parcelio GmbH, Torstraße 140, 10119 Berlin", "centralita +34 91 555 20 00"). They
locate and reach no person, so they are not personal data; redacting them costs the model
context and the reader trust in what is redacted. An address under a workplace label
("Kontor:", "Praxis:") is the organisation's too. What a person is reached by stays personal
even there: a mobile or a direct line after the company's name is theirs, and a workplace
label files an address, never a phone number.
"""

from __future__ import annotations

import re

import phonenumbers

#: The legal form closing a company's name: "Parcelio GmbH", "EnerLuz, S.A.", "Meblarnia
#: Kowalczyk sp. z o.o.", "NetKablo İletişim A.Ş.", "QuickKash MFB".
_COMPANY = re.compile(
    r"[^\W\d_][\w&'\-.]*(?:,?[ \t]+(?:GmbH|Ltd|Limited|Inc|LLC|LLP|PLC|plc|S\.A\.S?|SARL"
    r"|S\.L\.|S\.r\.l\.?|S\.p\.A\.?|B\.V\.|N\.V\.|Oyj|ASA|ApS|A/S|K\.K\.|Pty|Corp|A\.Ş\.?"
    r"|sp\.[ \t]?z[ \t]?o\.[ \t]?o\.?|s\.r\.o\.?|a\.s\.|Kft\.?|Zrt\.?|Lda\.?|Ltda\.?|SpA|Srl"
    r"|e\.V\.?|S\.A\.(?:[ \t]de[ \t]C\.V\.)?)"
    # two capitals read as a province or a state after a comma ("Calgary, AB"): no comma
    r"|[ \t]+(?:AG|AB|AS|KG|Oy|BV|NV|SA|SL|MFB))(?![\w\-])"
)
#: Words on the way from the company to a value that make the value someone's own.
_PERSONAL = re.compile(
    r"(?i)\b(?:home|dd|dl|private|privat\w*|mobile|mob|cell\w*|handy|gsm|direct|ddi|m[óo]vil|celular"
    r"|portable|wohn\w*|residen\w*|domicil\w*|zuhause|personal|persönlich|whatsapp|c/o|attn"
    r"|z\.\s?hd\.?|ship\s+to|deliver\w*|bill\s+to|lieferadresse|rechnungsadresse|nabywca"
    r"|käufer|client[e]?|customer|kunde|buyer|recipient|empf[äa]nger|destinat[áa]rio|lives?|living"
    r"|lebt|wohnt|vive|mora|habite|woont|mieszka)\b"
)
#: A number the organisation answers: "centralita +34 91 555 20 00", "Zentrale 040 882 110-0",
#: "Tổng đài hỗ trợ: 1900 636 677", "Claims line 0860 111 444", "Secrétariat : 514 596-5810".
_SWITCHBOARD = re.compile(
    r"(?i)(?:\b(?:switchboard|main\s+(?:line|number|office)|(?<!my\s)office\s+line|reception"
    r"|front\s+desk"
    r"|hotline|helpdesk|service\s+desk"
    r"|helpline|help\s?desk|customer\s+(?:service|support|care)|support\s+line|claims\s+line"
    r"|service\s+line|toll[- ]free|fax|telefax|\w*zentrale|servicenummer|ρεσεψιόν|υποδοχή"
    r"|service-hotline|kundenservice|kundendienst|centralita|centralino|centrale|standard"
    r"|accueil|service\s+client(?:s|[èe]le)?|secr[ée]tariat|receptie|sentralbord|v[äa]xel(?:n)?"
    r"|vaihde|asiakaspalvelu|recepci[óo]|ügyfélszolgálat|linia\s+telefonic[ăa]|infolinia"
    r"|centrala|call\s?cent(?:er|re)|t[ổô]ng\s+đài(?:\s+hỗ\s+trợ)?|atendimento|sac"
    # a department's or a service's line: "Service sinistres :", "Sekretariát školy:",
    # "Palvelunumero", "Kundeservice:", "24h travel desk:", "Cita previa:", "İK:", "HR inbox"
    # a French service by its name only: "Service engineer Tom:" is a person's line
    r"|service\s+(?:sinistres|clients?|client[èe]le|apr[èe]s-vente|r[ée]servations|abonn[ée]s"
    r"|consommateurs|commercial|comptabilit[ée])|kundeservice|sekretari[áa]t(?:\s+\w+)?|palvelunumero|travel\s+desk"
    r"|cita\s+previa)\b"
    r"|εξυπηρέτησης|γραμματεία|ติดต่อ(?:โรงแรม|ร้าน|บริษัท)|تلفن\s+(?:دفتر|شرکت)"
    r"|هاتف\s+(?:الشركة|المكتب)|হেল্পলাইন|கடை\s+தொலைபேசி"
    r"|شماره\s+پشتیبانی|客服(?:电话|電話)?|代表(?:電話|番号)?|總機|总机|대표\s?번호|고객센터"
    r"|헬프데스크|ติดต่อร้าน|\b(?:questions|fr[åa]gor)\?(?:[ \t]+(?:call|ring))?)"
    r"(?:[ \t]+[^\s\d:+()]{1,12}){0,3}[ \t]*(?:[:.\uff1a]|tel\.?)?[ \t]*$"
)
#: A label that files an address as the organisation's: "Kontor: Holmens Kanal 22", "Praxis:",
#: "Arbeitsplatz:", "Адреса підприємства:", "Loja física:". An employee's desk is where they
#: work, not where they live; the slices count these as the company's.
_WORKPLACE_LABEL = re.compile(
    # also as a line's later field: "Wystawiła: A. Nowak, Kadry i Płace · Siedziba: …"
    r"(?i)^(?:[^\n]*[·|•][ \t]*)?[ \t>]*(?:office|kontor|kantoor|iroda"
    r"|oficina(?:[ \t]+asignada)?|bureau|ufficio|biuro"
    r"|arbeitsplatz|dienstort|standort|site|filiale|sucursal|branch|store|shop"
    r"|loja(?:[ \t]+f[íi]sica)?"
    r"|tienda|farmacia|pharmacy|apotheke|clinic|klinik|praxis|ordination|cl[íi]nica"
    r"|адреса[ \t]+підприємства|адрес[ \t]+организации"
    # a company's registered seat: Polish, Czech and Slovak, Romance, German, English
    r"|siedziba|s[íi]dlo|sede[ \t]+(?:legal|social|legale)|si[èe]ge[ \t]+social"
    r"|firmensitz|registered[ \t]+office|head[ \t]+office)[ \t]*[:\uff1a][ \t]*$"
)
#: A field naming the party that issues an invoice: "Dodávateľ: TatraWeb s.r.o., Hlavná 45, …"
#: is the supplier's letterhead; a buyer's or a shipper's field stays a party's.
_SUPPLIER_FIELD = re.compile(
    r"(?i)(?:^|[ \t>])(?:supplier|vendor|dod[áa]vate[ľl]|lieferant|fournisseur|proveedor"
    r"|fornecedor|fornitore|leverancier|dostawca|sz[áa]ll[íi]t[óo]|tedarik[çc]i|поставщик"
    r"|постачальник|dobavitelj)[ \t]*[:\uff1a][ \t]*$"
)
#: A department opening its line: "Відділ кадрів: hr@dnipro-soft.ua, +380 32 245 10 00",
#: "İK: ik@egetekstil.com.tr · 0232 462 10 00". A line that opens with a person and then
#: names their department ("Karin Åberg, HR — 031-711 42 90") gives their own line.
_DEPARTMENT_LINE = re.compile(
    r"(?i)^[ \t>]*(?:hr|rh|i̇k|ik|personalabteilung|personalavdelning|recursos\s+humanos"
    r"|ressources\s+humaines|dzia[łl]\s+kadr|kadry|відділ(?:\s+\w+)?|отдел(?:\s+\w+)?"
    r"|رابطہ(?:\s+برائے(?:\s+\S+){1,2})?|(?:hr|payroll|recruitment|admissions)\s+(?:inbox|team|desk))"
    r"[ \t]*[:\uff1a]"
)
_LINE_BEFORE = 160


def _line_before(text: str, start: int) -> tuple[int, str]:
    line_start = text.rfind("\n", 0, start) + 1
    line_start = max(line_start, start - _LINE_BEFORE)
    return line_start, text[line_start:start]


def _company_above(text: str, line_start: int) -> bool:
    """A letterhead's name alone on the line above: "Studio Legale Ferraris & Colombo"."""
    if line_start == 0:
        return False
    above = text[text.rfind("\n", 0, line_start - 1) + 1 : line_start - 1]
    return len(above) <= 60 and _LETTERHEAD.fullmatch(above.strip(" \t>")) is not None


_LETTERHEAD = re.compile(rf"(?:[^\W\d_][\w&'.\-]*[ \t]+){{0,5}}(?:{_COMPANY.pattern})\.?")
#: A record's row ("Njoroge,Coast Cold Chain Ltd,Operations Director,Mombasa") is a person's.
_CSV_CELLS = re.compile(r",[^\s,]")


def _mobile(value: str) -> bool:
    """An international mobile number is a person's, whatever company line it is on."""
    if not value.lstrip().startswith("+"):
        return False
    try:
        number = phonenumbers.parse(value, None)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.MOBILE


def is_organisation_contact(text: str, start: int, end: int, entity: str) -> bool:
    """Whether the address or phone at text[start:end] is an organisation's own: after a
    company's name in a letterhead or signature line, with nothing personal between, or (a
    phone) right after a switchboard's word. Not in a form's field ("Shipper: … Ltd, …",
    "Employer: …"), whose parties the labels disagree on, nor in a record's row."""
    line_start, before = _line_before(text, start)
    phone = entity == "PHONE_NUMBER"
    if not phone and _WORKPLACE_LABEL.match(before):
        return True
    if phone and _SWITCHBOARD.search(before):
        return True
    if phone and _DEPARTMENT_LINE.match(before) and not _mobile(text[start:end]):
        return _PERSONAL.search(before) is None
    if phone and _mobile(text[start:end]):
        return False
    line = text[line_start : min(len(text), end + _LINE_BEFORE)].split("\n", 1)[0]
    if len(_CSV_CELLS.findall(line)) >= 3:
        return False
    companies = list(_COMPANY.finditer(before))
    if companies:
        label = before[: companies[-1].start()]
        if ":" in label and not _SUPPLIER_FIELD.search(label):
            return False  # a field's value
        between = before[companies[-1].end() :]
    elif not phone and _company_above(text, line_start):
        between = before
    else:
        return False
    return _PERSONAL.search(between) is None
