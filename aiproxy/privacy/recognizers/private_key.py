"""SECRET: PEM / OpenSSH / PGP private key blocks, including truncated ones without an END line."""

from __future__ import annotations

import re

from aiproxy.privacy.recognizers.base import RegexRecognizer, Rule

_LABEL = r"(?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?"


class PrivateKeyRecognizer(RegexRecognizer):
    """A pasted key is always a secret; a truncated paste still leaks most of the key."""

    ENTITY = "SECRET"
    RULES = (
        Rule(
            "pem_block",
            re.compile(rf"-----BEGIN {_LABEL}-----[\s\S]{{0,20000}}?-----END {_LABEL}-----"),
            1.0,
        ),
        Rule(
            "pem_truncated",
            re.compile(rf"-----BEGIN {_LABEL}-----[A-Za-z0-9+/=:\-,\s]{{0,20000}}"),
            0.9,
        ),
    )

    def prefilter(self, text: str) -> bool:
        return "PRIVATE KEY" in text
