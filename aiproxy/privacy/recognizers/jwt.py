"""SECRET: JSON Web Tokens, accepted only when the header decodes to a JSON object."""

from __future__ import annotations

import base64
import binascii
import json
import re

from aiproxy.privacy.recognizers.base import RegexRecognizer, Rule
from aiproxy.privacy.recognizers.placeholders import is_placeholder

_PART = r"[A-Za-z0-9_\-]"


def _b64url_json_object(part: str) -> bool:
    try:
        raw = base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))
        return isinstance(json.loads(raw), dict)
    except RecursionError:
        return True  # JSON nested too deep to parse: flagged rather than failing detection
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return False


class JwtRecognizer(RegexRecognizer):
    """Bearer tokens grant access on their own; a valid-looking header is enough to flag one."""

    ENTITY = "SECRET"
    RULES = (
        Rule(
            "jwt",
            re.compile(
                rf"(?<![A-Za-z0-9_\-.])ey{_PART}{{8,}}\.{_PART}{{8,}}\.{_PART}{{0,1024}}"
                rf"(?![A-Za-z0-9_\-])"
            ),
            0.95,
        ),
    )

    def prefilter(self, text: str) -> bool:
        return "ey" in text

    def check(self, match: re.Match[str], rule: Rule, text: str) -> float | None:
        header = match.group().split(".", 1)[0]
        if not _b64url_json_object(header) or is_placeholder(match.group()):
            return None  # jwt.io's sample token is a placeholder
        return rule.score
