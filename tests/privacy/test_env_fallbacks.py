"""Secrets shipped in code as an environment variable's fallback."""

from __future__ import annotations

import pytest

from aiproxy.privacy.recognizers.env_fallbacks import EnvFallbackRecognizer
from tests.privacy.found import values


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            'token = os.environ.get("TWILIO_AUTH_TOKEN", "9f4c2a7e1b8d3f6a0c5e")',
            "9f4c2a7e1b8d3f6a0c5e",
        ),
        ('ENV.fetch("MAILCHIMP_KEY") { "3f8c9a2e7b1d4f60" }', "3f8c9a2e7b1d4f60"),
        ('const s = process.env.NEXTAUTH_SECRET ?? "f3Kq9Lm2Vx7Rt4Wz";', "f3Kq9Lm2Vx7Rt4Wz"),
    ],
)
def test_a_secret_variables_fallback_is_a_secret(text: str, value: str) -> None:
    assert values(text, EnvFallbackRecognizer()) == [value]


def test_a_fallback_of_a_variable_that_names_no_secret_is_not() -> None:
    assert values('region = os.getenv("AWS_REGION", "eu-west-1b")', EnvFallbackRecognizer()) == []
