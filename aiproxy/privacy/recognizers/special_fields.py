"""SPECIAL_CATEGORY in forms and records: a field whose value is the data, whatever it says.

An equality-monitoring form's "Ethnicity:", a clinic's "Diagnosen:", a school's "Náboženství:"
or an export's "medical_notes" column file special-category data by their label; the value
needs no predicate. Only a value that declines ("Prefer not to say", "None") says nothing.
The statement and term rules that read prose live in special_category.py.
"""

from __future__ import annotations

import re

from aiproxy.privacy.recognizers import health_terms
from aiproxy.privacy.recognizers.record_fields import strip_value

#: Equality-monitoring and medical form fields: their value is special-category data,
#: unless it declines ("Prefer not to say", "None").
FIELD = re.compile(
    # "8. Medical: …", and in a quoted reply: "> Conditions médicales : …"
    r"(?im)^[ \t>]*(?:\d{1,2}[.)][ \t]*)?(?:[\w\-]+[ \t]+)?"
    r"(?P<label>ethnic(?:ity|[ \t]+group|[ \t]+origin)|race(?:[ \t]*/[ \t]*ethnicity)?"
    r"|(?:auto)?(?:rreconocimiento|identificaci[óo]n)[ \t]+[ée]tnic[oa]|pertenencia[ \t]+[ée]tnica"
    r"|(?:current|chronic|existing)[ \t]+conditions?|сведения[ \t]+о[ \t]+здоровье"
    r"|состояние[ \t]+здоровья"
    r"|religion(?:[ \t]+or[ \t]+belief)?|religious[ \t]+belief|sexual[ \t]+orientation"
    r"|gender[ \t]+identity|disability|long[ \t\-]term[ \t]+(?:health[ \t]+)?condition"
    r"|medical[ \t]+(?:history|conditions?)|pre[ \t\-]?existing[ \t]+conditions?"
    r"|reason[ \t]+for[ \t]+(?:treatment|visit|admission|absence|leave)|trade[ \t]+union"
    r"(?:[ \t]+membership)?|union[ \t]+membership|political[ \t]+(?:party|affiliation|opinions?)"
    r"|vorerkrankungen|konfession|religionszugeh[öo]rigkeit|disclosures?|eligibility"
    r"|chief[ \t]+complaint|presenting[ \t]+(?:problem|complaint)|reason[ \t]+for[ \t]+referral"
    r"|diagnos(?:is|es|e|a)?|diagn[óo]stico|allerg(?:y|ies)|befund|motivo[ \t]+de[ \t]+consulta"
    r"|antecedentes(?:[ \t]+m[ée]dicos)?|atcd|ant[ée]c[ée]dents(?:[ \t]+m[ée]dicaux)?"
    r"|diagnostic|gewerkschaft(?:szugeh[öo]rigkeit)?|الحالة[ \t]+الصحية"
    r"|(?:medical|health)[ \t]+conditions?|medical|injur(?:y|ies)|dx(?:[ \t]*\d{1,2})?"
    r"|iwi(?:[ \t]+affiliation)?"
    # German, Finnish, Italian, French, Ukrainian and Russian health fields (not medication
    # lists: the slices count a list of medicines as products unless a condition is named)
    r"|schwerbehinderung|verletzungen|erkrankungen|sairaudet|diagnoosi"
    r"|patologie(?:[ \t]+riferite)?|anamnesi|allergie|pathologies?"
    r"|інвалідність|діагноз|инвалидность|диагноз"
    # the same in Chinese, Japanese and Hindi (religion)
    r"|過去病史|过去病史|病史|既往史|既往歴|家族史|宗教信仰|宗教|藥物過敏|药物过敏|診斷|诊断|診断名|病名"
    r"|धर्म"
    # health, illness, allergy, complaint, disability, special-needs, faith and union fields of
    # the Nordic, Central European, Baltic, Greek, Turkish, Hebrew, Arabic, Urdu, Chinese,
    # Japanese and Korean forms; a workplace adjustment asked for
    r"|h[äa]lsa|h[äa]lsotillst[åa]nd|(?:aktuella[ \t]+)?besv[äa]r|(?:tidigare[ \t]+)?sjukdomar"
    r"|allergier|diagnos|funktionsneds[äa]ttning|helse(?:opplysninger)?|sykdommer|sygdomme"
    r"|diagnose|terveystiedot|terveydentila|allergiat|uskonto|zdravotn[íi][ \t]+(?:omezen[íi]|stav)"
    r"|zdravotn[ýy][ \t]+stav|alergie|alergi[ae]|diagn[óo]za|n[áa]bo[žz]enstv[íio]|onemocn[ěe]n[íi]"
    r"|choroby|stan[ \t]+zdrowia|niepe[łl]nosprawno[śs][ćc]|wyznanie|religia|betegs[ée]gek"
    r"|allergia|diagn[óo]zis|eg[ée]szs[ée]gi[ \t]+[áa]llapot|vall[áa]s|afec[țt]iuni|alergii"
    r"|religie|dizabilitate|allergie[ëe]n|medische[ \t]+voorgeschiedenis|gezondheid|beperking"
    r"|geloof|gesundheit(?:szustand)?|allergien|behinderung|unvertr[äa]glichkeiten|sant[ée]"
    r"|[ée]tat[ \t]+de[ \t]+sant[ée]|alergias|enfermedades|discapacidad|religi[óo]n"
    r"|doen[çc]as|defici[êe]ncia|religi[ãa]o|hist[óo]rico[ \t]+m[ée]dico|diagnosi|disabilit[àa]"
    r"|religione|sendika|hastal[ıi]klar|alerjiler|tan[ıi]|te[şs]his|engel[ \t]+durumu"
    r"|ειδικές[ \t]+ανάγκες|αλλεργίες|διάγνωση|ιατρικό[ \t]+ιστορικό|θρήσκευμα"
    r"|аллерги[яи]|алергі[яї]|(?:хронические[ \t]+)?заболевания|захворювання|вероисповедание"
    r"|віросповідання|רקע(?:[ \t]+רפואי)?|תלונה[ \t]+עיקרית|אבחנה|אבחון|אלרגיות|רגישויות"
    r"|מחלות[ \t]+רקע|التشخيص|الحساسية|التاريخ[ \t]+المرضي|الأمراض[ \t]+المزمنة|الديانة|الإعاقة"
    r"|معذوری|過敏史|过敏史|主訴|主诉|就診原因|就诊原因|病歴|アレルギー|병력|알레르기|진단|종교"
    r"|기저[ \t]?질환|accommodations?(?:[ \t]+request(?:ed)?)?|reasonable[ \t]+adjustments?"
    r"|special[ \t]+needs|health[ \t]+(?:information|notes?)"
    # previous operations and smoking, other health details, worldview, medical conditions in
    # the Romance order, a complaint, an airline's special service request
    r"|interventi|operazioni|eingriffe|operationen|cirug[íi]as|surgeries|fumo|smoking|tobacco"
    r"|tabaco|tabac|rauchen|h[äa]lsouppgifter|specialkost|katsomus|conditions[ \t]+m[ée]dicales"
    r"|condiciones[ \t]+m[ée]dicas|condizioni[ \t]+mediche|zdravotn[ée][ \t]+obmedzenia|دین"
    r"|panasz|special[ \t]+(?:service[ \t]+)?requests?|special[ \t]+assistance)"
    # a second field joined to the first: "Allergier/specialkost:", "Uskonto / katsomus:",
    # "Zdravotné obmedzenia a lieky:"
    r"(?:[ \t]*(?:/|\ba\b|\band\b|\bog\b|\boch\b|\bund\b|\bet\b|\bja\b)[ \t]*[\w\-]{2,20})?"
    # "Diagnóstico principal:", "Diagnosis at discharge:"
    r"(?:[ \t]+(?:principal|principale|secundari[oa]|main|primary|primaire|secondary|croniche"
    r"|cr[óo]nic[oa]s|pregress[ie]|chronic|chroniques|kroniske|kroniska|kr[óo]nikus|[öo]vriga))?"
    r"(?:[ \t]+(?:de|of|at|on|del)[ \t]+[\w\-]{2,20})?"
    r"(?:[ \t]+or[ \t]+[\w\- ]{1,30})?(?:[ \t]*[(\uff08][^()\uff08\uff09\n]{0,60}[)\uff09])?"
    r"[ \t]*[:\uff1a][ \t]*"
    r"(?P<value>[^\n]{2,160})"
)
#: A diagnoses or conditions field that lists its values on the lines below it: "Diagnosen:\n-
#: Morbus Parkinson, Erstdiagnose 2019 (G20.1)\n- chronische Niereninsuffizienz …".
LISTED = re.compile(
    r"(?im)^[ \t]*(?:diagnos(?:is|es|en|e|i)|diagn[óo]sticos?|vorerkrankungen|medical[ \t]+history"
    r"|(?:current|chronic)[ \t]+conditions|antecedentes|ant[ée]c[ée]dents|allergies|allergien)"
    r"[ \t]*[:\uff1a][ \t]*\n(?P<value>(?:[ \t]*[-*•\u2022][^\n]+(?:\n|$)){1,12})"
)
#: A ticked box on a medical form: "[x] Type 2 diabetes   [x] Hypertension   [ ] Asthma";
#: ticked, a condition is the patient's; a box left empty, or a ticked "None", says nothing.
TICKED = re.compile(
    r"(?m)\[[xX\u2713\u2714]\][ \t]*(?:(?i:other)[ \t]*:[ \t]*)?"
    r"(?P<value>[^\[\]\n]{2,60}?)(?=[ \t]{2,}|[ \t]*\[|[ \t]*$)"
)
_HEALTH_TERM = re.compile(rf"\b(?:{health_terms.TERMS})\b")


