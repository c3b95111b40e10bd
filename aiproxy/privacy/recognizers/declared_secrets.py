"""SECRET: values declared secret somewhere else than next to them.

A SQL dump's `INSERT INTO api_clients (id, name, client_secret, …) VALUES (7, 'Zapier',
'ocs_9Rk2…', …)` names the column once, rows away from the value; a Terraform variable names
itself in its block's header (`variable "cloudflare_api_token" {`) and holds the value in its
`default`; Consul's `acl { tokens { agent = "<uuid>" } }` makes a UUID a token. The
declaration says what the value is, so a value under it needs only to look generated, not to
match a vendor's format.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import ClassVar

from aiproxy.privacy.recognizers.base import Rule, Span
from aiproxy.privacy.recognizers.credentials import CredentialRecognizer
from aiproxy.privacy.recognizers.placeholders import is_placeholder
from aiproxy.privacy.recognizers.record_fields import strip_value
from aiproxy.privacy.recognizers.records import record_values
from aiproxy.privacy.recognizers.secret_values import mixed, mixed_value, plausible_secret

#: Column headers (normalised: lower case, single spaces) whose cells are credentials.
_SECRET_COLUMNS = frozenset(
    {
        *("client secret", "app secret", "api secret", "secret", "secret key", "api key"),
        *("access token", "refresh token", "auth token", "token", "password", "passwd"),
        *("webhook secret", "signing secret", "private key", "access key secret"),
    }
)


#: A list of one-time recovery codes under their name, as account exports keep them.
_CODE_LIST = re.compile(
    r"(?i)[\"']?(?:backup|recovery|mfa|2fa)[_\-]?codes[\"']?\s*[:=]\s*\[(?P<list>[^\[\]]{1,800})\]"
)
_QUOTED = re.compile(r"[\"'](?P<value>[A-Za-z0-9\-]{6,32})[\"']")


def _secret_cell(text: str, start: int, end: int) -> tuple[int, int] | None:
    start, end = strip_value(text, start, end)
    value = text[start:end]
    if len(value) < 8 or not mixed(value) or not plausible_secret(value) or is_placeholder(value):
        return None
    return start, end


class DeclaredSecretRecognizer(CredentialRecognizer):
    """Shares the credentials' value check (no placeholder, no publishable key name)."""

    RULES: ClassVar[Sequence[Rule]] = (
        Rule(  # variable "cloudflare_api_token" { … default = "Xk4nL9qV…" }
            "terraform_default",
            re.compile(
                r"\bvariable\s+\"(?P<key>[\w\-]*(?:token|secret|password|passwd|api_key|key))\"\s*"
                r"\{[^{}]{0,400}?\bdefault\s*=\s*\"(?P<value>[^\"\s]{8,512})\""
            ),
            0.85,
            "value",
            accept=mixed_value,
        ),
        Rule(  # a URL's key parameter: "…/deploy/srv-cn8k…?key=Xq7mR2vK9tLp4WzN"
            "url_key_parameter",
            re.compile(
                r"[?&](?P<key>key|api_?key|apikey|token|access_token|auth|secret|password|pwd)"
                r"=(?P<value>[A-Za-z0-9_\-.~%]{12,512})(?=[&\"'\s#]|$)"
            ),
            0.85,
            "value",
            accept=mixed_value,
        ),
        Rule(  # Consul's ACL tokens are UUIDs: acl { tokens { agent = "3f8a2c91-…" } }
            "consul_acl_token",
            re.compile(
                r"\btokens\s*\{[^{}]{0,200}?\b(?P<key>agent|default|master|initial_management"
                r"|agent_recovery|replication|dns)\s*=\s*\"(?P<value>[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}"
                r"[0-9a-f]{12})\""
            ),
            0.85,
            "value",
        ),
    )

    def spans(self, text: str) -> Iterator[Span]:
        yield from super().spans(text)
        for codes in _CODE_LIST.finditer(text):  # "backup_codes": ["4821-9930", …]
            for code in _QUOTED.finditer(text, codes.start("list"), codes.end("list")):
                yield Span(*code.span("value"), 0.85)
        for start, end in record_values(text, _SECRET_COLUMNS, _secret_cell):
            yield Span(start, end, 0.8)

    def prefilter(self, text: str) -> bool:
        return len(text) >= 20
