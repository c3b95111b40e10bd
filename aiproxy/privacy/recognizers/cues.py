"""Names that the words right before or after them announce: greetings, sign-offs, titles,
introductions, form labels, role words, honorifics and airline name records.

A cue makes the words after it a candidate; `trim` then keeps only what looks like a name,
so "Dear team," or "Reference: INV-2231" yield nothing.
"""

from __future__ import annotations

import re
import unicodedata

from aiproxy.privacy.recognizers.lexicon import Lexicon
from aiproxy.privacy.recognizers.lists import listed_names
from aiproxy.privacy.recognizers.names import (
    COMMON_ZIPF,
    HOUSEHOLD,
    LABEL_MARGIN,
    SURNAME_FIRST,
    TITLES,
    WORD,
    trim,
)
from aiproxy.privacy.recognizers.vocabulary import GIVEN_NAME_WORDS, NOT_A_NAME

#: Greetings and sign-offs, in English and the languages customers write to support in;
#: a name may follow on the next line ("Grazie,\nFrancesca").
_GREETINGS = (
    rf"{TITLES}|Dott\.ssa|Sig\.ra|Dear|Hi|Hello|Hey|Thanks|Thank\s+you|Regards|Cheers"
    r"|Sincerely|Attn|Groet|Groetjes|(?:[Bb]est|[Kk]ind|[Ww]arm)(?:\s+[Rr]egards|\s+[Ww]ishes)?"
    r"|[Mm]any\s+thanks|Grazie|Saluti|Cordiali\s+saluti|Distinti\s+saluti|Gentile|Buongiorno"
    r"|Merci|Cordialement|Bonjour|Gracias|Saludos|Un\s+saludo|Atentamente|Hola|Estimad[oa]"
    r"|Querid[oa]|Danke|Viele\s+Grüße|Beste\s+Grüße|Liebe\s+Grüße|Mit\s+freundlichen\s+Grüßen"
    r"|Sehr\s+geehrte[rn]?|Liebe[rs]?|Hallo|Obrigad[oa]|Atenciosamente|Olá|Pozdrawiam|Ciao"
    r"|Halo(?:\s+(?:kak|mbak|mas|pak|bu))?|Hoi|Salut|Oi|Moin|Servus|Gruß|Groetjes|Ndugu|Bwana"
    r"|Madame|Monsieur|Mademoiselle"
    r"|Dziękuję|Dzień\s+dobry|Cześć|Szanown[ya]|Groeten|Met\s+vriendelijke\s+groet|Geachte"
    r"|Hälsningar|Med\s+vänlig\s+hälsning|Vänliga\s+hälsningar|Hej|Tack|Teşekkürler"
    r"|Sayg\u0131l\u0131r\u0131mla|Merhaba|Say\u0131n|Cảm\s+ơn|Trân\s+trọng|Xin\s+chào|Kính\s+gửi"
    r"|Ευχαριστώ|Με\s+εκτίμηση|Αγαπητέ|Αγαπητή|Спасибо|Дякую|С\s+уважением|З\s+повагою"
    r"|Здравствуйте|Добрий\s+день|Шановн(?:ий|а)|Уважаем(?:ый|ая)"
)
#: Words that end right before a name: introductions, reported contact, role words.
_INTRODUCERS = (
    r"(?i:(?:my|his|her|their|our|mio|mia|mi|mon|ma|mein|meine|meu|minha)\s+(?:husband|wife|son|daughter|partner"
    r"|marito|moglie|figlio|figlia|marido|esposa|hijo|hija|mari|femme|fils|fille|mann|frau"
    r"|sohn|tochter|filho|filha|mother|father|sister|brother|madre|padre|hermana|hermano"
    r"|sorella|fratello|m[ãa]e|pai|mutter|vater|m[èe]re|p[èe]re),?)"
    r"|don(?=\s+[A-Z])|[Rr]ider|[Cc]ourier|[Tt]ravell?ed\s+with"
    r"|[Aa]ttesterad\s+av|[Gg]odk[äa]nd\s+av|[Gg]enehmigt\s+von|[Aa]pprouv[ée]\s+par"
    r"|[Aa]probado\s+por|[Aa]provado\s+por|[Aa]pprovato\s+da|[Gg]oedgekeurd\s+door"
    r"|[Nn]otas?\s+de|[Dd]o[ñn]a|[Ss]eñora?|[Ss]enhora?|[Ss]ignora?"
    r"|[Nn]ame\s+is|[Nn]amed|[Cc]alled|[Ss]igned\s+by|[Aa]ssigned\s+to|[Ee]scalated\s+to"
    r"|[Ss]poke\s+(?:to|with)|[Mm]et(?:\s+with)?|[Cc]onfirmed\s+by|[Rr]eported\s+by"
    r"|[Aa]pproved\s+by|[Rr]eferred\s+by|(?:[Tt]icket|[Cc]all|[Ee]mail|[Mm]essage|[Nn]ote"
    r"|[Rr]equest|[Cc]omplaint|[Ff]eedback)\s+from|[Ee]mployee|[Cc]ustomer|[Cc]lient"
    r"|[Cc]andidate|[Aa]pplicant|[Tt]enant|[Pp]atient|[Cc]olleague|[Cc]ontact|[Ii]nvite|[Aa]sk"
    r"|[Cc]ardholder|[Aa]ccount\s+holder|[Pp]assenger|[Gg]uest|[Pp]ing\s+from|[Uu]pdate\s+for"
    r"|[Mm]oderator|[Aa]gent|[Aa]dvisor|[Aa]dviser|[Tt]echnician|[Oo]fficer|[Nn]urse|[Cc]oach"
    r"|[Mm]entor|[Ss]upervisor|[Rr]ecruiter|[Cc]aseworker|[Pp]aralegal|[Cc]ounsell?or"
    r"|[Rr]eviewer|[Ii]nvestigator|[Aa]djuster|[Aa]ssessor|[Aa]uditor|[Aa]pprover|[Ii]nspector"
    r"|[Dd]ispatcher|[Pp]aramedic|[Cc]onstable|[Dd]etective|[Ss]ergeant|[Ii]nterpreter"
    r"|[Pp]harmacist|[Mm]idwife|[Cc]haplain|[Cc]oordinator|[Cc]aller|[Rr]eporter|[Aa]ssignee"
    r"|(?:[Rr]eviewed|[Hh]anded\s+over|[Rr]otated|[Rr]ewritten|[Pp]ushed|[Tt]aken)\s+(?:by|to)"
    r"|[Nn]ight\s+auditor|[Aa]uditor|[Rr]eceptionist|[Dd]river|[Ll]andlord|[Ll]andlady"
    r"|[Ii]t's|[Ii]t\s+is|[Tt]his\s+is|I'm|I\s+am|Name(?=\s+[A-Z])"
    r"|[Cc]'est|[Jj]e\s+suis|[Jj]e\s+m'appelle|[Ss]oy|[Mm]e\s+llamo|[Ii]ch\s+bin"
    r"|[Ii]ch\s+hei(?:ß|ss)e|[Ss]ono|[Mm]i\s+chiamo|[Ee]u\s+sou|[Jj]estem"
    # support staff and bosses elsewhere: "Asesora Guadalupe:", "Temsilci Hatice Öztürk:",
    # "Min chef Per-Olof Sundqvist", "Vertretung macht Mehmet Yılmaz-Schulte"
    r"|[Aa]sesora?|[Ee]jecutiv[oa]|[Aa]tendente|[Cc]onsultora?|[Bb]erater(?:in)?"
    r"|[Cc]onseill(?:er|ère)|[Tt]emsilci|[Hh]andläggare|[Mm]in\s+chef|[Mm]ijn\s+manager"
    r"|[Mm]eine?\s+(?:Chefin|Chef|Vorgesetzte[r]?)|[Vv]ertretung\s+macht"
    # Tagalog's personal articles, which only come before a person: "anak ko si Princess",
    # and its kin words in lower case: "si lola Remedios"; Czech vocatives: "pane Kučero"
    r"|(?-i:si|ni|kay|sina|nina|lola|lolo|tita|tito|kuya|pane|paní|pani)"  # not "ate": English
    r"|[Ss]erved\s+by|[Ee]scalate\s+to|[Ff]ee\s+earner:?"
    # whose name an account or a document is in, who wrote it: "intestato a Salvatore Russo",
    # "a nombre de", "au nom de", "Rédigé par Yann-Ber Kerjean", "O técnico Cleiton"
    r"|[Ii]ntestat[oa]\s+a|[Aa]\s+nombre\s+de|[Ee]m\s+nome\s+de|[Aa]u\s+nom\s+de"
    r"|[Rr]édigée?\s+par|[Éé]crite?\s+par|[Ss]ignée?\s+par|[Rr]edactad[oa]\s+por"
    r"|[Ee]scrit[oa]\s+por|[Vv]erfasst\s+von|[Gg]eschrieben\s+von|[Tt]écnic[oa]"
    r"|[Кк]лиент(?:ка)?|[Пп]ациент(?:ка)?|[Сс]отрудни(?:к|ца)"
    # Nordic partners and kin: "Min sambo Bjørn", "min kone Ingrid"; who a caller proved to be
    r"|(?i:min|mitt|mi)\s+(?:sambo|man|fru|kone|mann|kæreste|son|dotter|datter|sønn|mamma|pappa"
    r"|bror|syster|søster)|(?:verified|identified|confirmed)\s+as"
    # Greek and Cyrillic introductions and kin: "ονομάζομαι Ευανθία", "Муж: Олександр"
    r"|ονομάζομαι|δικαιούχος|[Μμ]ε\s+λένε|λέγομαι|[Οο]\s+σύζυγός\s+μου|[Ηη]\s+σύζυγός\s+μου"
    r"|[Мм]еня\s+зовут|[Мм]ене\s+звати|[Мм]уж|[Жж]ена|[Чч]оловік|[Дд]ружина|[Сс]ын|[Дд]очь"
)
#: Form labels whose value is a person.
_LABELS = (
    r"Name|Full\s+name|Customer|Client|Contact|Employee|Patient|Tenant|Applicant|Candidate"
    r"|From|To|Cc|Reporter|Assignee|Requester|Owner|Manager|Emergency\s+contact"
    r"|Account\s+holder|Cardholder|Beneficiary|Signed|Member|Insured|Policyholder|Claimant"
    r"|Passenger|Traveller|Traveler|Guest|Attendees?|Participants?|Student|Parent|Guardian"
    r"|Recipient|Payee|Sender|Buyer|Seller|Driver|Host|Landlord|Interviewer|Referred\s+by"
    r"|Preferred\s+name|Nickname|Known\s+as|Goes\s+by|Complainant|Respondent|Witness(?:es)?"
    r"|Officer|Referee|References?|Viewers?|Advisor|Adviser|Technician"
    r"|Mentor|Supervisor|Approver|Reviewer|Author|Committer|Caseworker|Clinician|Nurse"
    r"|Doctor|Physician|Therapist|Dentist|Surgeon|Consultant|Coach|Teacher|Tutor|Contractor"
    r"|Assessor|Adjuster|Investigator|Auditor|Handler|Speaker|Presenter|Volunteer|Intern"
    r"|Hiring\s+manager|Line\s+manager|Account\s+manager|User|Cover|Covering|Assicurato"
    r"|Versicherte[rn]?|Asegurado|Segurado|Ubezpieczony|[Rr]emediation\s+owner|Klant|Kunde"
    r"|Kundin|Apotheker(?:in)?|M[ée]dic[oa]|Penumpang(?:\s+\d+)?|Bearbeitung|Sachbearbeiter(?:in)?"
    r"|Mwombaji|Repartidor(?:a)?|Conductor(?:a)?|Motorista|Fahrer(?:in)?|[Ll]easing\s+agent"
    r"|[Ss]ales\s+rep|[Cc]ase\s+(?:worker|manager|officer)|Passenger\s+\d+|Guest\s+\d+"
    r"|Leaver|Joiner|Starter|[Bb]adge\s+name|[Dd]isplay\s+name|[Gg]uest\s+name|[Ll]egal\s+name"
    r"|[Ff]irst\s+name|[Gg]iven\s+name|Do|Od|Ospite|Hu[ée]sped|H[óo]spede|Gast|Invit[ée]"
    r"|Operatore|Operador|Operadora|Paciente|Pacjent(?:ka)?|Patiënt|Cliënt|Cliente|Nombre|Nome"
    r"|Optometrist|Optician|Pharmacist|Vet|Veterinarian|Radiographer|Physio(?:therapist)?"
    r"|Dietitian|Podiatrist|Hygienist|Audiologist|Carer|Key\s+worker|Social\s+worker"
    r"|[Ii]ncident\s+lead|Pasien|Pelanggan|Nasabah|Học\s+sinh|Giáo\s+viên"
    r"|Champion|Donor|Counsel|Attorney|Lawyer|Solicitor|Techniker(?:in)?|Acompañante|Companion"
    r"|Sponsor|Contact\s+person|Ansprechpartner(?:in)?|Bill\s+to|Ship\s+to|Sold\s+to|Deliver\s+to"
    r"|[Oo]n-call|Collected\s+by|Dispensed\s+to|Prescriber|Requested\s+by|Trustee|Executor"
    r"|Guarantor|Co-applicant|Spouse|Next\s+of\s+kin|Emergency\s+contact\s+name"
    r"|Müşteri|Hasta|Çalışan|Yetkili|Ad\s+Soyad|Adı\s+Soyadı|Klient(?:ka)?|Zákazník|Pacient"
    r"|Клиент|Клієнт|Пациент|Пацієнт|Сотрудник|Працівник|ФИО|ПІБ|Имя|Ім'я|Получатель|Отримувач"
    r"|Πελάτης|Ασθενής|Δικαιούχος|Όνομα|Ονοματεπώνυμο|Παραλήπτης"
    # French forms, inclusive spellings too: "Salarié·e : Margaux Lefort-Benali"
    r"|Salarié(?:·e|e)?|Employé(?:·e|e)?|Locataire|Bénéficiaire|Titulaire|Interlocut(?:eur|rice)"
    r"|Responsable"  # counsellors and fee earners are role words above, colon or not
    r"|Dependa?ent|Child|Son|Daughter|Clients|Buyers|Sellers|Couple|Planner|Other\s+party"
    # git trailers: "Reviewed-by: Róisín Mac Giolla Bhríde", "Co-authored-by: …"
    r"|Reviewed-by|Co-authored-by|Signed-off-by|Acked-by|Tested-by|Reported-by|Suggested-by"
)
#: Who did something to a file or a record, in one word: "pasted by Anjali", "TODO(kenji)".
_DONE_BY = re.compile(
    r"\b(?:pasted|hardcoded|hard-coded|copied|added|written|created|committed|reported|sent"
    r"|assigned|reviewed|owned|requested|approved|signed|shared|uploaded|leaked)\s+by\s+"
    r"(?P<name>[A-Z][\w'\u2019\-]+)\b(?![ \t]+[A-Z]|[ \t]*&)"
    r"|\b(?:TODO|FIXME|XXX|HACK)\(@?(?P<handle>[a-z][a-z0-9._\-]{1,30})\)"
)
#: Role words before a name in brackets: "Customer (Alejandro Ruiz Montoya): …".
_BRACKETED = (
    r"Customer|Client|Caller|Agent|User|Patient|Member|Guest|Tenant|Employee|Support"
    r"|Agente|Cliente|Paciente|Operador[a]?|Kunde|Kundin|Mitarbeiter(?:in)?|Klant|Medewerker"
    r"|(?:Recruiter|Interviewer|Agent|Advisor|Manager|Reviewer)\s+notes?"
    r"|Son|Daughter|Wife|Husband|Mother|Father|Conseill(?:er|ère)|Asesora?|Atendente"
)
#: Kin in brackets before a name: "(filho, Rodrigo)", "(son: Manpreet)".
_BRACKETED_KIN = (
    r"son|daughter|wife|husband|mother|father|filh[oa]|m[ãa]e|pai|hij[oa]|esposa|marido"
    r"|fils|fille|sohn|tochter|figli[oa]"
)
#: Who did something in a GitHub or GitLab thread: "**Nadia Haddad** opened this issue".
_BOLD_ACTOR = re.compile(
    rf"\*\*(?P<name>{WORD}(?:[ \t]+{WORD}){{0,3}})\*\*[ \t]+(?:opened|commented|reviewed"
    rf"|approved|closed|merged|mentioned|requested|assigned|replied|wrote|edited|added)\b"
)
_CUE = re.compile(
    rf"\b(?:{_BRACKETED})[ \t]*\([ \t]*"
    rf"|\((?i:{_BRACKETED_KIN})[,:][ \t]*"
    rf"|\b(?:{_GREETINGS})\b\.?,?[ \t]*\n?[ \t]*"
    rf"|(?<![\w\-])(?:{_INTRODUCERS})(?P<colon>:)?\s+"  # not "User-Agent: PayGridAndroid/7.4"
    # a label may say how it is written: "Name (last, first): Alemayehu, Tigist"
    rf"|(?m:^|\b)(?:{_LABELS})(?:[ \t]*\([a-z ,./]{{1,20}}\))?\s*:[ \t]*"
)
#: Up to two initials, then up to five words: "B. Hollis", "Maria José da Silva"; a column
#: gap ends the name ("Çalışan: Elif Şahin   Doğum tarihi: …").
_NAME_AFTER_CUE = re.compile(rf"(?:[A-Z]\.[ \t]?){{0,2}}{WORD}(?:[ \t]{WORD}){{0,4}}")  # no gaps
#: "Employee: OYELARAN, Tunde": the surname-first form, up to a column gap or the line's end.
_SURNAME_COMMA = re.compile(rf"{SURNAME_FIRST}(?=[ \t]{{2}}|[ \t]*$|[,;|])", re.MULTILINE)
#: Japanese honorifics after a name: "Tanaka-sama", "Kenji-san".
_HONORIFIC = re.compile(r"\b(?P<name>[A-Z][a-z]+)-(?:san|sama|sensei|kun|chan|shi|dono)\b")
#: Airline name records, one per line: "ABDULLAHI/HAUWA MRS", "2. OKAFOR/CHIDI MR".
_NAME_RECORD = re.compile(
    r"(?<![A-Za-z_/'\-])(?P<name>[A-Z][A-Z'\-]+/[A-Z][A-Z'\-]+(?:[ ][A-Z][A-Z'\-]+){0,3})"
    r"[ ](?:MR|MRS|MS|MISS|MSTR|DR|CHD|INF)\b"
)
#: "the Delacroix-Mbeki family": a surname before a household word.
_FAMILY = re.compile(rf"\bthe[ \t]+(?P<name>{WORD}(?:[ \t]+{WORD})?)[ \t]+(?:{HOUSEHOLD})\b")
#: Japanese names in kanji: after a name label ("お名前", a full-width colon) or before an
#: honorific ("田中 健太様"). Surname and given name, each one to four characters.
_KANJI_NAME = r"[\u4e00-\u9fff]{1,4}[ \u3000]?[\u4e00-\u9fff\u3040-\u30ff]{1,4}"
_JAPANESE_LABELLED = re.compile(
    r"(?:お名前|氏名|名前|担当者?|宛名|ご依頼主|お届け先)[ \u3000]*[:\uff1a][ \u3000]*"
    rf"(?P<name>{_KANJI_NAME})"
)
_JAPANESE_HONOURED = re.compile(rf"(?P<name>{_KANJI_NAME})[ \u3000]?(?:様|さん|殿|氏)")
#: Introductions that name the writer, written in lower case as often as not ("hi my name is
#: lê văn tuấn", "hi, it's kemal aydin").
_MY_NAME = re.compile(
    rf"(?i:\bmy\s+name\s+is|\bmy\s+name's|\bi\s+am\s+called)\s+"
    rf"(?P<name>{WORD}(?:[ \t]+{WORD}){{0,3}})"
)
_GREETING_INTRO = re.compile(
    rf"(?i:\b(?:hi|hello|hey|hiya)\b[,!.]?\s+(?:it's|it\s+is|this\s+is|i'm|im|i\s+am))\s+"
    rf"(?P<name>{WORD}(?:[ \t]+{WORD}){{0,2}})"
)
#: A given name that is also a word, alone after a cue: "Thanks Hope, I've masked it".
_GIVEN_ALONE = re.compile(
    rf"(?P<name>(?:{'|'.join(sorted(w.capitalize() for w in GIVEN_NAME_WORDS))}))(?=[,.!?])"
)
#: A mail header's display name before its address: "Giulia Ferraro <giulia.ferraro@unibo.it>",
#: or an address in brackets: "Mehmet Yılmaz-Schulte (m.yilmaz-schulte@example.de)".
#: Found address first, then the words before it: matching words-then-address from every
#: word of a text cost as much as all other cues together.
_BRACKETED_ADDRESS = re.compile(r"[ \t]*[<(](?P<local>[^@\s<>()]{2,64})@[^\s<>()]+[>)]")
_WORDS_BEFORE = re.compile(rf"{WORD}(?:[ \t]+{WORD}){{0,3}}$")


