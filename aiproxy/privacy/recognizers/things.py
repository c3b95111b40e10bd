"""Context that shows a capitalised word names a thing, not a person or a person's place.

Business text is full of products, teams, plans, companies and sites written like names
("the Atlas kiosk", "Team Phoenix", "Orion Analytics", "the Frankfurt region", "Max, our
support bot"). NER tags many of them PERSON or GPE; the words around them say otherwise.
Each rule reads only the span's own words and its immediate neighbours, so it never hides
a name that is introduced as a person ("Dr. Atlas", "for Maria Orion").
"""

from __future__ import annotations

import re

from aiproxy.privacy.recognizers.base import around
from aiproxy.privacy.recognizers.names import HOUSEHOLD, TITLES

_ARTICLE = r"the|our|your|their|its"
#: Immediately before the span: people are not "the Priya" (places are: "the Oslo office").
_ARTICLE_BEFORE = re.compile(rf"\b(?i:{_ARTICLE})\s+$")
_HOUSEHOLD_AFTER = re.compile(rf"^\s+(?:{HOUSEHOLD})\b")
#: Labels that name a thing whatever follows: "Project Priya", "codename Oslo".
#: A title right before: "Plan: CBT weekly with Dr. Anjali Menon" is a person in a plan.
_TITLE_BEFORE = re.compile(rf"\b(?:{TITLES})\.?[ \t]+$")
_LABEL_BEFORE = re.compile(
    r"(?:\b(?:Team|Squad|Pod|Guild|Tribe|Project|Story|Epic|Release|Operation|Codename"
    r"|Warehouse|Room|Queue|Tier|Plan|Variant|Arm|Cohort|Zone|Shift|Skift|Phase|Wave|Option"
    r"|Crew|Depot|Dock|Bay|Gate|Terminal|Hangar"
    # a kind of organisation, place or document before its name: "Toko Batik Sekar Jagad",
    # "Bakkerij De Molen", "Gemeente Zwolle", "Phòng họp Sen Vàng", "Gelände Rheinwerk"
    r"|Toko|Bakkerij|Gemeente|Projekt|Gedung|Gelände|Werk|Công\s+ty|Phòng\s+họp|Nội\s+quy)"
    r"|\b(?i:codename|code-named|dubbed|branded|welcome\s+to)"
    r"|\b(?i:release|codename|version|sprint|milestone),)\s+$"  # "the next release, Nightjar,"
)
#: Product and team names end in words like these ("Orion Hub", "Clara Pro", "Platform Ops").
_PRODUCT_WORDS = (
    r"Pro|Plus|Hub|Assist|Assistant|Studio|Suite|Desk|Lite|Cloud|Connect|Sync|Flow"
    r"|Works|AI|Bot|Ops|Platform|Portal|Center|Centre|Manager|Analytics|Insights|Pay|Mail"
    r"|Chat|Docs|Drive|Cam|Box|Kit|OS|Squad|Guild|Tribe|Chapter|Crew|Queue|Reports|Builder"
    r"|Room|Hall|Lounge"
    r"|Day|Week|Festival|Fair|Messe|Expo|Summit|Conference|Launch|Budget|Tracker|Dashboard"
    r"|Agreement|Contract|Addendum|Policy|Terms|Form|Leave|Programme|Program|Register"
    r"|Scheme|Saver|Fund|Allowance|Rewards|Membership|Subscription|Bundle|Tariff|Edition"
    r"|Scheduler|Sofa|Lamp|Rug|Frame|Chair|Table|Bed|Mattress|Cushion|Shelf|Cabinet|Stool"
    r"|Bench|Syrup"
)
#: Form fields whose value is a thing, however it is written: every capitalised run on the
#: line after "Vehicle:", "Models:" or "Employer:" names a product or a company.
_NEXT_FIELD = re.compile(r"[:\u00b7|;]|\s[\u2014\u2013]\s|,\s(?=[a-z])")
_THING_FIELD = re.compile(
    r"[ \t]*(?:[A-Z][a-z]+[ \t]+)?(?i:vehicle|models?|make|products?|items?|plan|tariff"
    r"|service|loaner|device|course|programme|program|package|bundle|subscription|codename"
    r"|variant|arms?|employer|company|carrier|supplier|vendor|merchant|insurer|brand"
    r"|medication|drug|vaccine|breed|species|types?|rooms?|menu|dishes)[ \t]*:"
)
_PRODUCT_LAST = re.compile(rf"\s(?:{_PRODUCT_WORDS})$")
#: NER often stops before a product's last word: "Atlas" of "Atlas Sync now runs"; and
#: before a holiday's: "Martin Luther King Jr. Day", "St Stephen's Day".
_PRODUCT_WORD_AFTER = re.compile(rf"^(?:\.|['\u2019]s)?\s(?:{_PRODUCT_WORDS})\b")
#: "Pritchard & Daughters", "Okafor & Partners": a firm named after its founders.

