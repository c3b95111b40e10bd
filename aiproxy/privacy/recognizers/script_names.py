"""PERSON: names in scripts the English NER model cannot read.

en_core_web_sm sees "王丽娟", "이수민", "ნინო ბერიძე" or "सुनीता शर्मा" as no entity at all, and
scripts without capitals give `trim` nothing to go by. These names are found by where a
message puts them:
- a chat export's sender ("王丽娟 10:12: …", full-width colon or not);
- the value of a form label that asks for a person, in the script's language ("대상자: 이수민",
  "العميل: عبدالله بن سعيد", "नाम: सुनीता शर्मा") or in English ("Guest: ნინო ბერიძე");
- a kin or role word before the name ("丈夫陈志强", "أخي فيصل العتيبي", "बेटा रोहित");
- an honorific or a self-introduction around it ("박서연 님", "คุณวีระพงษ์", "大野 隆之と申します").
Han and Hangul names are two to four characters; a longer run is a sentence, not a name.
"""

from __future__ import annotations

import re

from aiproxy.privacy.recognizers.script_labels import (
    ARABIC_FIELD_LABELS,
    ARABIC_KIN,
    ARABIC_LABELS,
    ARABIC_NOT_NAMES,
    CASELESS_LABELS,
    DEVANAGARI_KIN,
    DEVANAGARI_LABELS,
    DEVANAGARI_ROLES,
    ENGLISH_LABELS,
    HAN_KIN,
    HAN_LABELS,
    HAN_SURNAMES,
    HAN_TITLES,
    HANGUL_LABELS,
    HEBREW_KIN,
    HEBREW_LABELS,
    PERSIAN_HONORIFICS,
    THAI_LABELS,
)

