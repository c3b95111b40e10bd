"""Health conditions, treatments and medicines said of a person, in any phrasing.

The predicate rules of `special_category` need a verb they know before a condition they
know ("diagnosed with", "suffers from"). People write "she also has moderate vascular
dementia", "apixaban 2.5 mg twice daily", "toma acenocumarol por una fibrilación
auricular". Here the term itself is the cue, and its clause decides: the clause must speak
of someone (a pronoun, a title, "patient", "my") and must not be a clinic's or a shop's
own words ("glaucoma screening promotion", "omeprazole 20 mg back in stock").

The terms are written by hand: conditions, procedures and medicine families, with the
stems that several European languages share ("diabet", "demen", "quimioterap").
"""

from __future__ import annotations

import re

#: Conditions and procedures: English words and stems shared with other languages.
_TERMS = (
    r"dementia|demencia|demência|demenz|démence|dementie|demenza|alzheimer'?s?|parkinson'?s?"
    r"|diabet\w*|cukrzyc\w*|kisukari|asthma|asma|astma|epilep\w*|cancer|cáncer|câncer|cancro"
    r"|krebs|kanker|tumou?r|tumor|leuk(?:a)?emia|lymphoma|melanoma|carcinoma|chemo(?:therap\w*)?"
    r"|quimioterap\w*|chimioth[ée]rap\w*|chemioterap\w*|radiotherap\w*|radioterap\w*"
    r"|dialys[ie]s|diálisis|hemodiálise|hemodialysis|dialisi|stroke|heart\s+attack|infarto"
    r"|herzinfarkt|angina|arrhythmia|atrial\s+fibrillation|fibrilaç[ãa]o|fibrilación|vorhofflimmern"
    r"|hypertension|hipertensi[óo]n|hipertensão|bluthochdruck|presyon\s+ng\s+dugo"
    r"|depress(?:ion|ive|iven|ão|ión)|depressiv\w*|anxiety|panic\s+attacks?|bipolar|schizophren\w*"
    r"|psychosis|ptsd|adhd|autism\w*|autistic|dyslexi\w*|dyspraxi\w*|keratoconus|glaucoma"
    r"|cataracts?|macular\s+degeneration|partially\s+sighted|sight\s+impaired|blind|deaf"
    r"|slechthorend|schwerh[öo]rig|hard\s+of\s+hearing|hearing\s+loop|ringleiding|wheelchair"
    r"|rollstuhl|cadeira\s+de\s+rodas|silla\s+de\s+ruedas|hip\s+replacement|knee\s+replacement"
    r"|caesarean|c-section|cesárea|kaiserschnitt|miscarriage|ivf|pregnan\w*|embarazad\w*"
    r"|grávida|gestante|schwanger\w*|enceinte|incinta|zwanger\w*|ciąż\w*|hamile|mjamzito"
    r"|buntis|hepatit\w*|hiv|aids|crohn'?s|colitis|coeliac|celiac|lupus|multiple\s+sclerosis"
    r"|arthritis|artrite|artritis|arthrose|osteoporosis|copd|emphysema|cystic\s+fibrosis"
    r"|sickle\s+cell|anaemia|anemia|thyroid|hypothyroidism|endometriosis|menopaus\w*|dengue"
    r"|malaria|tuberculos[ie]s|covid(?:-19)?|long\s+covid|self[\s\-]harm|suicid\w*"
    r"|eating\s+disorder|anorexia|bulimia|addiction|alcoholism|alkohol\w*|sober|rehab\w*"
    r"|ulcus\s+cruris|leg\s+ulcer|pressure\s+sores?|incontinen\w*|catheter|stoma|colostomy"
    r"|pacemaker|kalp\s+pili|insulin|inhaler|oxygen\s+concentrator|end[\s\-]of[\s\-]life"
    r"|palliative|terminal(?:ly)?\s+ill|hospice|allerg\w*|alérgic\w*|allergisch\w*|endodoncia"
    r"|root\s+canal|physiotherap\w*|fisioterap\w*|ziekteverzuim|arbodienst|krankgeschrieben"
    r"|sick\s+leave|menisc\w*|fracture[ds]?|broken\s+(?:hip|leg|arm|wrist)|transplant"
)
#: Medicine names by their family's ending ("apixaban", "sertraline", "methotrexate"):
#: never a common word, and the dose or the clause makes it a person's treatment.
_MEDICINE = (
    r"[a-z]{3,}(?:xaban|gatran|parin|pril|sartan|olol|statin|mab|tinib|azole|prazole|cillin"
    r"|mycin|oxacin|tidine|gliptin|gliflozin|triptan|setron|azepam|zolam|oxetine|apine"
    r"|idone|eridone|trexate|asteride|umarol|farin|afil|tropium|sonide|olone|asone|lukast"
    r"|dronate|semide|thiazide)"
    r"|(?:sertraline|fluoxetine|citalopram|escitalopram|mirtazapine|venlafaxine|lithium"
    r"|methadone|buprenorphine|metformin|levothyroxine|warfarin|apixaban|ozempic|wegovy"
    r"|mounjaro|salbutamol|ventolin|ventilan|sintrom|acenocumarol|prednisolone|morphine"
    r"|oxycodone|tramadol|gabapentin|pregabalin|finasteride|truvada)"
)
TERM = re.compile(rf"(?i)\b(?:{_TERMS}|{_MEDICINE})\b")
#: The clause speaks of someone: a pronoun, a title, a role in care, in several languages.
_SOMEONE = re.compile(
    r"(?i)\b(?:i|i'm|i've|i'd|me|my|mine|she|he|her|hers|him|his|she's|he's|patient|pupil|client"
    r"|resident|claimant|applicant|employee|mrs|mr|ms|miss|mum|mom|dad|husband|wife|son"
    r"|daughter|partner|mother|father|ella|él|su|sus|mi|ela|ele|seu|sua|eu|sie|er|ihr|ihre|ihrer"
    r"|sein|seine|ich|mein|meine|elle|il|sa|son|ses|je|mon|ma|mes|vous|votre|zij|hij|haar|zijn"
    r"|ik|mijn|mevr|mevrouw|lei|lui|suo|sua|io|mio|mia|paciente|patiënt|cliënt|cliente|pani"
    r"|pan|jest|anapata|siya|niya|kanya|say\u0131n|ta\u015f\u0131d\u0131\u011f\u0131n\u0131z"
    r"|toma|tem|usa|hai|hain|rakhta)\b"
)
#: A clause that advertises, schedules or sells: a clinic's words, not a person's record.
_PUBLIC = re.compile(
    r"(?i)\b(?:screening|promotion|campaign|awareness|offer|offers|available|in\s+stock"
    r"|back\s+in\s+stock|walk-in|book\s+(?:now|online|via|your)|advice|helpline|leaflets?"
    r"|talk|workshop|seminar|webinar|course|training|month|week|day|tips|blog|article"
    r"|services?|clinics\s+(?:run|open)|support\s+group|discount|sale|price|vaccinations?"
    r"|excluded|exclusion|cover(?:ed|s)?|policy|plan\s+covers|prevention|guidelines?)\b"
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
_NAME_BEFORE = re.compile(r"[A-Z][\w'\-]*(?:\s+&)?\s+$")


def personal_health(text: str, start: int, end: int) -> bool:
    """True when the term at text[start:end] is said of someone in its own clause."""
    if _TOPIC_AFTER.match(text, end):
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
    return _SOMEONE.search(clause) is not None and _PUBLIC.search(clause) is None
