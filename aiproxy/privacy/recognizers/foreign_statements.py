"""Special-category statements in languages other than English: a predicate and its object.

The English rules in special_category.py pair "diagnosed with", "suffers from", "member of the
… party" with what follows; the same predicates in the languages customers write to support
in do the same work: "har diagnostiserats med multipel skleros", "leidet an einer …
Kardiomyopathie", "este membru al partidului USR". A predicate names the category, so its
object needs no word list; bare topic words ("Diabetesberatung", "partidul") never match.
"""

from __future__ import annotations

#: One word, bounded: a rule that starts with one must not rescan a 60 KB run of "x-auth-"
#: from every position in it.
_WORD = r"[^\W\d_][\w'\u2019\-]{0,40}"
#: What a predicate is about: up to four words.
OBJECT = rf"(?:{_WORD}\s+){{0,3}}{_WORD}"

HEALTH = (
    # German, Dutch, Swedish, Danish, Norwegian
    # "leidet seit einem Arbeitsunfall an einer chronischen Schulterverletzung"
    rf"\b(?:leidet|litt)(?:\s+[\w\-]+){{0,4}}?\s+(?:an|unter)\s+{OBJECT}",
    rf"\bwegen\s+(?:einer|eines|einem)\s+{OBJECT}\s+in\s+(?:[\w\-]+\s+)?Behandlung\b",
    rf"\b(?:erkrankt\s+an|diagnostiziert\s+mit|in\s+Behandlung\s+wegen)\s+{OBJECT}",
    rf"\b(?:lijdt\s+aan|gediagnosticeerd\s+met|behandeld\s+voor|onder\s+behandeling\s+voor)\s+"
    rf"{OBJECT}",
    rf"\b(?:har\s+)?(?:diagnostiserats|diagnostiserad|diagnosticeret|diagnostisert)\s+med\s+"
    rf"{OBJECT}",
    rf"\b(?:lider\s+av|lider\s+af|behandlas\s+för|behandles\s+for)\s+{OBJECT}",
    # French, Spanish, Portuguese, Italian, Romanian
    rf"\b(?:atteinte?\s+d['\u2019e]|souffre\s+d['\u2019e]|diagnostiqu[ée]e?\s+(?:avec|d['\u2019]))"
    rf"\s*{OBJECT}",
    rf"\b(?:diagnosticad[oa]\s+con|padece\s+(?:de\s+)?|sufre\s+de|en\s+tratamiento\s+(?:por|de))"
    rf"\s*{OBJECT}",
    rf"\b(?:diagnosticad[oa]\s+com|sofre\s+de|em\s+tratamento\s+(?:de|para|contra))\s+{OBJECT}",
    rf"\b(?:affett[oa]\s+da|soffre\s+di|diagnosticat[oa]\s+con|in\s+cura\s+per)\s+{OBJECT}",
    rf"\b(?:diagnosticat[ăa]?\s+cu|sufer[ăa]\s+de|în\s+tratament\s+pentru)\s+{OBJECT}",
    # Czech, Slovak, Polish
    rf"\b(?:podstupuje|podstoupil[a]?)\s+l[ée]čb[uy]\s+{OBJECT}",
    rf"\b(?:trp[íi]|diagnostikov[áa]n[ao]?\s+s)\s+{OBJECT}",
    rf"\b(?:cierpi\s+na|choruje\s+na|zdiagnozowano\s+u\s+\w+)\s+{OBJECT}",
    # Turkish, Greek, Indonesian, Swahili
    rf"\b{OBJECT}\s+(?:teşhisi|tan[ıi]s[ıi])\s+(?:kondu|konuldu|ald[ıi])",
    rf"(?:πάσχει\s+από|διαγνώστηκε\s+με|υποβλήθηκε\s+σε|έχει\s+υποβληθεί\s+σε)\s+{OBJECT}",
    rf"\b(?:didiagnosis|menderita)\s+{OBJECT}",
    rf"\b(?:anaugua|amegunduliwa\s+na)\s+{OBJECT}",
    # Vietnamese pregnancy: "chị đang mang bầu tháng thứ 7"
    r"\bmang\s+(?:bầu|thai)\b(?:\s+(?:tháng\s+thứ\s+\d+|\d+\s+tháng))?",
    rf"\bđang\s+điều\s+trị\s+{OBJECT}",
    # Russian, Ukrainian: "после инсульта плохо слышит", "має цукровий діабет 1 типу"
    r"\bпосле\s+(?:инсульта|инфаркта|химиотерапии|операции\s+на\s+\w+)",
    r"\bплохо\s+(?:слышит|видит|ходит)\b",
    rf"\b(?:страдает|болеет|страждає|хворіє)\s+(?:от\s+|на\s+)?{OBJECT}",
    r"\b(?:имеет|має|есть)\s+(?:\w+\s+)?(?:діабет|диабет|епілепсію|эпилепсию|астму|ВІЛ|ВИЧ)"
    r"(?:\s+\d\s+типу|\s+\d\s+типа)?",
    # Polish, Czech: "przebywa na oddziale dziennym", "je na invalidním důchodu kvůli …"
    r"\bprzebywa\s+na\s+oddziale\s+\w+",
    r"\bпроход(?:ит|ил|ила)\s+(?:курс\s+)?(?:химиотерапии|лучевой\s+терапии|диализ\w*)",
    r"\bчерез\s+вагітність\b|\bвагітн(?:а|ість)\b|\bс\s+увреден\s+(?:слух|зрение)",
    # Italian, Dutch, Portuguese, Romanian: "Paziente in terapia anticoagulante", "heeft een
    # ernstige pinda-allergie", "sou diabética", "intervenție chirurgicală"
    r"\b(?:paziente\s+)?in\s+terapia\s+(?:anticoagulante|antiretrovirale|insulinica|oncologica)"
    r"|\bterapia\s+antiretrovirale\b",
    r"\bheeft\s+(?:een\s+)?(?:ernstige\s+)?[\w\-]*allergie\b",
    r"\bsou\s+(?:diab[ée]tic[oa]|epil[ée]ptic[oa]|celíac[oa]|hipertens[oa]|soropositiv[oa])\b",
    # Nordic, Icelandic, Hungarian, Bulgarian: a wheelchair user, a diagnosis, impaired sight
    r"\bbruker\s+rullestol\b|\brullestolbruker\b|\banv[äa]nder\s+rullstol\b",
    rf"\bgreind(?:ist|ur)\s+með\s+{OBJECT}",
    rf"\bsygemeldt(?:\s+\S+){{0,3}}\s+(?:pga\.?|på\s+grund\s+af)\s+{OBJECT}",
    # Norwegian and Swedish sick leave with its reason: "sykmeldt etter fødsel" (the slices
    # leave a bare "är sjukskriven på heltid" unlabelled)
    rf"\b(?:sykmeldt|sjukskriven)\s+(?:etter|pga\.?|på\s+grunn\s+av|efter|för)\s+{OBJECT}",
    r"\b(?:l[áa]t[áa]ss[ée]r[üu]lt|hall[áa]ss[ée]r[üu]lt|mozg[áa]ss[ée]r[üu]lt)\b",
    r"\bvakvezet[őo]\s+kuty[áa]val\b",
    # Vietnamese, Malay, Georgian, Swahili, Zulu, Nigerian Pidgin, English "gave birth"
    r"\bbị\s+(?:liệt|ung\s+thư|tiểu\s+đường|đột\s+quỵ)(?:\s+nửa\s+người)?",
    r"\b(?:tengah|sedang)\s+mengandung\b(?:\s+\d+\s+bulan)?",
    r"აქვს\s+(?:ასთმა|დიაბეტი|ეპილეფსია)",
    r"\bshinikizo\s+la\s+damu\b|\bkisukari\b|\bisifo\s+sikashukela\b",
    r"\b(?:just\s+)?(?:gave|give|given|giving)\s+birth\b(?:\s+(?:via|by)\s+(?:CS|C-section"
    r"|caesarean))?",
    # Greek, Marathi, Arabic: antidepressants, high blood pressure, "suffers from"
    r"\bπαίρνει\s+αντικαταθλιπτικά\b|σακχαρώδης\s+διαβήτης(?:\s+τύπου\s+\d)?",
    r"उच्च\s+रक्तदाब|थायरॉईड",
    rf"(?<![\u0621-\u064a])(?:يعاني|تعاني|أعاني)\s+من\s+{OBJECT}",
    rf"(?<![\u0621-\u064a])(?:أُ?دخل|أُ?دخلت)[^\n]{{0,20}}?المستشفى\s+بسبب\s+{OBJECT}",
    r"(?<![\u0621-\u064a])(?:مصاب|مصابة)\s+ب[\u0621-\u064a]{2,}",
    # Chinese and Japanese: chemotherapy, dialysis, an adjustment disorder
    r"(?:住院)?(?:做|接受)?化疗|透析治疗|[\u4e00-\u9fff]{0,4}(?:適応障害|うつ病|双極性障害)",
    # Polish, Swedish, Portuguese, Spanish, Italian, German, Russian, Korean, Turkish
    r"\bstopie[ńn]\w*\s+niepe[łl]nosprawno[śs]ci\b|\bz\s+powodu\s+stwardnienia\s+rozsianego\b",
    r"\b(?:jag\s+är|hon\s+är|är)\s+gravid\b(?:\s+i\s+\w+\s+månaden)?",
    r"\bcom\s+defici[êe]ncia\s+\w+(?:\s+como\s+eu)?",
    r"\bsofreu\s+uma?\s+(?:fratura|les[ãa]o|AVC|enfarte)\b(?:\s+[\w\-]+){0,3}",
    rf"\b(?:baja|parte)\s+m[ée]dic[oa]\s+por\s+{OBJECT}",
    rf"\bstat[oa]\s+diagnosticat[oa]\s+{OBJECT}",
    r"\bauf\s+(?:einen\s+)?Rollstuhl\s+angewiesen\b|\bRollstuhlfahrer(?:in)?\b",
    r"\b(?:ihrer|seiner)\s+[\w\-]+-(?:Operation|OP)\b",
    r"\bу\s+(?:него|неё|нее|меня|них)\s+(?:\w+\s+){0,2}(?:диабет|астма|эпилепсия|рак|ВИЧ)"
    r"(?:\s+\d\s+типа)?",
    r"거동이\s*불편",
    r"\bameliyat\s+sonras[ıi]\b(?:\s+fizik\s+tedavi)?",
    rf"\bna\s+invalidním\s+důchodu(?:\s+kvůli\s+{OBJECT})?",
    # Chinese, Japanese: "刚做完心脏搭桥手术", "患有糖尿病", "妊娠7か月"
    r"做完[\u4e00-\u9fff]{1,8}手术|(?:患有|确诊为?|確診為?)[\u4e00-\u9fff]{1,8}",
    r"妊娠\d{1,2}(?:か|ヶ|カ|ヵ)月|怀孕\d{1,2}个月",
    # Persian, Hindi, Bengali, Tamil
    r"باردار\s+(?:است|هستم|هست)",
    r"(?:मुझे\s+)?(?:डायबिटीज़?|मधुमेह|कैंसर|अस्थमा|टीबी)\s+(?:है|हैं)",
    # the object before its predicate, in its own script and bounded: a leading \S+ would
    # rescan a long run from every position in it
    r"এইচআইভি\s+পজিটিভ|[\u0980-\u09ff]{1,30}\s+চিকিৎসা\s+নিচ্ছেন",
    r"(?:[\u0b80-\u0bff]{1,30}\s+){1,2}நோயால்\s+பாதிக்கப்பட்டுள்ளார்",
    # a disability certificate, a treatment, sick pay, a diagnosis, sick leave and an injury in
    # Polish, Romanian, Hungarian, Serbian and Croatian, Russian: "posiada orzeczenie o
    # niepełnosprawności", "urmează un tratament pentru hipotiroidism", "táppénzen van",
    # "има дијагнозу мултипле склерозе", "находится на больничном"
    r"\bposiada\s+orzeczenie\s+o\s+niepe[łl]nosprawno[śs]ci(?:\s+w\s+stopniu\s+\w+)?",
    rf"\burmeaz[ăa]\s+(?:un\s+)?tratament\s+pentru\s+{OBJECT}",
    r"\bt[áa]pp[ée]nzen\s+van(?:\s+[\w\-]+\s+miatt)?",
    rf"(?:\bima|(?<!\w)има)\s+(?:dijagnozu|дијагнозу|диагноз)\s+{OBJECT}",
    rf"\b(?:поставлен|поставили)\s+диагноз\s+{OBJECT}",
    r"\bна\s+больничном\b|\bполучил[аи]?\s+(?:сотрясение\s+мозга|перелом\s+\w+|травму\s+\w+)",
    # a pregnancy, an operation, a diagnosis, sick leave and rehabilitation in Italian,
    # Finnish, Swedish, Hebrew, Portuguese, Hungarian and Dutch: "in gravidanza alla 14ª
    # settimana", "olevasi raskaana", "ska opereras för endometrios", "אובחנה בסרטן שד",
    # "está de baixa médica", "rehabilitációs ellátásban részesül", "ik ben doof"
    r"\bin\s+gravidanza\b(?:\s+alla\s+\d+\S*\s+settimana)?|\bincinta\b|\braskaana\b",
    rf"\b(?:ska\s+)?(?:opereras|opererad|opererades)\s+för\s+{OBJECT}",
    r"(?<![\u05d0-\u05ea])אובחנ(?:ה|ו)?\s+ב[\u05d0-\u05ea]+(?:\s+[\u05d0-\u05ea]+){0,3}",
    r"\best[áa]\s+de\s+baixa\s+m[ée]dica\b",
    r"\brehabilit[áa]ci[óo]s\s+ell[áa]t[áa]sban\s+r[ée]szes[üu]l(?:\s+[\w\-]+\s+miatt)?",
    r"\b(?:ik\s+ben|hij\s+is|zij\s+is|is)\s+(?:doof|blind|slechtziend|slechthorend)\b",
    # Thai: allergic to a food or a drug, a recent operation
    r"แพ้(?:อาหาร|ยา|ถั่ว|นม|กุ้ง|แป้ง)[\u0e01-\u0e4e]{0,20}|(?:เพิ่ง)?ผ่าตัด[\u0e01-\u0e4e]{1,12}",
)