_HAN = r"[\u4e00-\u9fff\u3005]"  # with the iteration mark of "佐々木"
_HANGUL = r"[\uac00-\ud7a3]"
#: Arabic letters, the six Persian adds (پ چ ژ ک گ ی), without which "رضایی" breaks in two,
#: and Urdu's (ٹ ڈ ڑ ں ھ ہ ے: "حوالہ").
_ARABIC_WORD = (
    r"[\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc\u0679\u0688\u0691\u06ba\u06be"
    r"\u06c1\u06d2\u064b-\u0652]{2,}"  # with the vowel marks and shadda: "حدّاد"
)
_DEVANAGARI_WORD = r"[\u0900-\u0963\u0971-\u097f]{2,}"
_THAI_RUN = r"[\u0e01-\u0e4e]{2,}"
#: Scripts written without capitals, one word each: Georgian, Arabic, Hebrew, Devanagari,
#: Bengali, Tamil, Thai, Armenian, Ethiopic.
_CASELESS_WORD = (
    rf"(?:[\u10d0-\u10ff]{{2,}}|{_ARABIC_WORD}|[\u05d0-\u05ea]{{2,}}|{_DEVANAGARI_WORD}"
    rf"|[\u0980-\u09e3]{{2,}}|[\u0b80-\u0bff]{{2,}}|{_THAI_RUN}|[\u0531-\u0587]{{2,}}"
    r"|[\u1200-\u137f]{2,})"
)
_HEBREW_WORD = r"[\u05d0-\u05ea][\u05d0-\u05ea\-'\u05f3]+"
#: A sender, then the time, then a colon (ASCII or full-width): WeChat, LINE, KakaoTalk.
_SENDER = re.compile(
    rf"(?m)^[ \t]*(?P<name>{_HAN}{{2,4}}|{_HANGUL}{{2,4}})[ \t]*"
    r"\d{1,2}:\d{2}(?::\d{2})?[ \t]*[:\uff1a]"
)
#: Greetings before a name in Amharic (Dear, Hello, Honoured): "ውድ አበበ ተስፋዬ፣".
_ETHIOPIC_GREETING = "ውድ|ሰላም|ክቡር|ክብርት"
_CASELESS_HONORIFICS = (
    r"(?:(?:মোছাম্মৎ|মোঃ|জনাব|শ্রী|শ্রীমতী|ডাঃ|ডা\.|திரு\.?|திருமதி|டாக்டர்|Dr\.?|አቶ|ወ/ሮ|ወይዘሮ|ዶ/ር)"
    # a Tamil initial: "டாக்டர் எஸ். முருகானந்தம்"
    r"[ \t]+)?(?:[\u0b80-\u0bff]{1,3}\.[ \t]*)?"
)
#: Titles before an Arabic-script or Hebrew name: doctor, professor, advocate.
_SCRIPT_TITLES = (
    r"(?:(?:د\.|دكتور|الدكتور|الدكتورة|پروفیسر|ڈاکٹر|دکتر|ד\"ר|ד״ר|פרופ'|עו\"ד)[ \t]+)?"
)
#: Labels that ask for a person, then the name and nothing of the same script after it.
_LABELLED = re.compile(
    rf"(?:{HAN_LABELS})[ \t]*[:\uff1a][ \t]*"
    rf"(?P<han>{_HAN}{{2,4}}(?:[ \t\u3000]{_HAN}{{1,3}}(?![:\uff1a]))?)(?!{_HAN})"
    # the rest of a list after such a label: "拜访人：李晓雯、陈浩"
    rf"(?:、(?P<han_more>{_HAN}{{2,3}})(?!{_HAN}))?"
    rf"|(?:{HANGUL_LABELS})[ \t]*[:\uff1a][ \t]*(?P<hangul>{_HANGUL}{{2,4}})(?!{_HANGUL})"
    rf"|(?<![\u0621-\u064a])(?:(?:{ARABIC_LABELS})(?![\u0621-\u06d2])[ \t]*[:\uff1a]?"
    rf"|(?:{ARABIC_FIELD_LABELS})[ \t]*[:\uff1a])[ \t]*{_SCRIPT_TITLES}"
    rf"(?P<arabic>{_ARABIC_WORD}(?:[ \t]{_ARABIC_WORD}){{1,4}})"
    r"(?=[ \t]*(?:$|[\u060c,.(<:\u2013\u2014]))"
    rf"|(?:{HEBREW_LABELS})[ \t]*:[ \t]*{_SCRIPT_TITLES}"
    rf"(?P<hebrew>{_HEBREW_WORD}(?:[ \t]{_HEBREW_WORD}){{0,3}})(?=[ \t]*(?:$|[,.(·|\u2013]|\+?\d))"
    rf"|(?:{THAI_LABELS})[ \t]*:[ \t]*(?:คุณ)?"
    rf"(?P<thai_label>{_THAI_RUN}(?:[ \t]{_THAI_RUN})?)(?=[ \t]*(?:$|[,(·|]|[ \t]{{2}}))"
    rf"|(?:{DEVANAGARI_LABELS})[ \t]*[:\uff1a][ \t]*"
    r"(?:डॉ\.[ \t]*)?"  # "डॉक्टर: डॉ. विनायक देशपांडे"
    rf"(?P<devanagari>{_DEVANAGARI_WORD}(?:[ \t]{_DEVANAGARI_WORD}){{0,2}})(?=[ \t]*(?:$|[,(।|]))"
    rf"|(?:{DEVANAGARI_ROLES})[ \t]*\((?P<devanagari_role>{_DEVANAGARI_WORD}"
    rf"(?:[ \t]{_DEVANAGARI_WORD}){{0,2}})\)[ \t]*:"
    rf"|(?:{CASELESS_LABELS})[ \t]*:[ \t]*{_CASELESS_HONORIFICS}"
    rf"(?P<caseless_label>{_CASELESS_WORD}(?:[ \t]{_CASELESS_WORD}){{0,2}})"
    r"(?=[ \t]*(?:$|[,(;|<·\u2013]))"
    rf"|(?:{_ETHIOPIC_GREETING})[ \t]+(?P<ethiopic_greeted>[\u1200-\u137f]{{2,}}"
    rf"(?:[ \t][\u1200-\u137f]{{2,}}){{0,2}})(?=[ \t]*[\u1363,])"
    # Persian "از: نگار رضایی <…>" (From:)
    rf"|(?<![\u0621-\u06cc])از[ \t]*:[ \t]*"
    rf"(?P<persian_from>{_ARABIC_WORD}(?:[ \t]{_ARABIC_WORD}){{1,3}})"
    rf"(?=[ \t]*(?:$|[<\u060c,]))"
    # a chat's role, then the speaker: "الموظف ريم: مرحباً"
    rf"|(?<![\u0621-\u064a])(?:الموظف|الموظفة|المندوب|المندوبة)[ \t]+"
    rf"(?P<arabic_speaker>{_ARABIC_WORD})[ \t]*:"
    rf"|\b(?:{ENGLISH_LABELS})[ \t]*:[ \t]*"
    rf"(?P<caseless>{_CASELESS_WORD}(?:[ \t]{_CASELESS_WORD}){{0,2}})(?=[ \t]*(?:$|[,(;|<]))",
    re.MULTILINE,
)
_KIN = re.compile(
    rf"(?:{HAN_KIN})[ \t]?(?P<han>{_HAN}{{2,3}})(?!{_HAN})"
    # Korean kin before a name and its particle: "아내 박지은이 받을 거예요"
    rf"|(?<!{_HANGUL})(?:아내|남편|아들|딸|동생|엄마|아빠)[ \t]+(?P<hangul_kin>{_HANGUL}{{3}})"
    rf"(?=[이가은는을를의도]|[ \t,.]|$)"
    # Bengali kin: "আমার স্ত্রী নাসরিন আক্তার-এর"
    rf"|(?:স্ত্রী|স্বামী|ছেলে|মেয়ে)[ \t]+"
    rf"(?P<bengali_kin>[\u0980-\u09e3]{{2,}}(?:[ \t][\u0980-\u09e3]{{2,}})?)"
    rf"(?=-|[ \t]*(?:$|[,।]))"
    rf"|(?<![\u0621-\u064a])و?(?:{ARABIC_KIN})[ \t]+"
    rf"(?P<arabic>{_ARABIC_WORD}(?:[ \t](?:ال|بن[ \t]|بنت[ \t])[\u0621-\u064a]+)?)"
    # Persian honorifics: "خانم مهسا رضایی", "آقای کامران صدری."; the second word only where
    # the phrase ends, so "خانم رضایی گفت" (Mrs Rezaei said) keeps its verb
    rf"|(?<![\u0621-\u06cc])(?:{PERSIAN_HONORIFICS})[ \t]+(?P<persian>{_ARABIC_WORD}"
    rf"(?:[ \t]{_ARABIC_WORD}(?=[ \t]*(?:$|\n|[\u060c\u061b,.(<:)])))?)"
    rf"|(?:{DEVANAGARI_KIN})[ \t]+(?P<devanagari>{_DEVANAGARI_WORD}(?:[ \t]{_DEVANAGARI_WORD})?)"
    # "על שם בעלי אבי בן-שושן": a second word only where the phrase ends
    rf"|(?<![\u05d0-\u05ea])(?:{HEBREW_KIN})[ \t]+(?P<hebrew_kin>{_HEBREW_WORD}"
    rf"(?:[ \t]{_HEBREW_WORD}(?=[ \t]*(?:$|\n|[,.:;)])))?)(?=[ \t]*(?:$|\n|[,.:;)]|[ \t]))"
    # a customer with a title: "客户陈志强先生", or a surname alone before one: "陈先生"
    rf"|(?:客户|客戶|顾客|顧客|用户|用戶|患者|客人)(?P<han_titled>{_HAN}{{2,3}}?)(?={HAN_TITLES})"
    # a role, a space, the name: "客服 李明：", "技术支持 陈志强：", "部長 松本", "상담원 정하늘"
    rf"|(?:客服|技术支持|技術支援|安装师傅|部長|部长|課長|产业医|産業医|担当)[ \t\u3000]"
    rf"(?P<han_role>{_HAN}{{2,3}})(?=[:\uff1a \t\u3000]|記入)"
    rf"|(?:상담원|담당자|기사님?)[ \t]+(?P<hangul_role>{_HANGUL}{{2,4}})(?![\uac00-\ud7a3])"
    rf"|(?P<han_surname>[{HAN_SURNAMES}])(?={HAN_TITLES})"
    # an Arabic doctor's title before the name: "طبيب الأسرة د. سامر حدّاد"
    rf"|(?<![\u0621-\u064a])(?:د\.|الدكتور|الدكتورة)[ \t]*(?P<arabic_doctor>{_ARABIC_WORD}"
    rf"(?:[ \t]{_ARABIC_WORD})?)"
    # a surname made familiar, as one calls a colleague: "小刘，上周那批货发了吗？"
    rf"|(?<!{_HAN})(?P<han_familiar>[小老][{HAN_SURNAMES}])(?=[，,。！!？?、:\uff1a \t]|$)"
    # Tamil son, daughter, wife, husband, mother, father; Amharic her husband, his wife
    r"|(?:மகன்|மகள்|மனைவி|கணவர்|அம்மா|அப்பா)[ \t]+(?P<tamil_kin>[\u0b80-\u0bff]{2,})"
    r"|(?:ባለቤቷ|ባለቤቱ|ልጄ|ባለቤቴ)[ \t]+(?P<ethiopic_kin>[\u1200-\u137f]{2,})"
)
#: Common Hindi words that end a name after a kin word ("बेटा रोहित घर से").
_HINDI_STOP = frozenset(
    {"घर", "से", "का", "की", "के", "को", "ने", "है", "हैं", "और", "भी", "जी", "में", "पर", "जो"}
)
#: Persian and Arabic honorifics that may open a labelled name.
_ARABIC_HONORIFIC = re.compile(rf"(?:{PERSIAN_HONORIFICS}|السيد|السيدة)[ \t]+(?=\S)")
#: Words "जी" follows that are no names: yes, hello, thanks, fine, good, no.
_HINDI_REPLIES = frozenset({"हाँ", "हां", "नमस्ते", "धन्यवाद", "शुक्रिया", "ठीक", "अच्छा", "नहीं", "बिल्कुल"})
_HINDI_NOT_NAMES = _HINDI_STOP | _HINDI_REPLIES
#: Honorifics and self-introductions: "박서연 님", "김도윤 매니저", "คุณวีระพงษ์", "ดิฉัน ณัฐธิดา
#: ศรีสมบูรณ์", "大野 隆之と申します", "妻の由紀が"; and Arabic and Hebrew greetings and sign-offs.
_HONOURED = re.compile(
    rf"(?<!{_HANGUL})(?P<hangul>{_HANGUL}{{2,4}})[ \t]?"
    r"(?:님|씨|고객님|매니저|선생님|과장님?|대리님?"
    r"|팀장님?|부장님?|사장님?|원장님?|교수님?|기사님?)"
    # a particle or the copula may follow: "이도윤 씨이고", "박 과장님께서"
    r"(?:이고요?|이며|입니다|이에요|예요|께서|에게|한테|과|와|가|는|도|의)?(?![\uac00-\ud7a3])"
    # a role word, then a name and the copula: "집주인 박지훈입니다", "저는 김하늘이에요"
    rf"|(?:집주인|담당자|상담원|기사|매니저|저는|제[ \t]?이름은)[ \t]+"
    rf"(?P<hangul_intro>{_HANGUL}{{2,4}}?)(?:입니다|이에요|예요|이고|라고)"
    # Hindi's honorific after a name: "नमस्ते अनन्या जी"
    rf"|(?P<devanagari_ji>{_DEVANAGARI_WORD})[ \t]+जी(?![\u0900-\u097f])"
    rf"|คุณ(?P<thai>{_THAI_RUN})"
    rf"|(?:ดิฉัน|ผม)[ \t]+(?P<thai_self>{_THAI_RUN}(?:[ \t]{_THAI_RUN})?)"
    rf"|(?P<japanese>{_HAN}{{1,4}}[ \u3000]?[\u4e00-\u9fff\u3040-\u309f]{{0,4}})"
    r"[ \u3000]?と申します"
    # a Japanese writer's self-introduction after their role: "担任の山田 健太です",
    # "営業二課の高橋 健一です"; a name spaced as surname and given name, or after 担当/担任
    rf"|の(?P<japanese_spaced>{_HAN}{{1,3}}[ \u3000]{_HAN}{{1,3}})です"
    rf"|(?:担当|担任|係)の(?P<japanese_role>{_HAN}{{1,4}})です"
    rf"|担当[ \u3000](?P<japanese_staff>{_HAN}{{1,4}})(?=より|から|が|です|[ \u3000、。])"
    r"|(?:妻|夫|主人|息子|娘|母|父|兄|姉|弟|妹)の"
    rf"(?P<japanese_kin>{_HAN}{{1,3}}(?:[ \u3000]{_HAN}{{1,3}})?)(?=が|は|に|を|と|も|、|。|（|\()"
    # a foreign name in katakana, its parts joined by a middle dot, as whose an account is or
    # with an honorific: "ウォンサワット・ナリー名義"
    r"|(?P<katakana_named>[\u30a1-\u30fa\u30fc]{2,}(?:・[\u30a1-\u30fa\u30fc]{2,}){1,2})"
    r"(?=名義|様|さん|氏)"
    # Arabic "I am" and "in the name of" before a full name: "أنا فاطمة الزهراء بن علي،",
    # "(حساب جاري باسم طارق الهاشمي)"; two words at least, up to the clause's end
    rf"|(?<![\u0621-\u064a])أنا[ \t]+(?P<arabic_intro>{_ARABIC_WORD}"
    rf"(?:[ \t]{_ARABIC_WORD}){{1,3}})(?=[ \t]*[\u060c,])"
    rf"|(?<![\u0621-\u064a])باسم[ \t]+(?P<arabic_named>{_ARABIC_WORD}"
    rf"(?:[ \t]{_ARABIC_WORD}){{1,3}})(?=[ \t]*(?:[\u060c,.)]|$))"
    # Hebrew greetings and sign-offs: "שלום נועה,", "תודה רבה,\nיעל ברקוביץ'"
    rf"|(?<![\u05d0-\u05ea])(?:שלום|היי|לכבוד)[ \t]+(?!רב\b)(?P<hebrew_greeted>{_HEBREW_WORD}"
    rf"(?:[ \t]{_HEBREW_WORD})?)(?=[ \t]*[,!])"
    rf"|(?:תודה(?:[ \t]רבה)?|בברכה|בתודה)[ \t]*,?[ \t]*\n[ \t]*(?P<hebrew_signed>{_HEBREW_WORD}"
    rf"(?:[ \t]{_HEBREW_WORD}){{0,2}})[ \t]*(?=\n|$)"
    # an Arabic sign-off, the name alone on the next line: "مع الشكر،\nفاطمة الزهراء"
    rf"|(?:مع[ \t]+الشكر|مع[ \t]+التحية|تحياتي|وتفضلوا[ \t]+بقبول[ \t]+فائق[ \t]+الاحترام)"
    rf"[ \t]*[\u060c,]?[ \t]*\n[ \t]*"
    rf"(?P<arabic_signed>{_ARABIC_WORD}(?:[ \t]{_ARABIC_WORD}){{0,3}})"
    rf"[ \t]*(?=\n|$)"
)
#: A Japanese name before さん or 様 (「佐々木さん」); not a firm's or a role's (管理会社様).
_JAPANESE_HONOURED = re.compile(
    r"(?<![\u4e00-\u9fff\u3005])(?P<name>[\u4e00-\u9fff\u3005]{2,4})(?=さん|様|さま|くん|ちゃん)"
)
_JAPANESE_NOT_NAMES = re.compile(r".*(?:会社|社|店|部|課|者|手|局|所|院|員|長|家|皆|客|様)$")
#: A person's login after the word for an account in Chinese, Japanese or Korean:
#: "他微信号是 chenzq_1975", "账号 liuyang_sh".
_HANDLE = re.compile(
    r"(?:微信号|微信號|微信|账号|帳號|帐号|用户名|用戶名|アカウント|ユーザー名|아이디)"
    r"(?:是|为|為|は)?[ \t]*[:\uff1a]?[ \t]*(?P<handle>[A-Za-z][A-Za-z0-9_.\-]{3,30})(?![\w@])"
)
#: Hangul words that take an honorific and name nobody: customer, manager, member, driver.
_HANGUL_NOUNS = frozenset({"고객", "담당", "회원", "기사", "선생", "어머", "아버", "사장", "환자"})
#: A Thai run after "คุณ" that is a pronoun or a word, not a name ("คุณค่ะ").
_THAI_WORDS = frozenset({"ค่ะ", "ครับ", "ทุกท่าน", "ลูกค้า"})


