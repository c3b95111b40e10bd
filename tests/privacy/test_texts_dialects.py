"""Text slots of the Responses, Anthropic Messages and embeddings request shapes."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from aiproxy.errors import UninspectableContent
from aiproxy.privacy.texts import EMBEDDED_JSON, Path, apply, attachment_kinds, text_slots


def slots_of(body: dict[str, Any], dialect: str) -> dict[Path, str]:
    return {slot.path: slot.text for slot in text_slots(body, dialect)}


def upper_all(body: dict[str, Any], dialect: str) -> dict[str, Any]:
    return apply(body, {path: text.upper() for path, text in slots_of(body, dialect).items()})


RESPONSES: dict[str, Any] = {
    "model": "gpt-4o-mini",
    "instructions": "be brief",
    "input": [
        {"role": "user", "content": "plain"},
        {"type": "message", "role": "user", "content": [{"type": "input_text", "text": "part"}]},
        {
            "type": "message",
            "role": "assistant",
            "content": [{"type": "output_text", "text": "out"}],
        },
        {"type": "function_call", "call_id": "c1", "name": "f", "arguments": '{"who": "jane"}'},
        {"type": "function_call_output", "call_id": "c1", "output": "result"},
        {
            "type": "function_call_output",
            "call_id": "c2",
            "output": [{"type": "input_text", "text": "r2"}],
        },
        {
            "type": "reasoning",
            "id": "rs_1",
            "summary": [{"type": "summary_text", "text": "thought"}],
            "encrypted_content": "gAAA",
        },
        {"type": "item_reference", "id": "msg_1"},
    ],
}


def test_responses_slots_cover_items_when_input_is_list() -> None:
    assert slots_of(RESPONSES, "responses") == {
        ("instructions",): "be brief",
        ("input", 0, "content"): "plain",
        ("input", 1, "content", 0, "text"): "part",
        ("input", 2, "content", 0, "text"): "out",
        ("input", 3, "arguments", EMBEDDED_JSON, "who"): "jane",
        ("input", 4, "output"): "result",
        ("input", 5, "output", 0, "text"): "r2",
        ("input", 6, "summary", 0, "text"): "thought",
    }


def test_responses_round_trip_when_all_uppercased() -> None:
    result = upper_all(RESPONSES, "responses")
    assert json.loads(result["input"][3]["arguments"]) == {"who": "JANE"}
    assert result["input"][6]["encrypted_content"] == "gAAA"
    assert result["instructions"] == "BE BRIEF"


def test_responses_input_string_is_slot_when_string() -> None:
    assert slots_of({"input": "hello"}, "responses") == {("input",): "hello"}


def test_responses_prompt_variables_are_slots_when_present() -> None:
    body = {
        "prompt": {
            "id": "p",
            "variables": {"name": "jane", "doc": {"type": "input_text", "text": "t"}},
        }
    }
    assert slots_of(body, "responses") == {
        ("prompt", "variables", "name"): "jane",
        ("prompt", "variables", "doc", "text"): "t",
    }


def test_responses_unknown_item_is_refused_when_present() -> None:
    body = {"input": [{"type": "computer_call_output", "output": {}}]}
    with pytest.raises(UninspectableContent, match=re.escape("input[0]")):
        text_slots(body, "responses")


def test_responses_attachments_reported_when_present() -> None:
    body = {
        "input": [
            {
                "role": "user",
                "content": [
                    {"type": "input_image", "image_url": "x"},
                    {"type": "input_file", "file_id": "f"},
                ],
            }
        ]
    }
    assert attachment_kinds(body, "responses") == {"images", "files"}


MESSAGES: dict[str, Any] = {
    "model": "claude-3-5-haiku",
    "system": [{"type": "text", "text": "sys"}],
    "messages": [
        {"role": "user", "content": "hello"},
        {
            "role": "assistant",
            "content": [
                {"type": "thinking", "thinking": "private", "signature": "sig"},
                {"type": "redacted_thinking", "data": "opaque"},
                {"type": "text", "text": "calling"},
                {
                    "type": "tool_use",
                    "id": "t1",
                    "name": "f",
                    "input": {"who": "jane", "n": 2, "list": ["x", {"y": "z"}]},
                },
            ],
        },
        {
            "role": "user",
            "content": [
                {"type": "tool_result", "tool_use_id": "t1", "content": "found jane"},
                {
                    "type": "tool_result",
                    "tool_use_id": "t2",
                    "content": [{"type": "text", "text": "more"}],
                },
                {"type": "tool_result", "tool_use_id": "t3"},
            ],
        },
    ],
}


def test_messages_slots_cover_blocks_when_mixed() -> None:
    assert slots_of(MESSAGES, "messages") == {
        ("system", 0, "text"): "sys",
        ("messages", 0, "content"): "hello",
        ("messages", 1, "content", 2, "text"): "calling",
        ("messages", 1, "content", 3, "input", "who"): "jane",
        ("messages", 1, "content", 3, "input", "list", 0): "x",
        ("messages", 1, "content", 3, "input", "list", 1, "y"): "z",
        ("messages", 2, "content", 0, "content"): "found jane",
        ("messages", 2, "content", 1, "content", 0, "text"): "more",
    }


def test_messages_thinking_blocks_pass_untouched_when_applying() -> None:
    result = upper_all(MESSAGES, "messages")
    assert result["messages"][1]["content"][0] == MESSAGES["messages"][1]["content"][0]
    assert result["messages"][1]["content"][3]["input"] == {
        "who": "JANE",
        "n": 2,
        "list": ["X", {"y": "Z"}],
    }


def test_messages_system_string_is_slot_when_string() -> None:
    assert slots_of({"system": "sys"}, "messages") == {("system",): "sys"}


def test_messages_system_refuses_when_block_not_text() -> None:
    with pytest.raises(UninspectableContent, match=re.escape("system[0]")):
        text_slots({"system": [{"type": "image"}]}, "messages")


def test_messages_unknown_block_is_refused_when_present() -> None:
    body = {"messages": [{"role": "user", "content": [{"type": "web_search_tool_result"}]}]}
    with pytest.raises(UninspectableContent, match=re.escape("messages[0].content[0]")):
        text_slots(body, "messages")


def test_messages_attachments_reported_when_present() -> None:
    body = {
        "messages": [
            {
                "role": "user",
                "content": [
                    {"type": "image", "source": {}},
                    {"type": "tool_result", "content": [{"type": "document", "source": {}}]},
                ],
            }
        ]
    }
    assert attachment_kinds(body, "messages") == {"images", "files"}
    assert text_slots(body, "messages") == []


def test_embeddings_slots_when_string_or_list() -> None:
    assert slots_of({"input": "one"}, "embeddings") == {("input",): "one"}
    assert slots_of({"input": ["a", "b"]}, "embeddings") == {("input", 0): "a", ("input", 1): "b"}


@pytest.mark.parametrize("value", [[1, 2, 3], [[1, 2], [3]], 7])
def test_embeddings_refused_when_token_ids(value: Any) -> None:
    with pytest.raises(UninspectableContent):
        text_slots({"input": value}, "embeddings")
