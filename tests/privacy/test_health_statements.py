"""English health statements: a predicate about someone, then the condition."""

from __future__ import annotations

import re

import pytest

from aiproxy.privacy.recognizers.health_statements import STATEMENTS

_ANY = re.compile("(?i)" + "|".join(f"(?:{source})" for source in STATEMENTS))


@pytest.mark.parametrize(
    "text",
    [
        "she was diagnosed with lupus in March",
        "he is recovering from a stroke",
        "my father has type 2 diabetes",
        "currently on dialysis three times a week",
    ],
)
def test_a_predicate_about_someone_names_their_condition(text: str) -> None:
    assert _ANY.search(text)


@pytest.mark.parametrize(
    "text", ["Diabetes Awareness Week starts Monday", "the dialysis unit moved to floor 3"]
)
def test_a_condition_named_without_a_predicate_is_no_statement(text: str) -> None:
    assert _ANY.search(text) is None