#: "Penny (billing bot)", "Dallas (DR)", "Ada (billing rewrite)": a thing described in brackets.
_BRACKETED_THING = re.compile(
    r"^\s*\((?:our\s+|the\s+|an?\s+)?(?:[\w\-]+\s+){0,3}(?:bot|chatbot|assistant|agent|redesign"
    r"|rewrite|migration|project|release|primary|secondary|DR|edge|region|datacenter|mirror"
    r"|backup|failover|replica|staging|production|prod"
    # a virtual assistant in the customer's language: "Ola (wirtualny asystent)"
    r"|(?:asystent|asistente|assistente|assistant|robô|robot)(?:\s+virtu\w+)?|virtueller\s+assistent)\)"
)
#: Pets are named like people: "one cat, Mochi", "Second pet: Duke", "Bella (Labrador, F)".
_ANIMAL = (
    r"cat|cats|dog|dogs|kitten|puppy|pup|pet|pets|hamster|rabbit|bunny|parrot|budgie|horse"
    r"|pony|gelding|tortoise|canine|feline|DSH|DLH|Labrador|terrier|spaniel"
    r"|retriever|poodle|collie|beagle|dachshund|bulldog|husky|tabby|moggy"
)
_PET_BEFORE = re.compile(rf"\b(?i:{_ANIMAL})(?:\s+(?:named|called))?\s*[,:]?[ \t]+$")
_PET_AFTER = re.compile(rf"^\s*\((?:[\w\-]+\s+){{0,2}}(?i:{_ANIMAL})\b")
#: Form labels: "Bill to:", "Ship to:".
_FIELD_AFTER = re.compile(r"^\s+(?:to|from)\s*:")
#: The span's first word when NER took the article or label into it ("The Kiwi").
_LEADING = re.compile(
    rf"^(?:(?i:{_ARTICLE})|Team|Squad|Pod|Guild|Tribe|Project|Story|Epic|Release|Warehouse"
    rf"|Variant|Arm|Cohort|Zone|Shift|Skift|Phase|Wave|Option|Crew|Depot|Congregation|Church"
    rf"|Parish|Temple|Mosque|Synagogue|Hotel|Restaurant|Clinic|Hospital|Club|Gurdwara"
    rf"|PT|CV|Magazyn|Gudang|Centro|Banco|Grupo|Groupe|Gruppo|Banque|Syarikat|SWIFT|BIC"
    rf"|Condominio|Circolo|Sala|Casa|Citizens|Timu"
    # kinds of organisation first, as most languages name them: "Apotheek De Uithof", "Klinik
    # Pratama Sehat", "Viajes Altamira", "Ginásio Atlântico", "Cabinet Avocat Radu"
    rf"|Apotheek|Apotheke|Farmacia|Farmácia|Pharmacie|Farmasi|Klinik|Kliniek|Clínica|Clinica"
    rf"|Hôpital|Ospedale|Krankenhaus|Praxis|Cabinet|Estudio|Ginásio|Gimnasio|Viajes|Mutua"
    rf"|Panadería|Padaria|Restaurante|Pousada|Hostal|Toko|Warung|Kedai|Agência|Agencia|Agence"
    rf"|Escola|Escuela|École|Colegio|Instituto|Fundación|Fundação|Associação|Asociación"
    rf"|Stichting|Woonstichting|Verein|Rumah\s+Sakit"
    # a day nursery, a health centre, a pharmacy, a branch: "Kinderdagverblijf De Vrolijke
    # Vlinder", "Heilsugæslan Hlíðum", "Lyfja Lágmúla", "Pobočka Brno", "Điện Máy Phương Nam"
    rf"|Kinderdagverblijf|Kinderopvang|Kita|Heilsugæsla[n]?|Lyfja|Apótek|Apotek|Pobočka|Filiale"
    rf"|Sucursal|Điện\s+Máy|Nhà\s+thuốc|Phòng\s+khám|Bệnh\s+viện)\s"
)
#: Bots are named like people and end in "Bot" ("DeployBot", "PagerBot", "Dependabot",
#: "ЛевенняБот");
#: products join a word and a product word in one ("PayAssist", "TenantHub", "ClipGuard").
#: Names with inner capitals have short prefixes (McKenzie, DeShawn) or name parts.
_BOT = re.compile(
    rf"(?:[a-z]Bot|[а-яё]Бот|[a-z]{{3}}abot|[a-z]{{4}}bot|[a-z]{{2}}(?:{_PRODUCT_WORDS}|Guard|Shield|Link"
    rf"|Point|Base|Force|Stack|Space|Wise|Duty|Line))$"
)
_COMPANY = (
    r"Ltd|Limited|GmbH|Inc|LLC|LLP|PLC|AG|SA|SAS|SARL|BV|NV|Oy|AB|AS|ApS|KK|Pty|Corp"
    r"|Corporation|Company|Co|Group|Holdings|Partners|Logistics|Analytics|Freight|Energie"
    r"|Energy|Solutions|Systems|Technologies|Tech|Labs|Software|Consulting|Bank|Insurance"
    r"|Foods|Motors|Media|Studios|Networks|Capital|Ventures|Industries|Enterprises"
    r"|Pharma|Health|Airlines|Airways|Telecom|Mobile|Cloud|Robotics|Digital|Retail"
    r"|Clinic|Hospital|Pharmacy|Dental|Medical|Counseling|Counselling|Kitchen|Catering|Cafe"
    r"|Café|Bakery|Restaurant|Bistro|Hotel|Salon|Academy|School|College|University"
    r"|Institute|Foundation|Museum|Gallery|Benefits|Payroll|Realty|Properties|Cloudworks"
    r"|Interiors|Ceramics|Crafts|Services|Research|Architects|Architekten|Design|Designs"
    r"|Supplies|Imports|Exports|Trading|Builders|Construction|Associates|Brothers|Bros"
    r"|Consultants|Consulting|Advisors|Accounting|Biostatistics|Books|Events|Fitness"
    r"|Mutual|Assurance|Financial|Finance|Lending|Savings|Trust|Transport|Linehaul|Haulage"
    r"|Couriers|Express|Dynamics|Logística|Logistik|Motors|Bakery|Brewery|Farms|Dairy"
    r"|Precision|Engineering|Manufacturing|Instruments|Optics|Plastics|Metals|Outfitters"
    r"|Solicitors|Collective|Cooperative|Co-op|Gaming|Games|Travel|Tours|Library|Haustechnik"
    # legal forms elsewhere: "Lda.", "s.r.o.", "sp. z o.o.", "Tbk", "Sdn Bhd"
    r"|Lda|Ltda|Sp|S\.?A|SpA|Srl|S\.r\.l|s\.r\.o|sp\.\s?z\s?o\.o|KG|OHG|eG|e\.V|Kft|Zrt|Tbk|Bhd|JSC"
    r"|Pvt|[A-Z][a-z]+bank|[A-Z][a-z]+kasse"  # "Kantonalbank", "Sparkasse"
    r"|Tekstil|Advokatbyrå|Advokatfirma|Costruzioni|Notary|Tax|Office|A\.Ş|AŞ|Print"
    r"|Sign|Signs|Printing|Transit|Now|Cargo|Movers"
    r"|Kitchens|Agency|Chaplaincy|Hastanesi|Kliniği|Eczanesi|Ajansı|Mağazası"
    r"|Market|Hosting|Water|Heritage|Bridge"
    # a bank, branch, hospital or clinic named last: "Katılım Bankası", "Kozyatağı Şubesi",
    # "Landspítala", "साई क्लिनिक"
    r"|Bankası|Şubesi|Landspítal[ia]?|Sjúkrahús\w*|क्लिनिक|हॉस्पिटल|रुग्णालय"
    r"|Logistiek|Telco|Schoenen|Rechtsanwälte|PartGmbB|Elektronik|Paketi"
)
#: One space, never a column gap or a line break: "Kwame Asante   Office: 3B" is a form's
#: next field, not "Asante Office".
_COMPANY_AFTER = re.compile(rf"^(?:[ ][A-Z][\w&\-]*)?[ ](?:{_COMPANY})\b\.?")  # a tab ends a cell
#: "Pritchard & Daughters", "Adler & Cohen Solicitors", "Ribeiro & Filhos, Lda.": a firm
#: named after its founders.
_FIRM_AFTER = re.compile(
    r"^\s*(?:&|\b(?:i|und|et|y|en)\b)\s*(?:Sons|Daughters|Partners"
    r"|Associates|Associés|Asociados|Associati|Partner|Co\b|Company|Filhos|Hijos|Fils|Söhne"
    r"|Zonen|Figli"
    rf"|[A-ZÀ-Þ][\w'\-]+(?:\s+[A-ZÀ-Þ][\w\-]*)?\s+(?:{_COMPANY})\b)"
)
_COMPANY_LAST = re.compile(rf"\s(?:{_COMPANY})\.?$")
#: Where people work: "the Oslo team", "the Wellington office" say where a person is.
_WORKPLACE = r"team|teams|office|offices|branch|site|campus"
#: Nouns a product, plan or site name modifies ("the Insights tab", "Lisbon and Porto stores").
_THING = (
    r"tab|view|page|screen|panel|menu|button|plan|plans|tier|kiosk|squad|crew"
    r"|module|contract|hub|region|regions|zone|store|stores|mall"
    r"|warehouses?|datacenters?|data\s+centers?|clusters?|server|servers|app|feature|plants?|factory"
    r"|factories|facilities|depots|kiosks|hubs|malls"
    r"|facility|depot|lamp|stool|chair|desk|sofa|table|bag|jacket|model|line|range|collection"
    r"|seat|seats|pivot|builder|summaries|tables|scheduler|bulb|bulbs|lamps|speaker|speakers"
    r"|device|devices|sensor|sensors|camera|cameras|plug|plugs|lights|headphones|earbuds"
    r"|dashboard|bot|assistant|suite|license|licence|licenses|proposal|template|mode"
    r"|release|project|font|widget|integration|plugin|add-on|extension|api|sdk|workspace"
    r"|channel|repo|repository|queue|sprint|roadmap|campaign|edition|platform|product|chatbot"
    r"|products|engine|library|package|theme|portal|rollout|migration|bundle|subscription"
    r"|prayers?|namaz|salah"  # "his break for Maghrib prayer"
)
#: Single spaces: a column gap ends the name's phrase ("Kwame Asante   Office: 3B").
_BEFORE_NOUN = r"^(?:[ \t](?:and|or|&)[ \t][A-Z][\w'\-]*)?(?:[ \t][a-z][\w\-]*)?[ \t]"
_THING_AFTER = re.compile(rf"{_BEFORE_NOUN}(?:{_THING})\b")
_WORKPLACE_AFTER = re.compile(rf"{_BEFORE_NOUN}(?i:{_WORKPLACE})\b")
#: "Max, our support bot", "Ada, the onboarding assistant".
_APPOSITIVE = re.compile(
    r"^,\s+(?:(?:our|the|a|an|your)\s+(?:[\w\-]+\s+){0,2}"
    r"(?:bot|chatbot|assistant|agent|ai|model|tool|app|product|platform|service|mascot)\b"
    r"|our\s+(?:new|latest)\s)"  # "Meet Stella, our new smart lamp"
)
#: "Levaxin 100 mcg", "Jardiance 10mg": a dose right after a name is a drug's.
_DOSE_AFTER = re.compile(r"^[ \t]+\d+(?:[.,]\d+)?[ \t]?(?:mg|mcg|µg|ml|mL|IU|i\.e\.)\b")
#: "Aurora Starter — $9/month": a price right after a name is a product's.
_PRICE_AFTER = re.compile(
    r"^(?:\s+[a-z][\w\-]*)?(?:\s+\d+\s*(?:ml|g|kg|l|oz|bags|pcs|pack|tabs))?"
    r"\s*(?:[\u2014\u2013:\-]|\.{2,}|at|for|is|costs)?\s*[$€£¥]\s?\d"
)
#: A chat line's stamp before its sender: "[3/4/24, 20:17] Facu Giménez: $ 480.000 los 7
#: días" prices nothing the sender is.
_STAMP_BEFORE = re.compile(r"(?m)^[ \t]*(?:\[[^\]\n]{1,30}\]|\d{1,2}:\d{2}(?::\d{2})?)[ \t]*$")


