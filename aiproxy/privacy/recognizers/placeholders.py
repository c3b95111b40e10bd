"""Template blanks that look like credentials: "sk_test_REPLACE_ME", "CHANGE_ME_BEFORE_DEPLOY".

Shared by the secret recognizers. A value is a blank when its tail after a vendor prefix is
capitals spelling such a word, when its characters are crossed out ("npm_XXXX…"), or when it
names itself a development default and has no digits ("changeme-insecure-test-key"), or
when it is one of AWS's documented keys, which end in EXAMPLE or EXAMPLEKEY
(AKIAIOSFODNN7EXAMPLE), or jwt.io's sample token (John Doe, subject 1234567890): they are in
every tutorial and nobody's account has them.
Anything with the randomness of a real key (digits, mixed case) stays a secret.
"""

from __future__ import annotations

import base64
import binascii
import json
import re

_BLANK_WORD = re.compile(
    r"REPLACE|CHANGE|YOUR|EXAMPLE|PLACEHOLDER|DUMMY|FAKE|TODO|FIXME|INSERT|ENTER|REDACTED"
)
#: What follows a vendor prefix in a blank: capitals and separators only.
_BLANK_TAIL = re.compile(r"(?:[a-z]+[_\-])*(?P<tail>[A-Z][A-Z_\-]*)")


#: "npm_XXXXXXXX…", "AKIAXXXXXXXXXXXXXXXX": a key's shape with its characters crossed out.
_CROSSED_OUT = re.compile(r"(?:[A-Za-z]+[_\-])*[A-Za-z]*(?:X{8,}|x{8,}|\*{8,}|0{12,})")


#: Development defaults named as such: "changeme-insecure-test-key", "replace-me-later".
_SAYS_BLANK = re.compile(r"(?i)change[-_]?me|replace[-_]?me|insecure|placeholder|dummy|your[-_]")


#: A fixture that says it is one: "sk_test_FAKE_for_unit_tests_only_0000".
_SAYS_FAKE = re.compile(r"(?i)fake|for[-_]tests?|tests?[-_]only|not[-_]a[-_]real|do[-_]not[-_]use")


#: A URL or token whose last part is crossed out: "…/services/T00000000/B00000000/XXXX…".
_CROSSED_OUT_TAIL = re.compile(r"[/_\-.:=](?:X{8,}|\*{8,}|0{12,})")


#: AWS's documentation keys: "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
#: the TOTP secret of every authenticator tutorial, "JBSWY3DPEHPK3PXP".
_DOCUMENTED = re.compile(r"[A-Za-z0-9/+]{8,}EXAMPLE(?:KEY)?|JBSWY3DPEHPK3PXP")


#: The payload of jwt.io's sample token, whatever algorithm its header names.
_SAMPLE_JWT_PAYLOAD = {"sub": "1234567890", "name": "John Doe", "iat": 1516239022}


def _sample_jwt(value: str) -> bool:
    parts = value.split(".")
    if len(parts) != 3 or not value.startswith("ey"):
        return False
    try:
        payload = base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4))
        return bool(json.loads(payload) == _SAMPLE_JWT_PAYLOAD)
    except (binascii.Error, ValueError, UnicodeDecodeError, RecursionError):
        return False  # a payload nested too deep to parse is no sample


def _mostly_crossed_out(value: str) -> bool:
    """ "pat-na1-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx": a key's shape, nearly all crossed out."""
    chars = [c for c in value if c.isalnum() or c == "*"]
    crossed = sum(c in "xX*" for c in chars)
    return len(chars) >= 12 and crossed >= 0.6 * len(chars)


def is_placeholder(value: str) -> bool:
    value = value.strip("\"'`")
    if _mostly_crossed_out(value) or _DOCUMENTED.fullmatch(value) or _sample_jwt(value):
        return True
    if _CROSSED_OUT.fullmatch(value):
        return True
    tail = _CROSSED_OUT_TAIL.search(value, max(0, len(value) - 65))
    if tail and tail.end() == len(value):
        return True
    if _SAYS_BLANK.search(value) and not any(c.isdigit() for c in value):
        return True
    if _SAYS_FAKE.search(value):
        return True
    match = _BLANK_TAIL.fullmatch(value)
    return match is not None and _BLANK_WORD.search(match.group("tail")) is not None