def ticked_condition(match: re.Match[str], text: str) -> bool:
    return _HEALTH_TERM.search(match.group("value").lower()) is not None


_DECLINED = re.compile(
    r"(?i)^(?:no|none|n/?a|-+|nil|nkda|nka|not\s+(?:disclosed|stated|applicable|known)"
    r"|prefer\s+not\s+to"
    r"\s+say|declined?|unknown|keine|ninguna|aucune?)\b"
)


def answered(match: re.Match[str], text: str) -> bool:
    return _DECLINED.match(match.group("value").strip()) is None


#: Record columns and keys whose value is special-category data, whatever it says.
RECORD_FIELDS = frozenset(
    {
        *("ethnicity", "race", "ethnic group", "ethnic origin", "religion", "religion or belief"),
        *("sexual orientation", "gender identity", "disability", "diagnosis", "diagnoses"),
        *("medical conditions", "trade union", "union membership", "political party"),
        *("konfession", "kirchensteuer", "religionszugehörigkeit", "etnia", "religión"),
        *("medical notes", "health notes", "political status", "political affiliation"),
        *("access needs", "accessibility needs", "accessibility", "special needs", "allergies"),
    }
)


def answer(text: str, start: int, end: int) -> tuple[int, int] | None:
    start, end = strip_value(text, start, end)
    value = text[start:end]
    if len(value) < 2 or _DECLINED.match(value) or value.lower() in ("--", "n", "0", "null"):
        return None
    return (start, end)