def _priced(text: str, start: int, after: str) -> bool:
    if not _PRICE_AFTER.match(after):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    stamped = _STAMP_BEFORE.match(text, line_start, start) is not None
    return not (stamped and after.lstrip().startswith(":"))


#: What products do and people do not: "Sequoia ships in June", "Bulk Edit is enabled",
#: "Blue Heron is the internal codename".
_PRODUCT_VERB_AFTER = re.compile(
    r"^\s+(?:ships\s+in|slipped|slips|is\s+(?:now\s+)?(?:enabled|disabled|deprecated|live"
    r"|available|generally\s+available)|goes\s+live|went\s+live|rolls\s+out"
    r"|is\s+rolling\s+out|will\s+be\s+(?:deprecated|sunset|released)"
    r"|(?:is|was)\s+(?:the|our)\s+(?:\w+\s+)?(?:codename|code\s+name))\b"
)
#: A release codename: 'Release notes 2.9 "Marlowe"'.
_CODENAME_BEFORE = re.compile(
    r"\b(?:[Rr]elease(?:\s+notes)?|[Vv]ersion|v)\s*\d+(?:\.\d+)*\s*[\"\u201c']$"
)
#: "bump Helios to 2.9.14", "Falcon v2.1".
#: A version after a name: "Atlas 2.3". Not a chat's dotted time ("Eero Väisänen 9.05: joo"):
#: an hour and two-digit minutes, then a colon, stamp a sender.
_VERSION_AFTER = re.compile(
    r"^\s+(?!(?:[01]?\d|2[0-3])\.[0-5]\d:[ \t])(?:to\s+|v|version\s+)?v?\d+(?:\.\d+)+\b"
)


