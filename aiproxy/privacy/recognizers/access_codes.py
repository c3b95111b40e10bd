"""SECRET: one-time codes and the codes that open doors, gates and key safes.

A code is a short number, so the number alone says nothing: "code 4179" is an error code
until a lock word is near, and "PIN 560034" is an Indian postcode. What makes a number a
secret here is the word that asks for it ("OTP", "verification code", "door code") or the
thing it opens nearby.
"""

from __future__ import annotations

import re

from aiproxy.privacy.recognizers.base import RegexRecognizer, Rule, window

#: Something a bare "code" opens: "key safe by the door, code 4179".
_LOCK_WORDS = re.compile(
    r"(?i)key ?safe|key ?box|lock ?box|sleutelkast|schl[üu]ssel(?:safe|kasten|tresor)"
    r"|bo[iî]te [àa] cl[ée]s|cassetta|caja de llaves|door|gate|alarm|padlock|entry|portal"
    r"|voordeur|haust[üu]r|porte|portone|puerta|port[óo]n|port[ãa]o|cancello|hek\b|garage"
    r"|gara[żz]|drzwi|brama|furtk|doorlock|door lock|도어락|현관"
    r"|cadeado|candado|lucchetto|vorh[äa]ngeschloss|k[łl][óo]dk|h[äa]ngslot|cofre|tresor|safe\b"
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
)
#: The code itself: digits, sometimes closed by a key ("2468#", "2580*7") or read out in
#: two groups ("583 902", "5920 1174").
#: Not the number of an identifier ("CHK-1883", "INV1883"): nothing word-like touches it.
_CODE = r"(?<![\w\-])(?P<value>\d{3,4} \d{3,4}(?! ?\d)|\d{4,8}(?:[#*]\d{0,4})?)(?![\w.,/:\-]\d)"


def _near_a_lock(match: re.Match[str], text: str) -> bool:
    key = match.group("key").lower()
    if key == "pin":
        return len(match.group("value")) != 6  # "PIN 560034" is an Indian postcode
    if key not in ("code", "kod", "kode") and not key.startswith(
        ("c\u00f3digo", "codigo", "clave")
    ):
        return True
    return _LOCK_WORDS.search(window(text, match.start(), match.end(), before=60)) is not None


class AccessCodeRecognizer(RegexRecognizer):
    """Flags the digits only, so "your OTP is <SECRET_1>" still reads as a sentence."""

    ENTITY = "SECRET"
    RULES = (
        Rule(  # "OTP 604218", "Gate code 2468#", "Kode verifikasi Anda saat ini: 583027",
            # "the door code for the package room: 2580*7": a named code may be a few
            # words from its digits, never across a line
            "named_code",
            re.compile(
                rf"\b(?P<key>{_NAMED})(?:[ \t]+[^\s\d:]+){{0,4}}?"
                r"(?:[ \t]+(?:is|was|es|era|est|ist|é|è|adalah|is nu|ni|siendo))?[ \t]*[:#]?[ \t]*"
                + _CODE
            ),
            0.85,
            "value",
            folded=True,
        ),
        Rule(  # a bare "PIN 7731" or "code 4179", or "el código del portón es 4719#"
            "code",
            re.compile(
                r"\b(?P<key>pin|code|c[óo]digo|clave|kod|kode)(?:[ \t]+[^\s\d:]+){0,4}?"
                r"(?:[ \t]+(?:is|was|es|era|est|ist|é|è|ni|siendo|to))?[ \t]*[:#]?[ \t]*" + _CODE
            ),
            0.8,
            "value",
            accept=_near_a_lock,
            folded=True,
        ),
    )

    def prefilter(self, text: str) -> bool:
        return any(c.isdigit() for c in text)