#: A chat export's sender with no time (KakaoTalk, pasted WeChat): "김민준: 지현아, …"; only
#: where two lines or more open that way, so one "고객: …" label is no chat.
_UNSTAMPED_SENDER = re.compile(
    rf"(?m)^[ \t]*(?P<name>{_HANGUL}{{2,4}}|{_HAN}{{2,4}})[ \t]*[:\uff1a][ \t]*(?=\S)"
)


def _chat_senders(text: str) -> list[tuple[int, int]]:
    senders = [m for m in _UNSTAMPED_SENDER.finditer(text)]
    names = [m.group("name") for m in senders]
    if len(senders) < 2 or len(set(names)) == len(names):
        return []  # a form's labels, each once; a chat repeats its speakers
    return [
        m.span("name")
        for m in senders
        if names.count(m.group("name")) >= 2 and m.group("name") not in _FIELD_WORDS
    ]


#: Field labels a form may repeat ("메모:", "备注:"): no speakers.
_FIELD_WORDS = frozenset(
    {*HAN_LABELS.split("|"), *HANGUL_LABELS.split("|"), "메모", "주소", "연락처", "비고"}
    | {
        "내용",
        "처리",
        "답변",
        "문의",
        "备注",
        "地址",
        "电话",
        "回复",
        "问题",
        "処理",
        "回答",
        "住所",
    }
)