#: Holidays and festivals, named like people in many languages ("Cumhuriyet Bayramı",
#: "Tsagaan Sar", "Día de Muertos", "Proclamação da República", "Allhelgona").
_HOLIDAY = re.compile(
    r"(?i:\b(?:bayram\w*|navidad|weihnacht\w*|ostern|pascua|páscoa|pasqua|pâques|diwali"
    r"|deepavali|eid|ramadan|ramazan|hanukk?ah|chanukk?ah|allhelgona|midsommar|muertos"
    r"|tsagaan\s+sar|seollal|chuseok|tết|songkran|nowruz|norouz|vaisakhi|baisakhi|pongal|onam"
    # a republic's or independence day, not a square or a bank named after one
    r"|loi\s+krathong|proclama[çc][ãa]o\s+da\s+rep[úu]blica|dia\s+da\s+independ[eê]ncia"
    r"|f[êe]te\s+de\s+l'ind[ée]pendance|thanksgiving|hogmanay"
    r"|juneteenth|matariki|waitangi|anzac|kwanzaa|carnaval|karneval|fasching|sinterklaas"
    r"|koningsdag|feiertag|giorno\s+della|f[êe]te\s+nationale|lunar\s+new\s+year|diada"
    r"|sant\s+jordi|sint-maarten|hari\s+raya|aidilfitri|idul\s+fitri|lebaran"
    r"|gurpurab|bandi\s+chhor\s+divas|navratri|dussehra|raksha\s+bandhan|durga\s+puja"
    r"|araw\s+ng\s+mga\s+(?:patay|bayani)|undas|πάσχα|χριστούγεννα|καθαρά\s+δευτέρα"
    r"|день\s+(?:конституции|победы|независимости|россии|народного\s+единства|знаний"
    r"|святого\s+\w+)|halloween|halloweenin)\b)"
)