#: A name before a note of age or birth: "your new baby, Camila (born August 2, 2025)".
_BORN_NOTE = re.compile(
    r"[ \t]*\((?:born|b\.|n[ée]e?|aged?|\d{1,2}[ \t]?(?:y|yo|yrs|years|months|mo)\b)"
)


def _words_before(text: str, end: int) -> tuple[int, int] | None:
    """Up to four words that end at `end`."""
    words = _WORDS_BEFORE.search(text, max(0, end - 120), end)
    return words.span() if words else None


def _folded(word: str) -> str:
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().lower()


def _confirmed_by_address(name: str, local: str) -> bool:
    """A display name counts when its address spells one of its words ("a.ogunleye" for
    "Adewale Ogunleye"), so "Support Team <help@…>" does not."""
    local = _folded(local)
    return any(len(w) >= 3 and _folded(w) in local for w in name.split())


_NOT_IN_NAME = {
    *("and", "or", "but", "i", "im", "i'm", "from", "at", "in", "on", "with", "the", "a", "an"),
    *("not", "is", "was", "my", "your", "our", "of", "for", "to"),
}


def _common(word: str, lexicon: Lexicon) -> bool:
    return lexicon.zipf(word) >= COMMON_ZIPF or lexicon.is_english_word(word, LABEL_MARGIN)


