"""Redaction actions: each operator, and the registry policies name them by."""

from __future__ import annotations

import pytest

from aiproxy.privacy.actions import ACTIONS, Action, ActionContext, get_action
from aiproxy.privacy.pseudonyms import PseudonymMap

KEY = b"deployment-key-for-tests"


def context(hash_key: bytes = KEY) -> ActionContext:
    return ActionContext(pseudonyms=PseudonymMap(), hash_key=hash_key)


def test_registry_has_every_policy_action_when_loaded() -> None:
    assert set(ACTIONS) == {"pseudonymize", "replace", "mask", "hash"}
    assert all(isinstance(action, Action) for action in ACTIONS.values())
    assert all(name == action.name for name, action in ACTIONS.items())


def test_registry_is_read_only_when_mutated() -> None:
    with pytest.raises(TypeError):
        ACTIONS["evil"] = get_action("replace")  # type: ignore[index]


def test_get_action_raises_when_name_unknown() -> None:
    with pytest.raises(ValueError, match="unknown redaction action"):
        get_action("encrypt")


def test_only_pseudonymize_is_reversible_when_listed() -> None:
    assert {name for name, action in ACTIONS.items() if action.reversible} == {"pseudonymize"}


def test_pseudonymize_records_original_when_applied() -> None:
    ctx = context()
    placeholder = get_action("pseudonymize").apply("PERSON", "Jane Roe", ctx)
    assert placeholder == "<PERSON_1>"
    assert ctx.pseudonyms.original(placeholder) == "Jane Roe"


def test_pseudonymize_is_stable_when_value_repeats() -> None:
    ctx = context()
    action = get_action("pseudonymize")
    assert action.apply("PERSON", "Jane", ctx) == action.apply("PERSON", "Jane", ctx)


def test_replace_gives_bare_type_when_applied() -> None:
    ctx = context()
    assert get_action("replace").apply("PERSON", "Jane Roe", ctx) == "<PERSON>"
    assert not ctx.pseudonyms


@pytest.mark.parametrize(
    ("entity_type", "value", "expected"),
    [
        ("CREDIT_CARD", "4111 1111 1111 1234", "**** **** **** 1234"),
        ("CREDIT_CARD", "4111111111111234", "************1234"),
        ("PHONE_NUMBER", "+1 (555) 010-9876", "+* (***) ***-9876"),
        ("PERSON", "Jane Roe", "J*******"),
        ("EMAIL_ADDRESS", "jane@example.com", "j***************"),
        ("PERSON", "J", "J"),
    ],
)
def test_mask_keeps_expected_characters_when_applied(
    entity_type: str, value: str, expected: str
) -> None:
    assert get_action("mask").apply(entity_type, value, context()) == expected


def test_mask_keeps_short_card_when_fewer_than_four_digits() -> None:
    assert get_action("mask").apply("PHONE_NUMBER", "123", context()) == "123"


def test_hash_is_stable_when_same_key_and_value() -> None:
    action = get_action("hash")
    first = action.apply("PERSON", "Jane Roe", context())
    assert first == action.apply("PERSON", "Jane  Roe", context())
    assert first.startswith("<PERSON:")
    assert len(first) == len("<PERSON:") + 10 + 1


def test_hash_differs_when_key_differs() -> None:
    action = get_action("hash")
    assert action.apply("PERSON", "Jane", context(b"a")) != action.apply(
        "PERSON", "Jane", context(b"b")
    )


def test_hash_differs_when_type_differs() -> None:
    action = get_action("hash")
    assert (
        action.apply("PERSON", "Paris", context())[-11:]
        != action.apply("LOCATION", "Paris", context())[-11:]
    )


def test_hash_refuses_when_key_empty() -> None:
    with pytest.raises(ValueError, match="key"):
        get_action("hash").apply("PERSON", "Jane", context(b""))


def test_context_repr_hides_hash_key_when_printed() -> None:
    assert "deployment-key" not in repr(context())
