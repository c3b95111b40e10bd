"""Names that the words right before or after them announce: greetings, sign-offs, titles,
introductions, form labels, role words, honorifics and airline name records.

A cue makes the words after it a candidate; `trim` then keeps only what looks like a name,
so "Dear team," or "Reference: INV-2231" yield nothing.
"""

from __future__ import annotations

import re
import unicodedata

from aiproxy.privacy.recognizers.cue_words import (
    BRACKETED,
    BRACKETED_KIN,
    GREETINGS,
    INTRODUCERS,
    KIN_AFTER_LABEL,
    LABELS,
)
from aiproxy.privacy.recognizers.lexicon import Lexicon
from aiproxy.privacy.recognizers.lists import listed_names
from aiproxy.privacy.recognizers.names import (
    COMMON_ZIPF,
    HOUSEHOLD,
    LABEL_MARGIN,
    SURNAME_FIRST,
    WORD,
    trim,
)
from aiproxy.privacy.recognizers.vocabulary import GIVEN_NAME_WORDS, NOT_A_NAME

#: Who did something to a file or a record, in one word: "pasted by Anjali", "TODO(kenji)".
_DONE_BY = re.compile(
    r"\b(?:pasted|hardcoded|hard-coded|copied|added|written|created|committed|reported|sent"
    r"|assigned|reviewed|owned|requested|approved|signed|shared|uploaded|leaked)\s+by\s+"
    r"(?P<name>[A-Z][\w'\u2019\-]+)\b(?![ \t]+[A-Z]|[ \t]*&)"
    r"|\b(?:TODO|FIXME|XXX|HACK)\(@?(?P<handle>[a-z][a-z0-9._\-]{1,30})\)"
)
#: Who did something in a GitHub or GitLab thread: "**Nadia Haddad** opened this issue".
_BOLD_ACTOR = re.compile(
    rf"\*\*(?P<name>{WORD}(?:[ \t]+{WORD}){{0,3}})\*\*[ \t]+(?:opened|commented|reviewed"
    rf"|approved|closed|merged|mentioned|requested|assigned|replied|wrote|edited|added)\b"
)
_CUE = re.compile(
    rf"\b(?:{BRACKETED})[ \t]*\([ \t]*"
    rf"|\((?i:{BRACKETED_KIN})[,:][ \t]*"
    rf"|\b(?:{GREETINGS})\b\.?,?[ \t]*\n?[ \t]*"
    # not "User-Agent: PayGridAndroid/7.4"; a quote may open the name: "prezentat ca „Marian"
    rf"|(?<![\w\-])(?:{INTRODUCERS})(?P<colon>:)?(?:\s+|(?<=[\u201e\u201c\"\u00ab]))"
    # a label may say how it is written: "Name (last, first): Alemayehu, Tigist"
    # a bilingual label too: "Klant / Client : Pieter-Jan Verhaegen"
    rf"|(?m:^|\b)(?:{LABELS})(?:[ \t]*\([a-z ,./]{{1,20}}\)|[ \t]*/[ \t]*[A-Z][a-z]{{2,15}})?"
    r"\s*:[ \t]*[\"']?"  # 'Receiver: "Inês'"
)
#: A form row's next field after a gap, or an extension: "Interpreter: Dawit   Date: …",
#: "Agente: Marta (ext. 4412)" are fields.
_NEXT_FIELD_IN_ROW = re.compile(r"[ \t]{2,}[^\W\d_][\w .]{0,20}:|[ \t]*\((?:ext|tel|x)\.?[ \t]*\d")
#: Up to two initials before a name ("A. Nowak"); `trim` keeps only the words after them.
_INITIAL = r"[A-Z]\.[ \t]?"
_INITIALS = re.compile(rf"(?:{_INITIAL}){{1,2}}")
#: A directory entry's common name of several words: "manager: CN=Pieter-Jan Hoekstra,OU=…"
#: (a service account's is one word: "CN=svc-backup").
_DN_NAME = re.compile(
    r"\bCN=(?P<name>[A-ZÀ-Þ][\w'\-]+(?:[ ][A-ZÀ-Þa-z][\w'\-]+){1,3}),(?:OU|DC|O)="
)
#: Up to two initials, then up to five words: "B. Hollis", "Maria José da Silva"; a column
#: gap ends the name ("Çalışan: Elif Şahin   Doğum tarihi: …").
_NAME_AFTER_CUE = re.compile(rf"(?:{_INITIAL}){{0,2}}{WORD}(?:[ \t]{WORD}){{0,4}}")  # no gaps
#: A title between a label and its name, perhaps on the next line: "Behandelnder Arzt: Dr. med.
#: Jörg Pfaffenrath", "De : Me Héloïse Abadie", "Cliente:\nSig.ra Annunziata Lo Presti".
_TITLE_AFTER_CUE = re.compile(
    r"[ \t]*\n?[ \t]*(?:Dr\.?(?:[ \t]+med\.(?:[ \t]+dent\.)?)?|Me|Δρ\.|Sig\.ra|Sig\.|Mme|Prof\.?"
    r"|Dra\.|Sra\.|Sr\.|Srta\.|Dott\.(?:ssa)?|Avv\.|[Gg]eom\.|inf\."
    # Czech and Slovak degrees before the name: "Vyřizuje: Ing. Radek Šťastný"
    r"|Ing\.|Mgr\.|Bc\.|MUDr\.|JUDr\.|PhDr\.|RNDr\.|Dipl\.-Ing\."
    # Vietnamese "Khách hàng: Chị Nguyễn …", a signed form's "Signature: /s/ K. Bondarenko"
    # in lower case too ("chị Nguyễn Thị Lan Anh"); not a capital "Anh", a given name;
    # a letter's title may end its line: "Egregio Sig.\nDavide Lo Presti"
    r"|κ\.|κα\.|[Cc]hị|anh|[Ôô]ng|[Bb]à|/s/"
    # a neighbour, a grandparent, a spouse or a child: "Vidne: nabo Anders Lykke",
    # "Συνοδός: κόρη, Ελένη Μπεκίρ"
    rf"|(?:{KIN_AFTER_LABEL}),?)"
    r"(?:[ \t]+|(?<=\.)[ \t]*\n[ \t]*)(?=[A-ZÀ-ÞĀ-ŽΑ-ΩА-ЯЁІЇЄ])"
)
#: "Employee: OYELARAN, Tunde": the surname-first form, up to a column gap or the line's end.
_SURNAME_COMMA = re.compile(rf"{SURNAME_FIRST}(?=[ \t]{{2}}|[ \t]*$|[,;|])", re.MULTILINE)
#: Japanese honorifics after a name: "Tanaka-sama", "Kenji-san".
_HONORIFIC = re.compile(r"\b(?P<name>[A-Z][a-z]+)-(?:san|sama|sensei|kun|chan|shi|dono)\b")
#: Airline name records, one per line: "ABDULLAHI/HAUWA MRS", "2. OKAFOR/CHIDI MR".
_NAME_RECORD = re.compile(
    r"(?<![A-Za-z_/'\-])(?P<name>[A-Z][A-Z'\-]+/[A-Z][A-Z'\-]+(?:[ ][A-Z][A-Z'\-]+){0,3})"
    r"[ ](?:MR|MRS|MS|MISS|MSTR|DR|CHD|INF)\b"
)
#: A booking's passenger list in capitals: "1. MS SIOBHAN NI DHOMHNAILL — date of birth …".
_SHOUTED_TITLED = re.compile(
    # numbered, so "MS SQL SERVER 2019" opening a line names nobody
    r"(?m)^[ \t]*\d{1,2}[.)][ \t]+(?:MR|MRS|MS|MISS|MSTR|DR)\.?[ \t]+"
    r"(?P<name>[A-ZÀ-Þ][A-ZÀ-Þ'\-]+(?:[ \t][A-ZÀ-Þ][A-ZÀ-Þ'\-]+){1,3})(?![\w'\-])"
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
#: A sign-off after a dash, alone on its line: "My address is now …\n— Connie".
_DASH_SIGNOFF = re.compile(
    rf"(?m)^[ \t]*[\u2014\u2013][ \t]*(?P<name>{WORD}(?:[ \t]{WORD})?)[ \t]*$"
)
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
        title = _TITLE_AFTER_CUE.match(text, cue.end())
        start = title.end() if title else cue.end()
        after = _NAME_AFTER_CUE.match(text, start)
        trimmed = trim(text, after.start(), after.end()) if after else None
        by_someone = cue.group().rstrip(": \t").lower().endswith(" by")  # "Logged by: Femi"
        if (
            trimmed
            and cue.group("colon")
            and " " not in text[slice(*trimmed)]
            and not by_someone
            and not _NEXT_FIELD_IN_ROW.match(text, trimmed[1])
        ):
            continue  # "Agent: Got it" is a speaker's turn; "Agent: Kaveh Rostami" a field
        if trimmed and re.match(r"[ \t]*&", text[trimmed[1] :]):
            continue  # "Bill to: Harper & Lowe LLP": a firm of partners
        if trimmed and (trimmed[0] == start or _INITIALS.fullmatch(text, start, trimmed[0])):
            spans.append((start, trimmed[1]))  # with the initials `trim` leaves: "A. Nowak"
        elif given := _GIVEN_ALONE.match(text, cue.end()):
            spans.append(given.span("name"))  # "Thanks Hope,"
    spans += [m.span("name") for m in _HONORIFIC.finditer(text)]
    spans += [  # "CI/CD MR !42" is a merge request
        m.span("name")
        for m in _NAME_RECORD.finditer(text)
        if max(len(part) for part in m.group("name").split("/")) >= 3
    ]
    spans += [m.span("name") for m in _BOLD_ACTOR.finditer(text)]
    spans += [m.span("name") for m in _SHOUTED_TITLED.finditer(text)]
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
    spans += [m.span("name") for m in _DN_NAME.finditer(text)]
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
    for signoff in _DASH_SIGNOFF.finditer(text):  # "— Connie", not "— Done"
        words = signoff.group("name").split()
        span = signoff.span("name")
        if trim(text, *span) == span and not all(_common(w.lower(), lexicon) for w in words):
            spans.append(span)
    return spans
