"""SECRET: a value only a generator writes, on the same line as a word for what it is.

The prose rules each know how one language puts a password after its word ("das Passwort
ist …", "パスワードは …"). Unseen languages and word orders slip past them: "Nytt passord
til felles innboks … er satt: Nordlys!Kø2024", "パスワードは一時的に Kumo-2024!sakura に変え
てます", "የይለፍ ቃል: Selam@1990". What they share needs no grammar: the word, then, a few
words on, a token with a lower-case letter, a digit and a symbol, which prose, product codes
("SM-A536E"), references ("F-2024-33190") and versions do not write. An API key said in
prose is the same: "the API key for their ERP sandbox: ak_sbx_5Rq8Lm2V…".
"""

from __future__ import annotations

import re

from aiproxy.privacy.recognizers.base import RegexRecognizer, Rule
from aiproxy.privacy.recognizers.secret_values import offered_as_sample

#: The word for a password in the scripts and languages customers write in.
_WORDS = (
    r"pass(?:word|wort|wd|code|phrase)|\bpwd?\b|contrase[ñn]a|senha|mot\s+de\s+passe"
    r"|wachtwoord|kennwort|has[łl]o|[şs]ifre|parola|l[öo]senord|salasana|passord"
    r"|adgangskode|nywila|kata\s+sandi|heslo|jelsz[óo]|lozinka|parool|geslo"
    r"|slapta[žz]odis|\bparole\b|m[ậa]t\s+kh[ẩa]u|пароль|паролем|пароля|συνθηματικό"
    r"|κωδικ[όο]ς\s+πρόσβασης|كلمة\s+(?:ال)?(?:مرور|سر)|رمز\s+عبور|گذرواژه|סיסמ[הא]"
    r"|पासवर्ड|পাসওয়ার্ড|পাসওয়ার্ড|รหัสผ่าน|パスワード|密码|密碼|비밀번호|비번|암호|የይለፍ\s+ቃል"
    # "password" spelt in Urdu, Tamil, Telugu, Kannada, Malayalam and Gujarati letters
    r"|پاس\s?ورڈ|பாஸ்வேர்ட்|పాస్\u200c?వర్డ్|ಪಾಸ್\u200c?ವರ್ಡ್|പാസ്\u200c?വേഡ്|પાસવર્ડ"
)
#: The value: 8 to 64 characters with a lower-case letter, a digit and a symbol; it starts
#: a token ("kundeservice@nordkraft.no" is passed over whole, never entered halfway).
_VALUE = (
    r"(?<![^\s:=\"'(«\u201c\u3000-\u303f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])"
    r"(?=[^\s\"'`,;»\u201d)]*?\d)(?=[^\s\"'`,;»\u201d)]*?(?-i:[a-zß-ÿ]))"
    r"(?=[^\s\"'`,;»\u201d)]*?[!@#$%^&*?+=~_\-])"
    r"(?P<value>[A-Za-z0-9À-ɏ!@#$%^&*?+=~_\-.]{8,64})(?![^\s\"'`,;»\u201d)\u3000-\u303f])"
)
#: What such a token can be instead: an address, a link, a path or a log's "attempt=3".
_NOT_A_PASSWORD = re.compile(
    r"@[\w\-]+\.[a-z]{2,}|://|^[/~.]|\.(?:com|org|net|io)\b|^[a-z_]+=\w{0,3}$"
)
#: The word as part of a name says nothing of what follows it: "reason=bad_password
#: attempt=3", "aws ecr get-login-password --region ca-central-1".
_WORD_START = r"(?<![_\-./])"

#: A key or token: twenty or more letters and digits with both cases, as a generator writes
#: them; a hex hash or a UUID has one case only.
_GENERATED_KEY = (
    r"(?<![\w\-])(?=[\w\-]*\d)(?=[\w\-]*(?-i:[a-z]))(?=[\w\-]*(?-i:[A-Z]))"
    r"(?P<value>[A-Za-z0-9_\-]{20,128})(?![\w\-])"
)
_KEY_WORDS = (
    r"\b(?:api[ _\-]?key|access[ _\-]?key|secret(?:[ _\-]?key)?|(?:access |auth )?token)s?\b"
)


def _password_shaped(match: re.Match[str], text: str) -> bool:
    value = match.group("value").rstrip(".,;:")
    return len(value) >= 8 and _NOT_A_PASSWORD.search(value) is None


def _no_sample(match: re.Match[str], text: str) -> bool:
    """A JWT is the JWT rule's to judge; a sample is nobody's key."""
    return not match.group("value").startswith("eyJ") and not offered_as_sample(text, match.start())


class NearbyPasswordRecognizer(RegexRecognizer):
    """A last net under the prose rules: only the value is flagged, never the sentence."""

    ENTITY = "SECRET"
    RULES = (
        Rule(
            "word_then_value",
            re.compile(rf"(?i){_WORD_START}(?:{_WORDS})[^\n]{{0,80}}?{_VALUE}"),
            0.8,
            "value",
            accept=_password_shaped,
        ),
        Rule(  # a login as an address, then its password: "demo-admin@tenant.example / Sunf…"
            "address_then_value",
            re.compile(rf"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+[ \t]*/[ \t]*{_VALUE}"),
            0.8,
            "value",
            accept=_password_shaped,
        ),
        Rule(
            "key_word_then_token",
            re.compile(rf"(?i){_KEY_WORDS}[^\n]{{0,60}}?{_GENERATED_KEY}"),
            0.8,
            "value",
            accept=_no_sample,
        ),
    )

    def prefilter(self, text: str) -> bool:
        return any(c.isdigit() for c in text)
