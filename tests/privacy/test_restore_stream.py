"""Streaming restoration for OpenAI chat completions and Responses: random chunking must
never lose, reorder or leak text."""

from __future__ import annotations

import json
import random
from typing import Any

import pytest

from aiproxy.privacy.restore import restore_text
from aiproxy.privacy.restore_stream import (
    ChatStreamRestorer,
    ResponsesStreamRestorer,
)
from aiproxy.providers.sse import SSEEvent
from tests.privacy.streaming import ARGS, SEEDS, TEXT, event, make_map, payloads, relay, split

# -- OpenAI chat completions ---------------------------------------------------------------


def chat_chunk(index: int, delta: dict[str, Any], finish: str | None = None) -> SSEEvent:
    choice = {"index": index, "delta": delta, "finish_reason": finish, "logprobs": None}
    return event({"id": "c1", "object": "chat.completion.chunk", "model": "m", "choices": [choice]})


def chat_stream(rng: random.Random, finish: bool = True) -> list[SSEEvent]:
    events = [chat_chunk(0, {"role": "assistant", "content": ""})]
    events += [chat_chunk(0, {"content": piece}) for piece in split(TEXT, rng)]
    events.append(
        chat_chunk(
            0,
            {
                "tool_calls": [
                    {
                        "index": 0,
                        "id": "call_1",
                        "type": "function",
                        "function": {"name": "f", "arguments": ""},
                    }
                ]
            },
        )
    )
    events += [
        chat_chunk(0, {"tool_calls": [{"index": 0, "function": {"arguments": piece}}]})
        for piece in split(ARGS, rng)
    ]
    events += [chat_chunk(1, {"content": piece}) for piece in split(TEXT[::-1], rng)]
    if finish:
        events += [chat_chunk(0, {}, "tool_calls"), chat_chunk(1, {}, "stop")]
        events.append(
            event(
                {
                    "id": "c1",
                    "object": "chat.completion.chunk",
                    "choices": [],
                    "usage": {"total_tokens": 3},
                }
            )
        )
    return [*events, SSEEvent("[DONE]")] if finish else events


def chat_collect(events: list[SSEEvent]) -> tuple[dict[int, str], str, list[int]]:
    texts: dict[int, str] = {}
    arguments = ""
    finished: list[int] = []
    for payload in payloads(events):
        for choice in payload["choices"]:
            index = choice["index"]
            assert index not in finished, "text arrived after its choice finished"
            delta = choice["delta"]
            texts[index] = texts.get(index, "") + (delta.get("content") or "")
            for call in delta.get("tool_calls") or []:
                arguments += call.get("function", {}).get("arguments") or ""
            if choice["finish_reason"] is not None:
                finished.append(index)
    return texts, arguments, finished


@pytest.mark.parametrize("seed", SEEDS)
def test_chat_stream_restores_everything_when_chunked_randomly(seed: int) -> None:
    pseudonyms = make_map()
    out = relay(ChatStreamRestorer(pseudonyms), chat_stream(random.Random(seed)))
    texts, arguments, finished = chat_collect(out)
    assert texts[0] == restore_text(TEXT, pseudonyms)
    assert texts[1] == restore_text(TEXT[::-1], pseudonyms)
    assert json.loads(arguments) == {
        "to": 'Dwayne "The Rock" O\\Brien',
        "cc": ["jane@example.com"],
        "note": "hi Jane Roe",
    }
    assert finished == [0, 1]
    assert out[-1].data == "[DONE]"


@pytest.mark.parametrize("seed", SEEDS[:5])
def test_chat_stream_flushes_held_text_when_stream_ends_without_finish(seed: int) -> None:
    pseudonyms = make_map()
    out = relay(ChatStreamRestorer(pseudonyms), chat_stream(random.Random(seed), finish=False))
    texts, _, _ = chat_collect(out)
    assert texts[0] == restore_text(TEXT, pseudonyms)