RELIGION = (
    r"(?<![\u05d0-\u05ea])שומר(?:ת)?\s+(?:שבת|כשרות)",  # Hebrew: keeps the Sabbath, kosher
    r"پیرو\s+(?:آیین|دین|مذهب)\s+\S+",  # Persian: a follower of the … faith
    r"นับถือศาสนา\S+",  # Thai: professes the … religion
    r"\boruç\s+tut(?:uyorum|uyor|uyoruz|tum|tu)\b",  # Turkish: fasting (for Ramadan)
    r"\b(?:ramazanda|ramazan\s+boyunca)\s+oruç\b",
    # Dutch "halal eten … i.v.m. geloof", Romanian "respectă sabatul", Bengali "my mother is
    # Hindu"
    r"\b(?:i\.v\.m\.|vanwege)\s+(?:het\s+|zijn\s+|haar\s+|hun\s+)?geloof\b",
    r"\brespect[ăa]\s+sabatul\b|\bs[ăa]rb[ăa]toarea\s+religioas[ăa](?:\s+\w+)?",
    r"(?:আমার\s+)?(?:আম্মু|আব্বু|মা|বাবা)\s+(?:হিন্দু|মুসলিম|মুসলমান|খ্রিস্টান|বৌদ্ধ)",
    # Hindi "जैन धर्म", Indonesian "beragama Hindu (dan tidak makan daging sapi)"
    r"(?:जैन|हिंदू|हिन्दू|मुस्लिम|सिख|ईसाई|बौद्ध)\s+धर्म",
    r"\bberagama\s+\w+(?:\s+dan\s+tidak\s+makan\s+\w+(?:\s+\w+)?)?",
    # for religious reasons, because of one's faith: "ei sianlihaa uskonnollisista syistä",
    # "wegen des muslimischen Glaubens des Vaters"; Turkish sacrifice and Friday prayers
    r"\b(?:for\s+religious\s+reasons|aus\s+religi[öo]sen\s+Gr[üu]nden|pour\s+des\s+raisons"
    r"\s+religieuses|por\s+motivos\s+religiosos|z\s+powod[óo]w\s+religijnych|av\s+religi[öo]sa"
    r"\s+sk[äa]l|uskonnollisista\s+syist[äa]|om\s+religieuze\s+redenen|per\s+motivi\s+religiosi)\b",
    r"\bwegen\s+(?:des|ihres|seines)\s+[\w\-]+\s+Glaubens\b(?:\s+(?:des|der)\s+\w+)?",
    r"\bkurban\s+ibadet\w*|\b(?:bayram|cuma)\s+namaz\w*",
    r"\btheo\s+đạo\s+\w+(?:\s+giáo)?",  # Vietnamese: follows the … faith
)

