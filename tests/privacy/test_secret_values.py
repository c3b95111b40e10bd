"""A credential rule's test of its value: placeholders, dates, paths and calls are none."""

from __future__ import annotations

import re

import pytest

from aiproxy.privacy.recognizers.secret_values import assigned, generated, plausible_secret

_ASSIGNED = re.compile(r"(?P<key>\w+)\s*=\s*(?P<value>\S+)")


@pytest.mark.parametrize("value", ["${DB_PASSWORD}", "changeme", "2025-10-08", "<your-key>"])
def test_templates_blanks_and_dates_are_no_secrets(value: str) -> None:
    assert not plausible_secret(value)


def test_a_generated_value_has_digits_letters_and_a_symbol_or_capital() -> None:
    match = re.match(r"(?P<value>\S+)", "Rz!Nord2025#Umzug")
    assert match is not None and generated(match, "Rz!Nord2025#Umzug")
    plain = re.match(r"(?P<value>\S+)", "reset2024")
    assert plain is not None and not generated(plain, "reset2024")


@pytest.mark.parametrize(
    ("text", "expected"),
    [("PWD=/srv/app", False), ("existingSecret=redis-auth", False), ("TOKEN=f3Kp9Lm2Qx7V", True)],
)
def test_an_assignment_of_a_path_or_a_stored_secrets_name_is_no_secret(
    text: str, expected: bool
) -> None:
    match = _ASSIGNED.match(text)
    assert match is not None and assigned(match, text) is expected
