"""What makes a matched value a secret: each credential rule's own test of its value.

A rule finds where a secret would be ("password: …", "-u user:…"); these decide whether
what is there is one. A placeholder, a date, a path or a call that fetches a secret from
elsewhere is not; prose needs a value that looks machine-made.
"""

from __future__ import annotations

import re

from aiproxy.privacy.recognizers.base import window

_UUID = re.compile(r"[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}")
#: Key words inside an environment variable's name that make its fallback value a secret.
_SECRET_ENV = re.compile(r"KEY|TOKEN|SECRET|PASSWORD|PASSWD|PASS|SID|AUTH|CREDENTIAL")
#: Values that are clearly not a secret: placeholders, templating, booleans, references.
_PLACEHOLDER = re.compile(
    r"""^(?:\$\{.*\}|\$[A-Z_][A-Z0-9_]*|\{\{.*\}\}|<.*>|%\(.*\)s|\*+|x+|\.+|-+|_+
    |true|false|null|none|nil|yes|no|required|optional|string|str|bool|int|env|redacted
    |changeme|change-me|change_me|password|secret|example|sample|test|demo|dummy|<.*
    |minioadmin|0123456789abcdef|1234567890|12345678|abcdefgh
    |1password|lastpass|bitwarden|keepass(?:xc)?|dashlane|keeper|vaultwarden
    |\[redacted\]|your[_-]?\w*|changeme_placeholder|os\.environ.*|process\.env.*
    |getenv\(.*|settings\..*|config\..*|self\..*
    |(?:var|local|module|data|secrets|vars|inputs|params|values|each)\.[\w.\-]+)$""",
    re.IGNORECASE | re.VERBOSE,
)


#: A date or a time is when something happened: "Password reset — 2025-10-08".
_DATE_OR_TIME = re.compile(r"\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}|\d{1,2}:\d{2}(?::\d{2})?")


def plausible_secret(value: str) -> bool:
    value = value.strip("\"'`")
    return (
        len(value) >= 4
        and _PLACEHOLDER.match(value) is None
        and _DATE_OR_TIME.fullmatch(value) is None
    )


def mixed(value: str) -> bool:
    """Letters and digits both: a generated value, not a word or a number."""
    return any(c.isdigit() for c in value) and any(c.isalpha() for c in value)


def strong(value: str) -> bool:
    """Prose ("password is incorrect") needs a value that looks machine-made or mixed."""
    has_digit = any(c.isdigit() for c in value)
    has_symbol = any(not c.isalnum() for c in value)
    has_upper = any(c.isupper() for c in value[1:])
    return sum((has_digit, has_symbol, has_upper)) >= 1 and len(value) >= 6


#: "PWD=/srv/app", "--token-file ~/.config/x": a path names where a secret lives, if anything.
_PATH = re.compile(r"(?:~|\.{1,2})?/[A-Za-z_\-./]*")


def value_of(match: re.Match[str]) -> str:
    return match.group("value").rstrip(".,;:")


def strong_value(match: re.Match[str], text: str) -> bool:
    return strong(value_of(match))


def mixed_value(match: re.Match[str], text: str) -> bool:
    return mixed(value_of(match))


def mixed_strong(match: re.Match[str], text: str) -> bool:
    value = value_of(match)
    return mixed(value) and strong(value)


def not_a_path(match: re.Match[str], text: str) -> bool:
    """ "PWD=/srv/app": a working directory, not a password."""
    return _PATH.fullmatch(value_of(match)) is None


#: A function's (dotted) name, as in "os.getenv(": what a call returns is not written here.
_NAME = re.compile(r"[A-Za-z_][\w.]*")


def assigned(match: re.Match[str], text: str) -> bool:
    """ "existingSecret: redis-auth" names a stored secret; it is not one. Nor is
    "API_KEY = os.getenv(…)": a call fetches the secret from elsewhere."""
    key = match.group("key").lower()
    if key.startswith("existing"):
        return False
    if key.endswith("hmac") and len(value_of(match)) < 16:
        return False  # "hmac: sha256" names the algorithm
    value = value_of(match)
    call = text[match.end() : match.end() + 1] == "(" and _NAME.fullmatch(value)
    return not call and not _constant(match, value) and not_a_path(match, text)


#: "password=DB_PASS": a constant's name in code, unquoted; the value is defined elsewhere.
_CONSTANT = re.compile(r"[A-Z]+(?:_[A-Z]+)+")


#: "password = twilioAuthToken": a camelCase variable's name in code, not its value.
IDENTIFIER = r"[a-z]+(?:[A-Z][a-z]+){1,5}"
_IDENTIFIER = re.compile(IDENTIFIER)


def _constant(match: re.Match[str], value: str) -> bool:
    if not match.groupdict().get("q") and _IDENTIFIER.fullmatch(value):
        return True
    return not match.groupdict().get("q") and _CONSTANT.fullmatch(value) is not None


def spaced(match: re.Match[str], text: str) -> bool:
    return mixed_strong(match, text) and not_a_path(match, text)