SEXUALITY = (
    r"\b(?:este|e)\s+(?:homosexual|gay|lesbian[ăa]|bisexual)[ăa]?\b",
    r"\b(?:es|soy|é|sou)\s+(?:homosexual|gay|lesbiana|bisexual)\b",
    r"\bpareja\s+del\s+mismo\s+sexo\b|\bparceir[oa]\s+do\s+mesmo\s+sexo\b",
    r"\bpartenaire\s+du\s+m[êe]me\s+sexe\b|\bgleichgeschlechtliche[nr]?\s+Partner(?:in)?\b",
    r"\b(?:we['\u2019]?re|we\s+are|they['\u2019]?re|they\s+are)\s+a\s+(?:gay|lesbian|same-sex|queer)"
    r"\s+couple\b",
)

POLITICS = (
    r"\b(?:este|era|e)\s+membr[ău]\s+(?:al|a)\s+partidului\s+\w+",
    r"\b(?:es|era)\s+(?:militante|afiliad[oa])\s+(?:del|de\s+la|al)\s+\w+(?:\s+\w+)?",
    r"\b(?:é|era)\s+filiad[oa]\s+(?:ao|à|a|no|na)\s+\w+",
    r"\b(?:sunt|este|era|mai)\s+(?:sunt\s+)?membr[ăau]\s+(?:a|al)\s+sindicatului\b",
    r"\b(?:jest|był[a]?)\s+członki(?:em|nią)\s+(?:partii|związku)\s+\w+",
    # Danish union, German works council, Arabic party membership and arrest for it
    r"\ber\s+medlem\s+af\s+(?:3F|HK|FOA|Dansk\s+Metal|fagforening\w*|\w+forbundet)",
    r"\bMitglied\s+(?:ver\.di|der\s+IG\s+\w+)|\bBetriebsrat(?:smitglied|svorsitzende[rn]?)\b",
    r"(?<![\u0621-\u064a])(?:انتمائه|انتمائها|انتمائي)\s+(?:إلى|الى|ل)\s*حزب(?:\s+\S+){0,2}",
    r"(?<![\u0621-\u064a])(?:عضو|عضوة)\s+في\s+حزب(?:\s+\S+){0,2}",
    # Spanish and Vietnamese unions, a Dutch party: "afiliada a CCOO", "đoàn viên công đoàn",
    # "is lid van de PvdA-fractie"
    r"\bafiliad[oa]\s+a\s+(?-i:CCOO|UGT|CGT|CNT|ELA|LAB|USO|CSIF)\b",
    r"\bđoàn\s+viên\s+công\s+đoàn\b",
    r"\bis\s+lid\s+van\s+(?:de\s+)?(?-i:PvdA|VVD|CDA|D66|SP|PVV|GroenLinks|FNV|CNV)(?:-fractie)?\b"
    r"(?:\s+in\s+de\s+gemeenteraad)?",
    # Polish, Norwegian and Swedish unions, Romanian parties, Turkish unions (-SEN, -İŞ, -SİF)
    r"\bnale[żz](?:y|ę)\s+do\s+(?:NSZZ|zwi[ąa]zku\s+zawodowego)(?:\s+[„\"]?\w+[”\"]?)?",
    r"\ber\s+medlem\s+av\s+(?:Handel\s+og\s+Kontor|Fagforbundet|LO|NTL|Delta|Parat|\w+forbundet"
    r"|fagforening\w*)",
    r"\b[äa]r\s+medlem\s+i\s+(?:Kommunal|Unionen|IF\s+Metall|Vision|Handels|\w+f[öo]rbundet"
    r"|facket)",
    r"\b(?:este|e)\s+membr[ăau]\s+(?:activ[ăa]?\s+)?(?:a|al)\s+(?-i:PNL|PSD|USR|AUR|UDMR|PMP)\b"
    r"(?:\s+la\s+nivel\s+local)?",
    r"(?-i:[A-ZÇĞİÖŞÜ\-]*(?:SEN|İŞ|SİF))\s+üye(?:si|siyim|yim)\b",
    # Hungarian and Russian unions: "a VDSZ szakszervezet tagja", "состоит в профсоюзе …"
    r"\b[\w\-]{2,20}\s+szakszervezet\s+tagja\b|\bсостоит\s+в\s+профсоюзе(?:\s+\S+){0,4}",
)
