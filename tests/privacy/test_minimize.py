"""Minimization: fields, attachments, output caps and input budgets."""

from __future__ import annotations

from typing import Any

import pytest

from aiproxy.errors import ContentNotAllowed, FieldNotAllowed, OverTokenBudget
from aiproxy.policy.schema import Feature
from aiproxy.privacy.minimize import cap_output, drop_fields, fit_budget, minimize


def feature(**overrides: Any) -> Feature:
    return Feature.model_validate({"purpose": "t", "models": ["m"], **overrides})


def words(body: dict[str, Any]) -> int:
    return sum(len(str(m.get("content", "")).split()) for m in body.get("messages", []))


def test_fields_outside_the_allowlist_are_dropped_and_listed() -> None:
    kept, dropped = drop_fields({"model": "m", "seed": 1, "logit_bias": {}}, ["model"])
    assert kept == {"model": "m"}
    assert dropped == ["logit_bias", "seed"]


def test_streaming_is_refused_rather_than_silently_dropped() -> None:
    with pytest.raises(FieldNotAllowed):
        drop_fields({"model": "m", "stream": True}, ["model"])


def test_output_cap_lowers_and_fills_in_the_limit() -> None:
    assert cap_output({"max_tokens": 900}, "chat", 100) == {"max_tokens": 100}
    assert cap_output({"max_tokens": 50}, "messages", 100) == {"max_tokens": 50}
    assert cap_output({}, "chat", 100) == {"max_completion_tokens": 100}
    assert cap_output({}, "responses", 100) == {"max_output_tokens": 100}
    assert cap_output({}, "embeddings", 100) == {}


@pytest.mark.parametrize("value", [-1, 0, "10", True])
def test_output_cap_refuses_non_positive_or_non_integer_values(value: object) -> None:
    with pytest.raises(FieldNotAllowed):
        cap_output({"max_tokens": value}, "chat", 100)


def test_attachments_are_refused_unless_allowed() -> None:
    body = {"model": "m", "messages": []}
    with pytest.raises(ContentNotAllowed) as info:
        minimize(body, "chat", feature(), lambda b: {"images"}, words)
    assert "images" in info.value.message
    allowed = feature(attachments={"images": True})
    assert minimize(body, "chat", allowed, lambda b: {"images"}, words).body == body


def test_over_budget_is_refused_with_count_and_limit() -> None:
    body = {"messages": [{"role": "user", "content": "one two three four"}]}
    with pytest.raises(OverTokenBudget) as info:
        fit_budget(body, "chat", feature(max_input_tokens=3), words)
    assert info.value.details == {"tokens": 4, "limit": 3}


def test_truncation_drops_whole_turns_oldest_first_and_keeps_system() -> None:
    messages = [
        {"role": "system", "content": "sys"},
        {"role": "user", "content": "a a a"},
        {"role": "assistant", "content": None, "tool_calls": [{"id": "1"}]},
        {"role": "tool", "content": "b b b"},
        {"role": "user", "content": "c c"},
        {"role": "assistant", "content": "d"},
        {"role": "user", "content": "e"},
    ]
    rule = feature(max_input_tokens=5, overflow="truncate_history")
    body, tokens, dropped = fit_budget({"messages": messages}, "chat", rule, words)
    assert body["messages"] == [messages[0], *messages[4:]]
    assert (tokens, dropped) == (5, 1)


def test_truncation_never_drops_the_last_turn() -> None:
    messages = [{"role": "user", "content": "far too many words here"}]
    rule = feature(max_input_tokens=2, overflow="truncate_history")
    with pytest.raises(OverTokenBudget):
        fit_budget({"messages": messages}, "chat", rule, words)
