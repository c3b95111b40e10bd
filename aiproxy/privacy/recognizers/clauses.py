"""Whether a term is said of someone: the clause around it names a person, not a service.

Health, faith and union words are special-category data only when said of a person: "she
is on dialysis" is, "our dialysis unit moves" is not. The clause decides: it must speak of
someone (a pronoun, a title, "patient", "my") and must not be an organisation's own
words (a promotion, a service, a policy).
"""

from __future__ import annotations

import re

#: The clause speaks of someone: a pronoun, a title, a role in care, in several languages.
_SOMEONE = re.compile(
    r"(?i)\b(?:i|i'm|i've|i'd|me|my|mine|she|he|her|hers|him|his|she's|he's|patient|pupil|client"
    r"|resident|claimant|applicant|employee|mrs|mr|ms|miss|mum|mom|dad|husband|wife|son"
    r"|daughter|partner|mother|father|ella|él|su|sus|mi|ela|ele|seu|sua|eu|sie|er|ihr|ihre|ihrer"
    r"|sein|seine|ich|mein|meine|elle|il|sa|son|ses|je|mon|ma|mes|vous|votre|zij|hij|haar|zijn"
    r"|ik|mijn|mevr|mevrouw|lei|lui|suo|sua|io|mio|mia|paciente|patiënt|cliënt|cliente|pani"
    r"|pan|jest|anapata|siya|niya|kanya|say\u0131n|ta\u015f\u0131d\u0131\u011f\u0131n\u0131z"
    r"|toma|tem|usa|hai|hain|rakhta"
    # people a record or a note is about, by their role: "Sister Lorna, starting dialysis"
    r"|tenant|passenger|insured|guest|member|student|candidate|candidata|candidato|volunteer"
    r"|brother|sister|uncle|aunt|auntie|grandma|grandmother|grandfather|grandpa|child|baby"
    r"|señora|señor|sra|sr|pasien|siswa|học\s+sinh|bệnh\s+nhân|worker|caller|customer"
    # a prescription's reader and a record's subject: "take ONE daily for …", "DOB 19/07/1948"
    r"|take|dob|esposa|esposo|marido|mulher|nanay|tatay|ibu|ayah"
    # the first person where the pronoun is dropped: "soffro di asma", "tengo diabetes"
    r"|soffro|sono|ho|tengo|soy|estoy|sou|estou|tenho|j'ai|suis|habe|bin|heb|ben|mam|jestem"
    r"|nina|niko|ana|aliripoti|wamejiunga|saya|dia|beliau|ibu|bapak"
    r"|його|її|він|вона|мій|моя|мене|я|его|её|он|она|мой|меня|пацієнт|пациент"
    r"|hun|han|clienta|mgeni|[çc]al[ıi][şs]an|em|chị|anh|žalobce|žalobkyně|svědek|prof"
    # a clinician's shorthand for the patient: "46F c/o fatigue", "72 yo M"
    r"|c/o|\d{1,3}\s?(?:yo|y/o|[MF])"
    # Tagalog and Swedish: "pamilya ng asawa ko", "jag behöver facklig tid"
    r"|ko|asawa|ako|namin|kami|pamilya|anak|jag|mig|hon|honom|hans|hennes"
    r"|lola|lolo|tita|tito|ate|kuya|istri|suami"
    # Finnish, Czech and Ukrainian: customer, patient, he or she, I; member; I have
    r"|asiakas|potilas|hän|minä|olen|minulla|člen|členka|маю|имею|jsem"
    # employees, the sick, our children; "faz hemodiálise", "observes fasting"
    r"|salarié|salariée|employé|employée|mitarbeiter|mitarbeiterin|werknemer|pracownik"
    r"|trabajador|trabajadora|doente|notre|nos|fils|fille|tochter|eşim|hastası|faz|hace|fait"
    r"|observes|μας|μου|κόρη|γιος|σύζυγος"
    # a workplace adjustment is asked for by someone: "ADA request: … due to lupus"
    r"|ada\s+request|reasonable\s+adjustments?"
    # Dutch: "Sanne geeft aan last te hebben van een burn-out"
    r"|geeft\s+aan|meldt|last\s+(?:te\s+hebben\s+)?van)\b"
)
#: A line that is a person's record: a clinical note's heading ("Hx", "A:", "Diagnosen:",
#: "Other conditions:"), or a roster row that opens with a name ("Kwame Asamoah   11/03/1974
#: insulin-dependent diabetic", "Grace Adjei | 20 weeks pregnant").
_RECORD_LINE = re.compile(
    r"[ \t]*(?:(?i:clinical\s+note|hx|pmh|s|a|assessment|impression|diagnos\w*(?:\s+\w+){0,2}"
    r"|allerg\w*(?:\s*/\s*conditions)?|(?:other\s+)?(?:medical\s+)?conditions"
    r"|(?:past\s+)?medical\s+history|problem\s+list|sant[ée]"
    r"|anamnes\w*|befund|reason\s+for\s+(?:absence|leave|referral)|history|reason"
    r"|presenting\s+complaint|chief\s+complaint)\s*:|(?i:hx)\s"
    r"|[A-Z][a-z]+(?:[ \t][A-Z][\w'\-]+){1,2}(?:[ \t]{3,}|[ \t]*\|))"
)
#: A clause that advertises, schedules or sells: a clinic's words, not a person's record.
_PUBLIC = re.compile(
    r"(?i)\b(?:screening|promotion|campaign|awareness|offer|offers|available|in\s+stock"
    r"|back\s+in\s+stock|walk-in|book\s+(?:now|online|via|your)|advice|helpline|leaflets?"
    # "awareness week", not "three nights a week", "five times a day"
    r"|talk|workshop|seminar|webinar|course|training|(?<!\ba\s)(?<!\bper\s)(?<!\bevery\s)"
    r"(?<!\beach\s)(?:month|week|day)|tips|blog|article"
    r"|services?(?!\s+(?:dog|animal))|clinics\s+(?:run|open)|support\s+group|discount|sale"
    r"|price|vaccinations?|classes|sessions|opening\s+hours"
    # "covered by the policy", not "Chidi covers" (a colleague covering a shift)
    r"|excluded|exclusion|covered|coverage|policy|(?:plan|insurance|partner|scheme|insurer)\s+covers"
    r"|prevention|guidelines?)\b"
)
#: Where a clause ends: a sentence's stop (not "2.5 mg", not "Mevr. Hoekstra"), a
#: semicolon, a line break.
_CLAUSE_END = re.compile(
    r"[;\n]|[!?](?=\s|$)"
    r"|(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSr)(?<!\bSra)(?<!\bMevr)(?<!\bHr)(?<!\bFr)"
    r"(?<!\bProf)\.(?=\s|$)"
)