def test_chat_stream_releases_held_text_before_finish_when_finish_chunk_has_text() -> None:
    restorer = ChatStreamRestorer(make_map())
    out = restorer.feed(chat_chunk(0, {"content": "hi <PER"}))
    out += restorer.feed(chat_chunk(0, {"content": "SON_1> <PER"}, "stop"))
    texts, _, finished = chat_collect(out)
    assert texts == {0: "hi Jane Roe <PER"}
    assert finished == [0]
    assert payloads(out)[-1]["choices"][0]["finish_reason"] == "stop"


# -- OpenAI Responses -------------------------------------------------------------------------


def responses_stream(rng: random.Random) -> list[SSEEvent]:
    seq = iter(range(1000))

    def ev(kind: str, **fields: Any) -> SSEEvent:
        return event({"type": kind, "sequence_number": next(seq), **fields}, kind)

    events = [ev("response.created", response={"instructions": "help <PERSON_1>", "output": []})]
    events.append(
        ev("response.output_item.added", output_index=0, item={"id": "msg_1", "type": "message"})
    )
    events += [
        ev(
            "response.output_text.delta",
            item_id="msg_1",
            output_index=0,
            content_index=0,
            delta=p,
            logprobs=[],
        )
        for p in split(TEXT, rng)
    ]
    events.append(
        ev("response.output_text.done", item_id="msg_1", output_index=0, content_index=0, text=TEXT)
    )
    events.append(
        ev(
            "response.content_part.done",
            item_id="msg_1",
            output_index=0,
            content_index=0,
            part={"type": "output_text", "text": TEXT},
        )
    )
    events += [
        ev("response.function_call_arguments.delta", item_id="fc_1", output_index=1, delta=p)
        for p in split(ARGS, rng)
    ]
    events.append(
        ev("response.function_call_arguments.done", item_id="fc_1", output_index=1, arguments=ARGS)
    )
    events.append(
        ev(
            "response.output_item.done",
            output_index=1,
            item={"type": "function_call", "arguments": ARGS},
        )
    )
    output = [
        {"type": "message", "content": [{"type": "output_text", "text": TEXT}]},
        {"type": "function_call", "arguments": ARGS},
    ]
    events.append(ev("response.completed", response={"output": output}))
    return events


@pytest.mark.parametrize("seed", SEEDS)
def test_responses_stream_restores_everything_when_chunked_randomly(seed: int) -> None:
    pseudonyms = make_map()
    expected_text = restore_text(TEXT, pseudonyms)
    out = relay(ResponsesStreamRestorer(pseudonyms), responses_stream(random.Random(seed)))
    seen = payloads(out)
    by_type: dict[str, list[dict[str, Any]]] = {}
    for payload in seen:
        by_type.setdefault(payload["type"], []).append(payload)
    assert all(e.event == json.loads(e.data)["type"] for e in out)
    text = "".join(p["delta"] for p in by_type["response.output_text.delta"])
    assert text == expected_text
    arguments = "".join(p["delta"] for p in by_type["response.function_call_arguments.delta"])
    restored_args = json.loads(restore_text(ARGS, pseudonyms, json_escape=True))
    assert json.loads(arguments) == restored_args
    assert by_type["response.output_text.done"][0]["text"] == expected_text
    assert by_type["response.content_part.done"][0]["part"]["text"] == expected_text
    assert (
        json.loads(by_type["response.function_call_arguments.done"][0]["arguments"])
        == restored_args
    )
    completed = by_type["response.completed"][0]["response"]["output"]
    assert completed[0]["content"][0]["text"] == expected_text
    assert json.loads(completed[1]["arguments"]) == restored_args
    assert by_type["response.created"][0]["response"]["instructions"] == "help Jane Roe"
    order = [p["type"] for p in seen]
    last_text_delta = max(i for i, t in enumerate(order) if t == "response.output_text.delta")
    assert last_text_delta < order.index("response.output_text.done")
