"""EMAIL_ADDRESS: RFC-5322-ish local part at a domain with an alphabetic top-level label."""

from __future__ import annotations

import re

from aiproxy.privacy.recognizers.base import RegexRecognizer, Rule

_URL_USERINFO = re.compile(r"://[^\s/@]*:[^\s/@]*$")
#: "Message-ID: <20251014074107.4F2A1C@mail.example.pl>": a message's id, nobody's mailbox.
_MESSAGE_ID = re.compile(r"(?i)\b(?:message-id|in-reply-to|references|content-id)\s*:[^\n]*<$")
#: Nobody's mailbox: a generic name at a domain reserved for examples (RFC 2606), as in
#: "test@example.com" or "noreply@mail.example.com", or a cloud service account. A person's
#: name at an example domain still counts: writers use those for real-looking data too.
_NOBODY = re.compile(
    r"(?i)(?:(?:test|tester|user|username|admin|noreply|no-reply|donotreply|do-not-reply|jane\.doe"
    r"|john\.doe|janedoe|johndoe|foo|bar|someone|somebody|name|email|you|your\.name|me|qa|dev"
    r"|example)(?:[+.][\w\-]+)?@(?:[\w\-]+\.)*(?:example\.(?:com|org|net)"
    r"|[\w\-]+\.(?:example|test|invalid|localhost))"
    r"|[^@]+@[\w\-]+\.iam\.gserviceaccount\.(?:example\.)?com)"
)


#: An address as written, for the rules that read what surrounds one (email_names).
ADDRESS = re.compile(
    r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9](?:[A-Za-z0-9._%+\-]{0,63})"
    # a Korean or Japanese particle may touch the address: "…@kakao.com으로"
    r"@(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.){1,8}[A-Za-z]{2,24}"
    r"(?![A-Za-z0-9_\-])"
)


class EmailAddressRecognizer(RegexRecognizer):
    """Deliberately broad: an e-mail address is always personal data or a contact point."""

    ENTITY = "EMAIL_ADDRESS"
    RULES = (
        Rule("email", ADDRESS, 1.0),
        Rule(  # URL-encoded ("noor.haddad%40example.com") or OCR-spaced ("tuan.ng @example.com")
            "email_mangled",
            re.compile(
                r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9][A-Za-z0-9_+\-]*[._][A-Za-z0-9._+\-]{0,60}"
                r"(?:%40| @ ?|@ )(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.){1,8}"
                r"[A-Za-z]{2,24}\b"
            ),
            0.9,
        ),
        Rule(  # an airline record's contact, "@" written "//": "SSR CTCE BA HK1/A.B//GMAIL.COM"
            "airline_ctce",
            re.compile(
                r"(?m)^[^\n]*\bCTCE\b[^\n]*?/(?P<value>[A-Z0-9][A-Z0-9._\-]*//(?:[A-Z0-9\-]+\.)+"
                r"[A-Z]{2,24})\b"
            ),
            0.9,
            "value",
        ),
    )

    def prefilter(self, text: str) -> bool:
        return "@" in text or "%40" in text or "CTCE" in text

    def check(self, match: re.Match[str], rule: Rule, text: str) -> float | None:
        """`scheme://user:password@host` and `scheme://token@host` are credentials in a URL,
        not addresses."""
        line_start = text.rfind("\n", 0, match.start()) + 1
        before = text[max(line_start, match.start() - 300) : match.start()]
        if _URL_USERINFO.search(before) or before.endswith("://"):
            return None  # "https://4f8a…@o4488.ingest.sentry.io": a key in a URL
        if _MESSAGE_ID.search(before):
            return None
        if _NOBODY.fullmatch(match.group()):
            return None
        return rule.score