#: A term that names a topic, a service or a firm: "diabetes awareness", "Bayside Spine &
#: Rehab", "Lakeside Physiotherapy", "the dialysis unit".
_TOPIC_AFTER = re.compile(
    r"(?i)\s+(?:awareness|screening|clinics?|tips|tests?|testing|support|services?|programme"
    r"|program|nurses?|team|unit|ward|department|research|charity|foundation|centre|center)\b"
)
#: The term labels a field that declines: "Allergies: NKDA", "Diabetes: no". A field that
#: answers ("Diabetes: yes") is the person's, and stays.
_LABEL_AFTER = re.compile(
    r"(?i)[ \t]*(?:/[ \t]*\w+[ \t]*)?:[ \t]*(?:no|none|n/?a|nil|nkda|nka|-+|unknown|keine"
    r"|ninguna|aucune?|denies|negative)(?![\w/])"
)
_NAME_BEFORE = re.compile(r"[A-Z][\w'\-]*(?:\s+&)?\s+$")


#: A clinical note's heading on a line of its own, its findings numbered below it.
_HEADING_ABOVE = re.compile(
    r"(?im)^[ \t]*(?:assessment(?:\s+and\s+plan)?|a/p|impression|diagnos\w*|problem\s+list)"
    r"[ \t]*:?[ \t]*\n(?:[ \t]*\d{1,2}[.)][^\n]*\n){0,6}[ \t]*\d{1,2}[.)][ \t]+$"
)
#: Someone named right before the copula: "Sofi es celíaca", "Tom is diabetic".
_NAMED_COPULA = re.compile(r"(?-i:[A-Z][a-zà-ÿ]+)\s+(?:is|es|é|est|ist|è|jest)\s+(?:\w+\s+)?$")


def said_of_someone(text: str, start: int, end: int) -> bool:
    """True when the term at text[start:end] is said of someone in its own clause."""
    if _TOPIC_AFTER.match(text, end) or _LABEL_AFTER.match(text, end):
        return False
    if text[start].isupper() and _NAME_BEFORE.search(text, max(0, start - 40), start):
        return False
    left = max(
        (m.end() for m in _CLAUSE_END.finditer(text, max(0, start - 200), start)),
        default=max(0, start - 200),
    )
    right_match = _CLAUSE_END.search(text, end, end + 200)
    right = right_match.start() if right_match else min(len(text), end + 200)
    clause = text[left:right]
    if _PUBLIC.search(clause) is not None:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    if _SOMEONE.search(clause) is not None or _RECORD_LINE.match(text, line_start) is not None:
        return True
    item = re.match(r"[ \t]*\d{1,2}[.)][ \t]+", text[line_start:start])
    if item and _HEADING_ABOVE.search(text, max(0, line_start - 600), line_start + item.end()):
        return True
    return _NAMED_COPULA.search(text, max(0, start - 40), start) is not None