def session(match: re.Match[str], text: str) -> bool:
    """A log's "session=<uuid>" correlates lines; cookies are not UUIDs."""
    return mixed_value(match, text) and _UUID.fullmatch(value_of(match)) is None


_PASSWORD_WORD = re.compile(
    r"(?i)pass(?:word|wort|code|phrase)\b|\bpass\b|\bpw\b|contrase|senha|mot de passe"
    r"|wachtwoord|kennwort|has[łl]o|[şs]ifre|parola|l[öo]senord|salasana|密码|密碼|パスワード|비밀번호"
    r"|passord|adgangskode|koden|\bpwd\b"
)


#: Getting back into an account: what "the old one" is about when no password word is near
#: ("I reset it like you said but now it wants the old one too").
_ACCOUNT_ACCESS = re.compile(
    r"(?i)\breset\s+(?:it|mine|my|the)\b|\blog(?:ged)?[ \-]?in\b|\bsign[ \-]?in\b"
    r"|\blocked\s+out\b|\bget\s+(?:back\s+)?into\b"
)


def new_password(match: re.Match[str], text: str) -> bool:
    """ "changed it to Friday" says nothing of a password; a password word nearby does."""
    near = text[max(0, match.start() - 300) : match.start()]
    return strong_value(match, text) and _PASSWORD_WORD.search(near) is not None


def reset_password(match: re.Match[str], text: str) -> bool:
    """ "The old one was Quillfield2023": a password word, or a reset or login, nearby."""
    near = text[max(0, match.start() - 300) : match.start()]
    return new_password(match, text) or (
        strong_value(match, text) and _ACCOUNT_ACCESS.search(near) is not None
    )


_CLOSING_QUOTE = {'"': '"', "'": "'", "`": "`", "«": "»", "\u201c": "\u201d", "\u201e": "\u201c"}
#: What a quoted word after "password is" may say of the password instead of being it.
_STATE = re.compile(
    r"(?i)(?:in)?correct|wrong|invalid|expired|required|changed|reset|weak|strong|blank|empty"
    r"|hidden|masked|locked|unknown|forgotten"
)


def strong_or_quoted(match: re.Match[str], text: str) -> bool:
    """A plain word is a password when quoted as one: 'wachtwoord bij de deur is "regenboog"'."""
    if strong_value(match, text):
        return True
    start, end = match.span("value")
    value = value_of(match)
    opening = text[start - 1 : start]
    return (
        opening in _CLOSING_QUOTE
        and text[end : end + 1] == _CLOSING_QUOTE[opening]
        and len(value) >= 5
        and plausible_secret(value)
        and _STATE.fullmatch(value) is None
    )


#: Words that offer a value as a sample: "the public demo key `pw_test_4eC3…`", "the jwt.io
#: sample token eyJhbGci…", "the docs' key".
_SAMPLE_BEFORE = re.compile(r"(?i)\b(?:public|demo|example|sample|test|dummy|fake|docs?)\b")


def offered_as_sample(text: str, start: int) -> bool:
    """Whether the 30 characters before `start` offer what follows as a sample."""
    return _SAMPLE_BEFORE.search(text, max(0, start - 30), start) is not None


def plausible_value(match: re.Match[str], text: str) -> bool:
    return plausible_secret(value_of(match))


def plausible_define(match: re.Match[str], text: str) -> bool:
    """ "put your unique phrase here" is WordPress's blank."""
    return plausible_secret(match.group("value")) and "unique phrase" not in match.group("value")


def generated(match: re.Match[str], text: str) -> bool:
    """Digits, letters, and a symbol or a capital after the first letter: "Rz!Nord2025#"."""
    value = value_of(match)
    symbol_or_capital = any(not c.isalnum() for c in value) or any(c.isupper() for c in value[1:])
    return mixed(value) and symbol_or_capital and not_a_path(match, text)


def code_or_strong(match: re.Match[str], text: str) -> bool:
    """A door lock's "0415*" or "#3906" is as much a password as "Hk7!q2Lm"."""
    return re.fullmatch(r"[#*]?\d{4,8}[#*]?", value_of(match)) is not None or strong_value(
        match, text
    )


#: SNMP's shipped defaults: known to everyone, so nobody's secret.
_DEFAULT_COMMUNITIES = frozenset({"public", "private"})


def community(match: re.Match[str], text: str) -> bool:
    value = value_of(match)
    return value.lower() not in _DEFAULT_COMMUNITIES and (mixed(value) or strong(value))


def secret_env(match: re.Match[str], text: str) -> bool:
    return _SECRET_ENV.search(match.group("key").upper()) is not None


def aws_secret(match: re.Match[str], text: str) -> bool:
    """Forty base64 characters are a secret only near both "aws" and "secret"."""
    value = value_of(match)
    near = window(text, match.start(), match.end(), before=80)
    looks_random = any(c.isdigit() for c in value) and any(c.isupper() for c in value)
    return "aws" in near and "secret" in near and looks_random