def cued_names(text: str) -> list[tuple[int, int]]:
    """Capitalised names right after a cue ("Dear Ana", "Witness: Hope Mensah"), honorific
    names and airline name records."""
    spans = []
    for cue in _CUE.finditer(text):
        if surname_first := _SURNAME_COMMA.match(text, cue.end()):
            spans.append(surname_first.span())  # "Employee: OYELARAN, Tunde"
            continue
        after = _NAME_AFTER_CUE.match(text, cue.end())
        trimmed = trim(text, after.start(), after.end()) if after else None
        if trimmed and cue.group("colon") and " " not in text[slice(*trimmed)]:
            continue  # "Agent: Got it" is a speaker's turn; "Agent: Kaveh Rostami" a field
        if trimmed and re.match(r"[ \t]*&", text[trimmed[1] :]):
            continue  # "Bill to: Harper & Lowe LLP": a firm of partners
        if trimmed and trimmed[0] == cue.end():
            spans.append(trimmed)
        elif given := _GIVEN_ALONE.match(text, cue.end()):
            spans.append(given.span("name"))  # "Thanks Hope,"
    spans += [m.span("name") for m in _HONORIFIC.finditer(text)]
    spans += [  # "CI/CD MR !42" is a merge request
        m.span("name")
        for m in _NAME_RECORD.finditer(text)
        if max(len(part) for part in m.group("name").split("/")) >= 3
    ]
    spans += [m.span("name") for m in _BOLD_ACTOR.finditer(text)]
    for rule in (_JAPANESE_LABELLED, _JAPANESE_HONOURED):
        spans += [m.span("name") for m in rule.finditer(text)]
    for family in _FAMILY.finditer(text):
        trimmed = trim(text, *family.span("name"))
        if trimmed == family.span("name"):
            spans.append(trimmed)
    for address in _BRACKETED_ADDRESS.finditer(text):
        name = _words_before(text, address.start())
        value = text[slice(*name)] if name else ""
        if name and " " in value and _confirmed_by_address(value, address.group("local")):
            trimmed = trim(text, *name)
            if trimmed:
                spans.append(trimmed)
    spans += listed_names(text)
    for born in _BORN_NOTE.finditer(text):
        name = _words_before(text, born.start())
        trimmed = trim(text, *name) if name else None
        if trimmed and name and trimmed[1] == name[1]:
            spans.append(trimmed)
    for done in _DONE_BY.finditer(text):
        spans.append(done.span("name") if done.group("name") else done.span("handle"))
    return spans


def introduced_names(text: str, lexicon: Lexicon) -> list[tuple[int, int]]:
    """Writers naming themselves, in any case: words after "my name is" up to the first
    common word; after "hi, it's" (which also precedes "hi, it's broken") only words rare
    in English count."""
    spans = []
    for rule in (_MY_NAME, _GREETING_INTRO):
        for intro in rule.finditer(text):
            start = end = intro.start("name")
            for word in re.finditer(WORD, intro.group("name")):
                lower = word.group().lower()
                if lower in _NOT_IN_NAME or lower in NOT_A_NAME:
                    break
                if rule is _GREETING_INTRO and _common(lower, lexicon):
                    break
                end = start + word.end()
            if end > start:
                spans.append((start, end))
    return spans
