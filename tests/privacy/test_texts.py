"""Text slots: every string a provider would read, per dialect, and writing replacements back."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from aiproxy.errors import UninspectableContent
from aiproxy.privacy.texts import (
    EMBEDDED_JSON,
    Path,
    apply,
    attachment_kinds,
    describe,
    text_slots,
)


def slots_of(body: dict[str, Any], dialect: str) -> dict[Path, str]:
    return {slot.path: slot.text for slot in text_slots(body, dialect)}


def upper_all(body: dict[str, Any], dialect: str) -> dict[str, Any]:
    return apply(body, {path: text.upper() for path, text in slots_of(body, dialect).items()})


CHAT: dict[str, Any] = {
    "model": "gpt-4o-mini",
    "messages": [
        {"role": "system", "content": "sys prompt"},
        {"role": "developer", "content": [{"type": "text", "text": "dev note"}]},
        {"role": "user", "content": [{"type": "text", "text": "hi from jane"}]},
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {
                    "id": "call_1",
                    "type": "function",
                    "function": {
                        "name": "lookup",
                        "arguments": '{"name": "jane", "tags": ["a", 3, true], "n": 1}',
                    },
                }
            ],
        },
        {"role": "tool", "tool_call_id": "call_1", "content": "jane lives here"},
        {"role": "assistant", "content": [{"type": "refusal", "refusal": "no jane"}]},
        {"role": "assistant", "content": "ok", "refusal": "nope"},
    ],
    "tools": [{"type": "function", "function": {"name": "lookup", "description": "jane"}}],
}


def test_chat_slots_cover_every_role_when_messages_mixed() -> None:
    args = ("messages", 3, "tool_calls", 0, "function", "arguments", EMBEDDED_JSON)
    assert slots_of(CHAT, "chat") == {
        ("messages", 0, "content"): "sys prompt",
        ("messages", 1, "content", 0, "text"): "dev note",
        ("messages", 2, "content", 0, "text"): "hi from jane",
        (*args, "name"): "jane",
        (*args, "tags", 0): "a",
        ("messages", 4, "content"): "jane lives here",
        ("messages", 5, "content", 0, "refusal"): "no jane",
        ("messages", 6, "content"): "ok",
        ("messages", 6, "refusal"): "nope",
    }


def test_tool_descriptions_are_not_slots_when_tools_present() -> None:
    assert all(path[0] != "tools" for path in slots_of(CHAT, "chat"))


def test_apply_rewrites_embedded_json_when_arguments_redacted() -> None:
    result = upper_all(CHAT, "chat")
    arguments = result["messages"][3]["tool_calls"][0]["function"]["arguments"]
    assert json.loads(arguments) == {"name": "JANE", "tags": ["A", 3, True], "n": 1}
    assert result["messages"][2]["content"][0]["text"] == "HI FROM JANE"
    assert result["tools"] == CHAT["tools"]


def test_apply_never_mutates_input_when_replacing() -> None:
    before = copy.deepcopy(CHAT)
    upper_all(CHAT, "chat")
    assert before == CHAT


def test_apply_returns_equal_copy_when_no_replacements() -> None:
    result = apply(CHAT, {})
    assert result == CHAT
    assert result is not CHAT


def test_apply_keeps_unicode_when_reserializing_json() -> None:
    body = {
        "messages": [
            {
                "role": "assistant",
                "tool_calls": [{"type": "function", "function": {"arguments": '{"a": "é x"}'}}],
            }
        ]
    }
    path = ("messages", 0, "tool_calls", 0, "function", "arguments", EMBEDDED_JSON, "a")
    result = apply(body, {path: "ü <P_1>"})
    assert result["messages"][0]["tool_calls"][0]["function"]["arguments"] == '{"a": "ü <P_1>"}'


def test_invalid_json_arguments_are_plain_text_when_unparseable() -> None:
    body = {
        "messages": [
            {"role": "assistant", "tool_calls": [{"function": {"arguments": "{name: jane"}}]}
        ]
    }
    path = ("messages", 0, "tool_calls", 0, "function", "arguments")
    assert slots_of(body, "chat") == {path: "{name: jane"}
    assert apply(body, {path: "X"})["messages"][0]["tool_calls"][0]["function"]["arguments"] == "X"


def test_scalar_json_arguments_are_slot_when_top_level_string() -> None:
    body = {"messages": [{"role": "assistant", "tool_calls": [{"function": {"arguments": '"j"'}}]}]}
    path = ("messages", 0, "tool_calls", 0, "function", "arguments", EMBEDDED_JSON)
    assert slots_of(body, "chat") == {path: "j"}
    assert apply(body, {path: 'a"b'})["messages"][0]["tool_calls"][0]["function"][
        "arguments"
    ] == json.dumps('a"b')


def test_chat_prediction_and_legacy_function_call_are_slots_when_present() -> None:
    body = {
        "messages": [{"role": "assistant", "function_call": {"arguments": '{"q": "x"}'}}],
        "prediction": {"type": "content", "content": [{"type": "text", "text": "draft"}]},
    }
    assert set(slots_of(body, "chat").values()) == {"x", "draft"}


def test_custom_tool_call_input_is_slot_when_chat() -> None:
    body = {
        "messages": [
            {"role": "assistant", "tool_calls": [{"type": "custom", "custom": {"input": "raw"}}]}
        ]
    }
    assert slots_of(body, "chat") == {("messages", 0, "tool_calls", 0, "custom", "input"): "raw"}


def test_empty_strings_are_skipped_when_walking() -> None:
    body = {"messages": [{"role": "user", "content": ""}]}
    assert text_slots(body, "chat") == []


@pytest.mark.parametrize(
    ("body", "where"),
    [
        (
            {"messages": [{"role": "user", "content": [{"type": "video", "v": 1}]}]},
            "messages[0].content[0]",
        ),
        ({"messages": [{"role": "user", "content": 42}]}, "messages[0].content"),
        (
            {"messages": [{"role": "user", "content": [{"type": "text", "text": 5}]}]},
            "messages[0].content[0].text",
        ),
        ({"messages": "hello"}, "messages"),
        ({"messages": ["hello"]}, "messages[0]"),
        (
            {"messages": [{"role": "assistant", "tool_calls": [{"type": "weird"}]}]},
            "messages[0].tool_calls[0]",
        ),
        (
            {"messages": [{"role": "assistant", "tool_calls": [{"function": {"arguments": {}}}]}]},
            "messages[0].tool_calls[0].function.arguments",
        ),
    ],
)
def test_uninspectable_names_path_when_shape_unknown(body: dict[str, Any], where: str) -> None:
    with pytest.raises(UninspectableContent) as caught:
        text_slots(body, "chat")
    assert caught.value.param == where
    assert where in caught.value.message


def test_uninspectable_never_echoes_free_text_when_type_is_content() -> None:
    body = {"messages": [{"role": "user", "content": [{"type": "Jane Roe SSN 123-45-6789"}]}]}
    with pytest.raises(UninspectableContent) as caught:
        text_slots(body, "chat")
    assert "Jane" not in str(caught.value)
    assert "unrecognized" in caught.value.message


def test_uninspectable_names_safe_type_when_unknown_part() -> None:
    body = {"messages": [{"role": "user", "content": [{"type": "video_url"}]}]}
    with pytest.raises(UninspectableContent, match="'video_url'"):
        text_slots(body, "chat")


def test_chat_attachments_are_reported_not_slots_when_present() -> None:
    body = {
        "messages": [
            {
                "role": "user",
                "content": [
                    {"type": "text", "text": "see"},
                    {"type": "image_url", "image_url": {"url": "data:..."}},
                    {"type": "input_audio", "input_audio": {"data": "...", "format": "wav"}},
                    {"type": "file", "file": {"file_data": "..."}},
                ],
            },
            {"role": "assistant", "audio": {"id": "audio_1"}},
        ]
    }
    assert attachment_kinds(body, "chat") == {"images", "audio", "files"}
    assert slots_of(body, "chat") == {("messages", 0, "content", 0, "text"): "see"}


def test_attachment_kinds_empty_when_text_only() -> None:
    assert attachment_kinds(CHAT, "chat") == set()


def test_unknown_dialect_raises_when_walking() -> None:
    with pytest.raises(ValueError, match="dialect"):
        text_slots({}, "completions")


def test_describe_formats_path_when_mixed_steps() -> None:
    assert describe(("messages", 2, "content", 0, "text")) == "messages[2].content[0].text"
