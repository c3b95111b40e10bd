"""SECRET: base64 that decodes to a credential, as Kubernetes Secrets and CI variables keep them.

`url: cG9zdGdyZXM6Ly9iaWxs…` is "postgres://billing:Wq7!…@pg-billing/billing" to anyone who
decodes it, and the key name ("url") says nothing. So the value is decoded and the decoded text
is read by the same secret recognizers as plain text; if they find anything, the whole encoded
value is the secret (a placeholder for part of it would leave the rest decodable).
"""

from __future__ import annotations

import base64
import binascii
import re

from aiproxy.privacy.recognizers.api_keys import ApiKeyRecognizer
from aiproxy.privacy.recognizers.base import RegexRecognizer, Rule
from aiproxy.privacy.recognizers.command_lines import CommandLineSecretRecognizer
from aiproxy.privacy.recognizers.credentials import CredentialRecognizer
from aiproxy.privacy.recognizers.env_fallbacks import EnvFallbackRecognizer
from aiproxy.privacy.recognizers.password_nearby import NearbyPasswordRecognizer
from aiproxy.privacy.recognizers.password_prose import PasswordProseRecognizer

#: Longer runs are files (certificates, images), which other checks handle or refuse.
_MAX_RUN = 8192


def decode(value: str) -> str | None:
    """The text a base64 value stands for, or None if it is not base64 of readable text."""
    padded = value + "=" * (-len(value) % 4)
    try:
        raw = base64.b64decode(padded, validate=True)
        text = raw.decode("utf-8")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None
    readable = all(c.isprintable() or c in "\n\r\t" for c in text)
    return text if text and readable else None


#: "-----BEGIN … PRIVATE KEY" opens the decoding: a key file, whole or cut short in a paste
#: (a truncated key no longer decodes as text, but its head still says what it is).
_PRIVATE_KEY_HEAD = re.compile(r"-----BEGIN [A-Z ]{0,20}PRIVATE KEY")


def _private_key_head(value: str) -> bool:
    if not value.startswith("LS0tLS1CRUdJT"):  # base64 of "-----BEGIN"
        return False
    head = value[:48]
    try:
        raw = base64.b64decode(head[: len(head) // 4 * 4], validate=True)
    except (binascii.Error, ValueError):
        return False
    return _PRIVATE_KEY_HEAD.match(raw.decode("ascii", "replace")) is not None


#: What HTTP Basic and LDAP binds encode: "svc_reporting:Wint3r#Harb0ur".
_USER_PASSWORD = re.compile(r"[\w.\-@]{2,64}:(?P<password>[^\s:]{6,128})")


def _user_and_password(decoded: str) -> bool:
    pair = _USER_PASSWORD.fullmatch(decoded.strip())
    if pair is None:
        return False
    password = pair.group("password")
    return any(c.isdigit() for c in password) and any(c.isalpha() for c in password)


class EncodedSecretRecognizer(RegexRecognizer):
    """Flags a base64 value when the credential recognizers find a secret in its decoding."""

    ENTITY = "SECRET"
    RULES = (
        Rule(
            "base64",
            re.compile(
                rf"(?<![A-Za-z0-9+/=\-_])[A-Za-z0-9+/]{{20,{_MAX_RUN}}}={{0,2}}(?![A-Za-z0-9+/=\-_])"
            ),
            0.85,
        ),
    )

    def __init__(self) -> None:
        super().__init__()
        self._readers = (
            CredentialRecognizer(),
            CommandLineSecretRecognizer(),
            PasswordProseRecognizer(),
            NearbyPasswordRecognizer(),
            EnvFallbackRecognizer(),
            ApiKeyRecognizer(),
        )

    def prefilter(self, text: str) -> bool:
        return len(text) >= 20

    def check(self, match: re.Match[str], rule: Rule, text: str) -> float | None:
        value = match.group()
        if value.isalpha() or value.isdigit():
            return None  # a word run or a number, not an encoding
        if _private_key_head(value):
            return rule.score
        decoded = decode(value)
        if decoded is None:
            return None
        found = any(next(iter(r.spans(decoded)), None) for r in self._readers)
        return rule.score if found or _user_and_password(decoded) else None
