"""SECRET: one-time codes and the codes that open doors, gates and key safes.

A code is a short number, so the number alone says nothing: "code 4179" is an error code
until a lock word is near, and "PIN 560034" is an Indian postcode. What makes a number a
secret here is the word that asks for it ("OTP", "verification code", "door code") or the
thing it opens nearby.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from aiproxy.privacy.recognizers.base import RegexRecognizer, Rule, Span, answers, window
from aiproxy.privacy.recognizers.secret_values import mixed

#: Key safes, whose digits may follow their name with no "code" between ("caja de llaves 3390").
_KEY_SAFES = (
    r"key ?safe|key ?box|lock ?box|sleutelkast|schl[üu]ssel(?:safe|kasten|tresor)"
    r"|bo[iî]te [àa] cl[ée]s|caja de llaves|cofre de chaves|cassetta (?:delle|per le) chiavi"
)
#: Something a bare "code" opens: "key safe by the door, code 4179".
_LOCK_WORDS = re.compile(
    rf"(?i){_KEY_SAFES}|cassetta|door|gate|alarm|padlock|entry|portal"
    r"|voordeur|haust[üu]r|porte|portone|puerta|port[óo]n|port[ãa]o|cancello|hek\b|garage"
    r"|gara[żz]|drzwi|brama|furtk|doorlock|door lock|도어락|현관"
    r"|cadeado|candado|lucchetto|vorh[äa]ngeschloss|k[łl][óo]dk|h[äa]ngslot|cofre|tresor|safe\b"
    r"|schr[áa]nk|kl[íi][čc]|dve[řr]|домофон|двер|подъезд|калитк|ворот|דלת|שער|כניסה"
    r"|オートロック|玄関|πόρτα|είσοδ|πύλη|domofon|eingang|bike (?:store|shed|room|cage)|cổng|cửa"
    # Dutch doors and lockers ("kluisje bij de achterdeur"), Croatian and Serbian doors and
    # entrances, Arabic gates and doors, Turkish doors, parcel lockers in Chinese and Japanese
    r"|deur|kluis|locker|vrata|ulaz|pagar|keypad|بوابة|البوابة|الباب|\bkap[ıi]\b|快递柜|快遞櫃|门禁|門禁|ロッカー|사물함"
)
#: Words that ask for a code by name, in the languages customers write in.
_NAMED = (
    r"otp|one[- ]time (?:code|pin|passcode|password)|passcode"
    r"|(?:verification|confirmation|security|login|sign[- ]in|sms|2fa|mfa"
    r"|auth(?:entication)?|access|entry|door|gate|alarm|lockbox|key ?safe|building) code"
    r"|digicode|kode (?:verifikasi|otp|keamanan)|c[óo]digo (?:de )?(?:verificaci[óo]n"
    r"|verifica[çc][ãa]o|seguran[çc]a|seguridad|acceso|acesso)|code de (?:v[ée]rification"
    r"|confirmation|s[ée]curit[ée])|codice (?:di )?(?:verifica|sicurezza)"
    r"|(?:best[äa]tigungs|sicherheits|verifizierungs)code|verificatiecode|beveiligingscode"
    r"|msimbo(?:\s+wako)?|kod\s+(?:weryfikacyjny|sms|jednorazowy)"
    r"|(?:cash[- ]?out|withdrawal|redemption|pickup|pick-up|collection) (?:code|pin)"
    r"|رمز (?:التحقق|التفعيل|الدخول)|验证码|驗證碼|認証コード|確認コード|인증번호|인증 코드"
    r"|код (?:подтверждения|из (?:смс|sms)|для входа|домофона)|проверочный код|одноразовый код"
    r"|домофон|sms cu codul|codul (?:de )?(?:verificare|confirmare|securitate)"
    r"|m[ãa] (?:otp|x[áa]c (?:nh[ậa]n|th[ựu]c))|do[ğg]rulama kodu|onay kodu|g[üu]venlik kodu"
    r"|オートロック(?:の)?番号|暗証番号|ワンタイムパスワード"
    r"|code\s+d['\u2019]acc[èe]s|zugangscode|κωδικός\s+(?:επιβεβαίωσης|επαλήθευσης|πρόσβασης)"
    r"|الرمز(?!\s+البريدي)|የማረጋገጫ\s+ኮድ"
    r"|קוד (?:אימות|חד[- ]פעמי)|کد (?:تحویل|تایید|تأیید|یکبار مصرف|ورود)|رمز یکبار مصرف"
    r"|одноразовий код|код (?:підтвердження|з (?:смс|sms))"
    r"|пришёл код|пришел код|ওটিপি|رمز پویا|anmeldecode|login-code|do[ğg]rulama kodunuz"
    r"|(?:seu|su|tu|votre|ihr|dein|your) (?:c[óo]digo|code|kod) [^\s\d:]{2,20}(?=:)"
    r"|c[óo]digo (?:que )?(?:chegou|lleg[óo]|veio|recebi|recib[íi]|me (?:chegou|lleg[óo]))"
    r"|รหัสประตู\S*|mật khẩu (?:cổng|cửa)\b"
    r"|(?:recovery|backup) codes?|(?:einmal-)?wiederherstellungscodes?|backup-codes?"
    # a parcel locker's pickup code, Poland's one-time payment code, a PIN someone was given
    # or chose ("temp PIN 882147": not the bare "PIN 560034", an Indian postcode)
    r"|取件码|取件碼|取货码|提货码|(?:kod )?blik|mpin"
    r"|(?:temp(?:orary)?|new|initial|account|card|app|atm|sim|login|wallet|portal) pin"
    # a door's code as one word: Swedish, Finnish, German, Dutch, Danish and Norwegian, Polish
    r"|portkod|d[öo]rrkod|porttikoodi|ovikoodi|t[üu]rcode|deurcode|portkode|d[øo]rkode"
    r"|kod do (?:drzwi|bramy|domofonu)|alarmkod(?:en)?|alarmkode(?:n)?|larmkod(?:en)?|uksekood"
    r"|sms kode|kode sms|recovery key|bitlocker(?: recovery)?(?: key)?"
    r"|codes? de (?:r[ée]cup[ée]ration|secours)|c[óo]digos? de (?:recupera[çc][ãa]o|respaldo)"
    # an SMS template: "Your Finchly code is 481 206", not "your error code"
    r"|your (?!error|order|promo|discount|tracking|postal|zip|area|country|product|coupon"
    r"|referral|booking|reference|tax|status|exit|return)[a-z]+ code(?= is)"
)
#: The code itself: digits, sometimes closed by a key ("2468#", "2580*7") or read out in
#: two groups ("583 902", "5920 1174").
#: Not the number of an identifier ("CHK-1883", "INV1883"): nothing word-like touches it.
#: A Russian intercom code names the flat, then the code: "домофон 71К4826".
#: A bike store's "C1984X": a letter each side.
_DIGITS = (
    r"\d{3,4} \d{3,4}(?! ?\d)|\d{4}-\d{4}(?![\d\-])|\d{4,8}(?:[#*]\d{0,4})?|\d{1,4}[кk]\d{3,6}"
    r"|\d(?:-\d){3,7}(?![\d\-])"  # read out digit by digit: "1-9-7-4"
    r"|[a-z]\d{4}[a-z]"
)
#: Quoted, as a note repeats what was said: 'shared her account PIN verbally ("041981")'.
_CODE = rf"(?P<quote>[(\"\u201c\u00ab]{{1,2}})?(?<![\w\-])(?P<value>{_DIGITS})(?![\w.,/:\-]\d)"
#: A named code may also be letters and digits in groups: "GSA-7742-QX", "R7-KQ-55" (folded);
#: a bare "code" or "PIN" before one is an identifier's ("pin client; CHK-1883").
_NAMED_CODE = (
    # after a kana or Han particle too: "オートロックの番号は2207です"
    r"(?<![^\W\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])(?<!-)"
    # a flat's code first, whole: "4417B"
    # grouped digits too: "8841-2270-5519", a BitLocker key's eight groups of six
    rf"(?P<value>\d{{3,6}}[a-z](?![\w\-])|\d{{3,6}}(?:-\d{{3,6}}){{2,7}}(?![\w\-])|{_DIGITS}"
    r"|\d{2,3}-\d{4}(?![\w\-])"
    r"|(?=[a-z\-]*\d)(?=[\d\-]*[a-z])[a-z0-9]{2,5}(?:-[a-z0-9]{2,5}){1,3}(?![\w\-])"
    r"|[a-z]{1,3}-\d{4,8}(?![\w\-]))"
    r"(?![\w.,/:\-]\d)"
)
#: Words between a named code and its digits: up to four, or up to twelve before a colon or a
#: copula ("Msimbo wa muda wa kuingia … niliopewa na Zawadi ni 804 331").
_BETWEEN = (
    r"(?:(?:[ \t]+[^\s\d:]+){0,4}?|(?:[ \t]+[^\s\d:]+){5,12}?"
    r"(?=[ \t]?:|[ \t]+(?:is|was|es|ni|est|ist|lautet|είναι|foi|fue)[ \t]))"
)
#: Where a word starts; Japanese and Chinese run words together, so after a kana or a Han
#: character too ("マンションのオートロック番号").
_WORD_START = r"(?<![^\W\u3040-\u30ff\u3400-\u9fff])"
#: A Korean or Japanese particle glued to the word: "인증번호는 283914", "オートロック番号は #4719".
_PARTICLE = r"(?:[는은이가]|は|が)?"


#: A chat turn that is only a code, perhaps after a "yes": "Cliente: É 902117.",
#: "[05/01/25, 9:22 am] सुनीता देशपांडे: हाँ 552873".
_ANSWER = re.compile(
    r"(?im)^[^\n]{1,80}?:[ \t]*(?:(?:yes|yeah|yep|sí|si|sim|é|ja|oui|evet|ya|iya|có|ok|okay"
    r"|हाँ|हां|はい|네|是|да|так)[ \t,.:!]*)?(?P<value>\d{4,8})(?=[ \t]*(?:$|[.!]))"
)
#: A one-time code told inside a reply: "usko 509127 bataya" (six digits, nothing touching).
_TOLD = re.compile(r"(?m)^[^\n]{1,80}?:[^\n]*?(?<![\w\-+.,/])(?P<value>\d{6})(?![\w\-.,/])")
#: The turn before asks about a one-time code by name ("Kya aap ne kisi ko OTP diya tha?").
_ASKED_ONE_TIME = re.compile(
    r"(?i)(?:\botp\b|one[- ]time|verification|doğrulama|验证码|認証|인증|одноразов)[^\n]*\?"
)
#: What asks for the code on the turn before: "informe o código que enviamos por SMS",
#: "OTP आया होगा?".
_ASKED = re.compile(r"(?i)\botp\b|c[óo]digo|\bcode\b|\bkod|\bpin\b|कोड|인증번호|验证码|認証|код|mã")

#: A lock's code as the reply to a turn asking for it ("¿cuál era el código del portal?",
#: "공동현관 비번은?"): what it "is" ("El del portal es 4417B"), or keypad digits with their
#: key, whatever follows ("#1592* 누르면 돼").
_LOCK_ANSWER = re.compile(
    r"(?m)^[^\n]{1,80}?:(?:[ \t]*(?P<keypad>[#*]?\d{3,8}[#*]|[#*]\d{3,8})(?!\w)"
    r"|[^\n]*?(?<!\w)(?:es|is|ist|est|è|é|er|är|je|jest|to)[ \t]+"
    r"(?P<value>\d{3,8}[A-Za-z#*]?)(?![\w\-.,/:]?\w))"
)
_ASKED_LOCK_CODE = re.compile(
    r"(?i)(?:c[óo]digo|\bcode|codice|\bkod|\bpin\b|비번|비밀번호|암호|번호|password|番号|код|رمز)"
    r"[^\n]*\?"
)

#: Recovery or backup codes named at a line's end, then listed a line each, bulleted or
#: quoted: "… backup codes, can you tell me which are still valid?\n> 8H3K-Q9ZP\n> T2MX-7VLA".
_LISTED_CODES = re.compile(r"(?i)\b(?:recovery|backup|2fa|mfa)[ \t]+codes?\b[^\n]{0,80}\n")
_CODE_LINE = re.compile(
    r"(?m)^[ \t>*\-•]*(?P<code>[A-Za-z0-9]{3,8}(?:-[A-Za-z0-9]{3,8}){1,3})[ \t]*(?:\n|$)"
)


_LIST_SEPARATOR = r"(?:,|;|/|,?[ \t]+(?:and|or|und|oder|et|ou|y|o|e|i|и|или|ve))"
#: The next item of a list of codes: "were 7H2K-9QXP-4LMV and 3ZRT-8WBN-6CJD".
_NEXT_ITEM = re.compile(rf"[ \t]*{_LIST_SEPARATOR}[ \t]+(\S+)")
#: Generated codes are also listed with spaces only: "8v4v-wqho nx86-p586 hok5-zr9x".
_SPACED_ITEM = re.compile(rf"[ \t]*{_LIST_SEPARATOR}?[ \t]+(\S+)")


def _shape(value: str) -> tuple[str, bool]:
    """Group lengths and separators, and whether letters mix with digits: generated codes
    share these, not where their letters fall ("7H2K-9QXP" and "3ZRT-8WBN")."""
    return re.sub(r"[^\W_]", "x", value), re.search(r"[^\W\d_]", value) is not None


def _codes_listed_after(text: str, span: Span) -> Iterator[Span]:
    """Codes of the same shape listed after a found one: a second recovery code is a secret
    for the same reason as the first."""
    shape, end = _shape(text[span.start : span.end]), span.end
    spaced = _SPACED_ITEM if shape[1] and "-" in shape[0] else _NEXT_ITEM
    while (item := spaced.match(text, end)) and _shape(item.group(1).rstrip(".,;:)")) == shape:
        end = item.start(1) + len(shape[0])
        yield Span(item.start(1), end, span.score)


def _not_a_year(match: re.Match[str], text: str) -> bool:
    """ "code of conduct (2023)" dates the code."""
    return re.fullmatch(r"(?:19|20)\d\d", match.group("value")) is None


#: A code sent by text message is a one-time code: "le code reçu par SMS… je lui ai donné le
#: code 481 203".
_TEXTED = re.compile(r"(?i)\bsms\b|\btexto\b|\btext message\b|\bсмс\b|\botp\b")


def _near_a_lock(match: re.Match[str], text: str) -> bool:
    if match.group("key").lower() == "pin":  # "PIN 560034" is an Indian postcode, unquoted
        return len(match.group("value")) != 6 or match.group("quote") is not None
    near = window(text, match.start(), match.end(), before=60)
    if _LOCK_WORDS.search(near):
        return True
    if match.group("key") not in ("code", "código", "codigo", "kod", "kód"):
        return False  # a password word needs its lock
    return _TEXTED.search(window(text, match.start(), match.end(), before=120)) is not None


class AccessCodeRecognizer(RegexRecognizer):
    """Flags the digits only, so "your OTP is <SECRET_1>" still reads as a sentence."""

    ENTITY = "SECRET"
    RULES = (
        Rule(  # "OTP 604218", "Gate code 2468#", "Kode verifikasi Anda saat ini: 583027",
            # "the door code for the package room: 2580*7": a named code may be a few
            # words from its digits, never across a line
            "named_code",
            re.compile(
                rf"{_WORD_START}(?P<key>{_NAMED}){_PARTICLE}{_BETWEEN}"
                r"(?:[ \t]+(?:is|was|es|era|est|ist|é|è|adalah|is nu|ni|siendo|lautet|είναι|foi"
                r"|fue))?"
                r"[ \t]*[:#]?[ \t]*" + _NAMED_CODE
            ),
            0.85,
            "value",
            folded=True,
        ),
        Rule(  # a bare "PIN 7731" or "code 4179", or "el código del portón es 4719#"
            "code",
            re.compile(
                r"(?<!\w)(?P<key>pin|code|c[óo]digo|codice|clave|k[óo]d|kode|koodi|[šs]ifra|ה?קוד"
                r"|код|mã|mật khẩu|رمز|κωδικός"
                # a password that opens a lock: "a senha do portão da garagem é 2580#"
                r"|senha|contrase[ñn]a|mot de passe|passwort|wachtwoord|has[łl]o|password)"
                # "Le code de la porte d'en avant : 3141": up to six words to the digits
                r"(?:[ \t]+[^\s\d:]+){0,6}?"
                r"(?:[ \t]+(?:is|was|es|era|est|ist|é|è|ni|siendo|to))?[ \t]*[:#]?[ \t]*" + _CODE
            ),
            0.8,
            "value",
            accept=_near_a_lock,
            folded=True,
        ),
        Rule(  # a key safe's digits right after it: "y la caja de llaves 3390", "lockbox 4179"
            "lock_digits",
            re.compile(
                rf"(?<!\w)(?:{_KEY_SAFES})(?:[ \t]+(?:is|es|è|é|ist|est|er|är|je|jest))?"
                r"[ \t]*[:#]?[ \t]*(?P<value>\d{4,8})(?![\w.,/:\-]\d)"
            ),
            0.8,
            "value",
            folded=True,
        ),
        Rule(  # the digits in brackets a few words after the code's name: "doğrulama kodunu
            # (731905) telefonla arayan birine verdi", "6-digit na code na na-send sa inyo (663018)"
            "code_in_brackets",
            re.compile(
                r"(?<!\w)(?<!error )(?<!status )(?<!exit )(?<!http )"
                r"(?:otp|code|kod\w*|c[óo]digo|код\w*)"
                r"(?:[ \t]+[^\s\d():]+){0,6}?[ \t]*\((?P<value>\d{4,8})\)"
            ),
            0.8,
            "value",
            accept=_not_a_year,
            folded=True,
        ),
        Rule(  # the same in prose: "el código de atrás es 413", "the CVV is 0417"
            "card_security_code_said",
            re.compile(
                r"(?i)\b(?:c[óo]digo de (?:atr[áa]s|seguran[çc]a|seguridad)|cvv2?|cvc2?"
                r"|security code|card code)(?: (?:is|was|es|era|é|ist|est|è))?[ \t:]+"
                r"(?P<value>\d{3,4})(?![\d\-/.])"
            ),
            0.85,
            "value",
        ),
        Rule(  # a card's security code as a record's field: '"cvc": "418"', "CVV2=0417"
            "card_security_code",
            re.compile(
                r"(?i)[\"']?\b(?:cvc2?|cvv2?|csc|card[ _]?code|security[ _]?code|c[óo]digo[ _]de"
                r"[ _]seguridad|kartenpr[üu]fnummer)[\"']?[ \t]*[:=][ \t]*[\"']?(?P<value>\d{3,4})"
                r"(?![\d\-/.])"
            ),
            0.85,
            "value",
        ),
        Rule(  # Turkish names the code after its digits: "gelen 4 8 2 7 1 6 kodunu doğruladım"
            "code_before_word",
            re.compile(
                r"(?<![\w\-])(?P<value>\d(?: \d){3,7}|\d{3} \d{3}|\d{4,8})"
                r"[ \t]+(?:(?:do[ğg]rulama|onay|g[üu]venlik|sms)[ \t]+)?kod(?:u|unu|unuzu)\b"
            ),
            0.8,
            "value",
            folded=True,
        ),
    )

    def spans(self, text: str) -> Iterator[Span]:
        for span in super().spans(text):
            yield span
            yield from _codes_listed_after(text, span)
        for listed in _LISTED_CODES.finditer(text):  # "backup codes …:\n> 8H3K-Q9ZP\n> …"
            position = listed.end()
            while (line := _CODE_LINE.match(text, position)) and mixed(line.group("code")):
                yield Span(*line.span("code"), 0.8)
                position = line.end()
        for answer in answers(text, _ANSWER, _ASKED):  # a code as the whole reply
            yield Span(*answer.span("value"), 0.8)
        for told in answers(text, _TOLD, _ASKED_ONE_TIME):  # or inside it
            yield Span(*told.span("value"), 0.8)
        for lock in answers(text, _LOCK_ANSWER, _ASKED_LOCK_CODE):
            asked = text[text.rfind("\n", 0, max(0, lock.start() - 1)) + 1 : lock.start()]
            if _LOCK_WORDS.search(asked):
                yield Span(*lock.span("keypad" if lock.group("keypad") else "value"), 0.8)

    def prefilter(self, text: str) -> bool:
        return any(c.isdigit() for c in text)