#: A street named after someone is no person: "avenue Jean Jaurès", "Jl. Kebon Jeruk",
#: "Calle de Atocha", "Caferağa Mah.". Not after "av.": Romanian lawyers' title ("av. Ileana
#: Radu").
_STREET_BEFORE = re.compile(
    r"\b(?i:rue|avenue|boulevard|bd\.?|calle|rua|avenida|via|viale|piazza|corso|jl\.|jalan"
    r"|ul\.|ulica|strada|calea|praça|largo|travessa|quai|allée|chemin)"
    r"\s+(?:(?:de\s+la|de|del|da|do|dos|das|di|della)\s+)?$"
)
_STREET_NAMED = re.compile(
    r"^(?:Calle|Rua|Via|Viale|Avenida|Avenue|Rue|Jl\.|Jalan|Strada|Calea|Piazza|Praça|Largo"
    r"|Corso|Travessa|Boulevard)\s|\s(?:Mah|Mahallesi|Cad|Caddesi|Sok|Sokak|Sokağı)\.?$"
)


def names_a_thing(text: str, start: int, end: int, place: bool = False) -> bool:
    """True when the words around text[start:end] show it names a product, team, company,
    plan or site rather than a person, or (`place`) rather than where a person is."""
    value, (before, after) = text[start:end], around(text, start, end, 20, 60)
    if _LEADING.match(value) or _LABEL_BEFORE.search(before) or _BOT.search(value):
        return True
    if _COMPANY_LAST.search(value) or _PRODUCT_LAST.search(value):
        return True
    if not place and (_STREET_BEFORE.search(before) or _STREET_NAMED.search(value)):
        return True
    # "Tsagaan" of "Tsagaan Sar", "Bayani" of "Araw ng mga Bayani"
    holiday = _HOLIDAY.search(text, max(0, start - 20), min(len(text), end + 20))
    while holiday and holiday.end() <= start:
        holiday = _HOLIDAY.search(text, holiday.end(), min(len(text), end + 20))
    if holiday and holiday.start() < end:
        return True
    if _TITLE_BEFORE.search(before):
        return False  # "Dr. Anjali Menon" in a plan; "Dr. Hart's Cough Syrup" is caught above
    if _CODENAME_BEFORE.search(before) or _PET_BEFORE.search(before):
        return True
    field = _THING_FIELD.match(text, text.rfind("\n", 0, start) + 1, start)
    if field and not _NEXT_FIELD.search(text, field.end(), start):
        return True  # in the field's own value: not "Laptop: X1 · Buddy: Priyanka Nair"
    if not place and _ARTICLE_BEFORE.search(before) and not _HOUSEHOLD_AFTER.match(after):
        return True
    if not place and _WORKPLACE_AFTER.match(after):
        return True
    if _priced(text, start, after):
        return True
    return any(
        rule.match(after)
        for rule in (
            _COMPANY_AFTER,
            _FIRM_AFTER,
            _PRODUCT_WORD_AFTER,
            _THING_AFTER,
            _APPOSITIVE,
            _VERSION_AFTER,
            _DOSE_AFTER,
            _PRODUCT_VERB_AFTER,
            _BRACKETED_THING,
            _FIELD_AFTER,
            _PET_AFTER,
        )
    )