def script_names(text: str) -> list[tuple[int, int]]:
    """Senders, labelled names, kin and honoured names in scripts without capitals."""
    spans = [m.span("name") for m in _SENDER.finditer(text)] + _chat_senders(text)
    spans += [m.span("handle") for m in _HANDLE.finditer(text)]
    spans += [
        m.span("name")
        for m in _JAPANESE_HONOURED.finditer(text)
        if not _JAPANESE_NOT_NAMES.match(m.group("name"))
    ]
    for rule in (_LABELLED, _KIN, _HONOURED):
        for match in rule.finditer(text):
            group = next(g for g, value in match.groupdict().items() if value)
            span = _vetted(text, group, *match.span(group))
            if span:
                spans.append(span)
            if match.groupdict().get("han_more"):  # "拜访人：李晓雯、陈浩"
                spans.append(match.span("han_more"))
    return list(dict.fromkeys(spans))  # a labelled name may also be honoured ("박정호 부장")


def _vetted(text: str, group: str, start: int, end: int) -> tuple[int, int] | None:
    value = text[start:end]
    if group == "devanagari":
        words = value.split()
        while words and words[-1] in _HINDI_NOT_NAMES:
            words.pop()
        if not words or words[0] in _HINDI_NOT_NAMES:
            return None
        return start, start + len(" ".join(words))
    honorific = _ARABIC_HONORIFIC.match(value) if group == "arabic" else None
    if honorific:  # "موکل: خانم مهسا رضایی": the name, not the "Mrs" before it
        return start + honorific.end(), end
    if group == "devanagari_ji" and value in _HINDI_NOT_NAMES:
        return None
    if group == "hangul" and value in _HANGUL_NOUNS:
        return None
    if group in ("arabic_intro", "arabic_named") and not ARABIC_NOT_NAMES.isdisjoint(value.split()):
        return None  # "أنا آسف جدا، …" (I am very sorry) introduces nobody
    if group in ("thai", "thai_self") and value.split()[0] in _THAI_WORDS:
        return None
    return start, end


