"""Restoring issued placeholders in whole responses and in one incremental text channel."""

from __future__ import annotations

import json
import random
from typing import Any

import pytest

from aiproxy.privacy.pseudonyms import PseudonymMap
from aiproxy.privacy.restore import TextRestorer, restore_body, restore_text


def make_map() -> PseudonymMap:
    pseudonyms = PseudonymMap()
    pseudonyms.placeholder_for("PERSON", "Jane Roe")  # <PERSON_1>
    pseudonyms.placeholder_for("EMAIL_ADDRESS", "jane@example.com")  # <EMAIL_ADDRESS_1>
    pseudonyms.placeholder_for("PERSON", 'Dwayne "The Rock" O\\Brien')  # <PERSON_2>
    return pseudonyms


def test_restores_issued_placeholders_when_in_text() -> None:
    text = "Dear <PERSON_1>, write to <EMAIL_ADDRESS_1>."
    assert restore_text(text, make_map()) == "Dear Jane Roe, write to jane@example.com."


def test_leaves_invented_placeholders_when_never_issued() -> None:
    text = "<PERSON_9> and <PERSON> and <PERSON_1>"
    assert restore_text(text, make_map()) == "<PERSON_9> and <PERSON> and Jane Roe"


def test_escapes_originals_when_json_escape() -> None:
    restored = restore_text('{"n": "<PERSON_2>"}', make_map(), json_escape=True)
    assert json.loads(restored) == {"n": 'Dwayne "The Rock" O\\Brien'}


def test_restore_body_restores_every_string_when_chat_completion() -> None:
    body: dict[str, Any] = {
        "id": "chatcmpl-1",
        "choices": [
            {
                "index": 0,
                "message": {
                    "role": "assistant",
                    "content": "Hi <PERSON_1>",
                    "tool_calls": [
                        {
                            "id": "call_1",
                            "type": "function",
                            "function": {"name": "send", "arguments": '{"to": "<PERSON_2>"}'},
                        }
                    ],
                },
            }
        ],
    }
    restored = restore_body(body, make_map())
    message = restored["choices"][0]["message"]
    assert message["content"] == "Hi Jane Roe"
    assert json.loads(message["tool_calls"][0]["function"]["arguments"]) == {
        "to": 'Dwayne "The Rock" O\\Brien'
    }
    assert body["choices"][0]["message"]["content"] == "Hi <PERSON_1>"


def test_restore_body_restores_tool_use_input_when_anthropic() -> None:
    body = {
        "type": "message",
        "content": [
            {"type": "thinking", "thinking": "about <PERSON_1>", "signature": "sig"},
            {"type": "redacted_thinking", "data": "<PERSON_1>"},
            {"type": "text", "text": "Emailing <PERSON_1>"},
            {"type": "tool_use", "input": {"to": "<EMAIL_ADDRESS_1>", "cc": ["<PERSON_2>"]}},
        ],
    }
    restored = restore_body(body, make_map())
    assert restored["content"][0] == body["content"][0]
    assert restored["content"][1] == body["content"][1]
    assert restored["content"][2]["text"] == "Emailing Jane Roe"
    assert restored["content"][3]["input"] == {
        "to": "jane@example.com",
        "cc": ['Dwayne "The Rock" O\\Brien'],
    }


def test_restore_body_restores_responses_output_when_responses_api() -> None:
    body = {
        "object": "response",
        "output": [
            {"type": "message", "content": [{"type": "output_text", "text": "<PERSON_1>!"}]},
            {"type": "function_call", "arguments": '{"who": "<PERSON_2>"}'},
        ],
    }
    restored = restore_body(body, make_map())
    assert restored["output"][0]["content"][0]["text"] == "Jane Roe!"
    assert json.loads(restored["output"][1]["arguments"])["who"] == 'Dwayne "The Rock" O\\Brien'


def test_restore_body_returns_same_object_when_map_empty() -> None:
    body: dict[str, Any] = {"content": "<PERSON_1>"}
    assert restore_body(body, PseudonymMap()) is body


def test_restore_body_leaves_keys_and_scalars_when_restoring() -> None:
    body = {"<PERSON_1>": 1, "n": None, "ok": True}
    assert restore_body(body, make_map()) == body


def test_text_restorer_holds_only_placeholder_prefix_when_split() -> None:
    restorer = TextRestorer(make_map())
    assert restorer.feed("Hello <PER") == "Hello "
    assert restorer.holding
    assert restorer.feed("SON_1>, bye") == "Jane Roe, bye"
    assert not restorer.holding


def test_text_restorer_releases_at_once_when_lt_cannot_start_placeholder() -> None:
    restorer = TextRestorer(make_map())
    assert restorer.feed("a < b") == "a < b"
    assert restorer.feed("x <per") == "x <per"
    assert restorer.feed("<PERSON_3") == "<PERSON_3"
    assert restorer.feed("<") == ""
    assert restorer.feed("3") == "<3"


def test_text_restorer_flush_releases_held_text_when_stream_ends() -> None:
    restorer = TextRestorer(make_map())
    assert restorer.feed("end <EMAIL") == "end "
    assert restorer.flush() == "<EMAIL"
    assert restorer.flush() == ""


def test_text_restorer_handles_adjacent_placeholders_when_split() -> None:
    restorer = TextRestorer(make_map())
    out = restorer.feed("<PERSON_1") + restorer.feed("><PERSON_1") + restorer.feed(">")
    assert out + restorer.flush() == "Jane RoeJane Roe"


def test_text_restorer_distinguishes_numbers_when_prefix_of_longer() -> None:
    pseudonyms = PseudonymMap()
    for n in range(12):
        pseudonyms.placeholder_for("PERSON", f"P{n}")
    restorer = TextRestorer(pseudonyms)
    out = restorer.feed("<PERSON_1") + restorer.feed("1> <PERSON_1") + restorer.feed(">")
    assert out + restorer.flush() == "P10 P0"


@pytest.mark.parametrize("seed", range(25))
def test_text_restorer_matches_whole_restore_when_chunked_randomly(seed: int) -> None:
    pseudonyms = make_map()
    text = "<PERSON_1> met <<PERSON_2>> at <EMAIL_ADDRESS_1>; <PERSON_7> < <EMAIL <PERSON_1>"
    rng = random.Random(seed)
    for json_escape in (False, True):
        restorer = TextRestorer(pseudonyms, json_escape=json_escape)
        out, cursor = [], 0
        while cursor < len(text):
            size = rng.randint(1, 7)
            out.append(restorer.feed(text[cursor : cursor + size]))
            cursor += size
        out.append(restorer.flush())
        assert "".join(out) == restore_text(text, pseudonyms, json_escape=json_escape)


def test_text_restorer_passes_through_when_map_empty() -> None:
    restorer = TextRestorer(PseudonymMap())
    assert restorer.feed("<PERSON_1") == "<PERSON_1"
