"""Health conditions, treatments and medicines said of a person, in any phrasing.

The predicate rules of `special_category` need a verb they know before a condition they
know ("diagnosed with", "suffers from"). People write "she also has moderate vascular
dementia", "apixaban 2.5 mg twice daily", "toma acenocumarol por una fibrilación
auricular". Here the term itself is the cue, and its clause decides: the clause must speak
of someone (a pronoun, a title, "patient", "my") and must not be a clinic's or a shop's
own words ("glaucoma screening promotion", "omeprazole 20 mg back in stock").

The terms are written by hand: conditions, procedures and medicine families, with the
stems that several European languages share ("diabet", "demen", "quimioterap"). Whether a
term's clause speaks of someone is `clauses.said_of_someone`'s call.
"""

from __future__ import annotations

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
    r"|grossesse|ujauzito|miskraam|oxygen|ox[íi]geno|oxig[êe]nio|infarct\w*|інфаркт\w*"
    r"|инфаркт\w*|appendic\w*|appendectomy|heart\s+bypass|bypass\s+surgery|herniated\s+disc"
    r"|hernia|retinitis\s+pigmentosa|legally\s+blind|osteopor\w*|hen\s+suyễn|multiple\s+sklerose"
    r"|scl[ée]rose\s+en\s+plaques|walker|rollator|crutches|zimmer\s+frame|limited\s+mobility"
    r"|(?:alcohol|opioid|drug)\s+(?:dependence|use\s+disorder)|stroke\s+ringan"
    r"|depresj\w*|depresi\w*|depresyon\w*|burn-?out|utmattningssyndrom|surd[oa]|sord[oa]|sourde?"
    r"|pneumonia|polmonite|neumon[íi]a|pneumonie|migraines?|migr[äa]ne|emicrania|migra[ñn]a"
    r"|immunocompromised|epil[ée]psie|handicap[ée]e?|arbeidsongeschikt|embarazo|gravidez"
    r"|stammer|stutter\w*|stotter\w*|retinopath\w*|mitral\s+valve|disc\s+prolapse|back\s+injury"
    r"|(?:knee|hip|back|heart|eye|brain|spinal|shoulder|cardiac)\s+surgery|low\s+mood"
    r"|colou?r\s+(?:vision\s+deficiency|blind\w*)|sykmeldt|sjukskriven|sygemeldt|discapacidad"
    r"|disabilit(?:y|ies)|behinderung|tumore|tumeur|tuberculose|tarczyc\w*|mang\s+thai"
    r"|(?:vorderwand|hinterwand|herz|myokard)infarkt|insulinpflichtig"
    r"|tensi[óo]n\s+(?:muy\s+)?alta|hipoglucemi\w*|hiperglucemi\w*|hypoglyc\w*|hyperglyc\w*"
    r"|reha|bandscheib\w*|invalid[ao]\s+al\s+\d+%?|sedia\s+a\s+rotelle|osteoarthritis|artrosi"
    r"|obes\w*|hba1c|qalliin(?:\s+\w+)?|wadnaha|ameliyat\w*|b[öo]brek\s+ta[şs]\w*"
    r"|operasi|usus\s+buntu|lamotrigine|bipolar\s+ii"
    r"|quimio|onc[óo]log[oa]|onkolog\w*|psychiatr\w*|psiquiatr\w*|psichiatr\w*|psykiatr\w*"
    r"|ms\s+infusion|fratura|fractura|frattura|avc|udarze|udaru|w[óo]zk\w*\s+inwalidzk\w*"
    r"|tiroide|levotiroxin\w*|humira|ψωρίαση|sappikivi\w*|operasi\s+caesar|h[ée]patite"
    r"|infarkt\w*|schwerbehind\w*|gdb\s+\d{2,3}|dialysis|sugar\s+(?:bohat\s+)?high"
    r"|stress\s+post-?traumati\w*|hernie\s+de\s+disc\w*"
    r"|tdah|cel[íi]ac[oa]s?|cel[íi]aqu[íi]a|masennu\w*|sairausloma\w*|інвалідн\w*|инвалидн\w*"
    r"|paniekaanval\w*|depresivn\w*|diabet\w*"
    r"|mrtvic\w*|cukrovk\w*|αλλεργ\w*|діабет\w*|диабет\w*|вагітн\w*|беременн\w*"
    r"|hernie\s+discale|schleudertrauma|insulino-?dependente|insulino-?dependiente"
    r"|insulin-?dependent|[çc][öo]lyak|autiste|autista|autistisch|z[öo]liakie|fibrillazione"
    r"|pcos|perimenopaus\w*|c[œo]eliaque|diyaliz\w*|kursi\s+roda|एंजियोप्लास्टी|angioplast\w*"
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
#: The alternation, compiled with the other term lists by `special_category` (one pass).
TERMS = rf"{_TERMS}|{_MEDICINE}"