#: Letters of the scripts a name is transliterated into: Greek, Cyrillic, Armenian, Hebrew,
#: Arabic and Persian, the Indic scripts, Sinhala, Thai, Myanmar, Georgian, Ethiopic, kana, Han,
#: Hangul, with the joiners Indic spellings keep inside a word.
SCRIPT_LETTER = (
    r"[\u0370-\u03ff\u0400-\u04ff\u0531-\u0587\u05d0-\u05ea\u0620-\u06d3\u0900-\u0dff"
    r"\u0e01-\u0e4e\u1000-\u109f\u10a0-\u10ff\u1200-\u137f\u3005\u3040-\u30ff\u4e00-\u9fff"
    r"\uac00-\ud7a3\u200c\u200d]"
)
#: A name's own spelling right after its Latin one: "Rania Haddad / رانيا حداد",
#: "Dariush Tehrani (داریوش تهرانی)", a CSV's "Nino Beridze,ნინო ბერიძე,". The script
#: run must end where the field or the bracket does, so a sentence after a name is no name.
_SCRIPT_AFTER = re.compile(
    rf"(?:[ \t]*[(\uff08][ \t]*|[ \t]*/[ \t]*|,)"
    rf"(?P<name>{SCRIPT_LETTER}+(?:[ \t]{SCRIPT_LETTER}+){{0,3}})"
    r"(?=[ \t]*(?:[)\uff09,;|/]|$)|[ \t]{2})",
    re.MULTILINE,
)


def spelled_after(text: str, end: int) -> tuple[int, int] | None:
    """The span of a Latin name's spelling in another script, written right after it."""
    match = _SCRIPT_AFTER.match(text, end)
    return match.span("name") if match else None
