"""SECRET: a secret written into code as an environment variable's fallback.

`os.environ.get("TWILIO_AUTH_TOKEN", "9f4c…")` and `process.env.NEXTAUTH_SECRET ?? "f3Kq…"`
read the secret from the environment, and ship it anyway for when the variable is unset.
The variable's name says it is a secret (KEY, TOKEN, SECRET, PASSWORD, …); the value needs
only the credentials' shared check.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import ClassVar

from aiproxy.privacy.recognizers.base import Rule
from aiproxy.privacy.recognizers.credentials import CredentialRecognizer
from aiproxy.privacy.recognizers.secret_values import secret_env


class EnvFallbackRecognizer(CredentialRecognizer):
    """Shares the credentials' value check (no placeholder, no publishable key name)."""

    RULES: ClassVar[Sequence[Rule]] = (
        Rule(  # os.environ.get("TWILIO_AUTH_TOKEN", "9f4c…"): a fallback written into code
            "env_fallback",
            re.compile(
                r"(?:getenv|environ\.get|env\.get|ENV\.fetch)\(\s*[\"'](?P<key>[A-Za-z0-9_]+)[\"']"
                # Ruby's block form too: ENV.fetch("MAILCHIMP_KEY") { "3f8c…" }
                r"(?:\s*,\s*|\s*\)\s*\{\s*)[\"'](?P<value>[^\s\"']{8,256})[\"']"
            ),
            0.85,
            "value",
            accept=secret_env,
        ),
        Rule(  # JavaScript's fallback: process.env.NEXTAUTH_SECRET ?? "f3Kq…", … || '…'
            "js_env_fallback",
            re.compile(
                r"process\.env(?:\.|\[[\"'])(?P<key>[A-Za-z0-9_]+)(?:[\"']\])?"
                r"\s*(?:\?\?|\|\|)=?\s*(?P<q>[\"'`])(?P<value>[^\s\"'`]{8,256})(?P=q)"
            ),
            0.85,
            "value",
            accept=secret_env,
        ),
    )
