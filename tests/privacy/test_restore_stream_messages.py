"""Streaming restoration for Anthropic Messages, and what every dialect shares."""

from __future__ import annotations

import json
import random
from typing import Any

import pytest

from aiproxy.privacy.pseudonyms import PseudonymMap
from aiproxy.privacy.restore import restore_text
from aiproxy.privacy.restore_stream import (
    MessagesStreamRestorer,
    stream_restorer,
)
from aiproxy.providers.sse import SSEEvent
from tests.privacy.streaming import ARGS, SEEDS, TEXT, event, make_map, payloads, relay, split

# -- Anthropic Messages -----------------------------------------------------------------------


def messages_stream(rng: random.Random) -> list[SSEEvent]:
    def ev(kind: str, **fields: Any) -> SSEEvent:
        return event({"type": kind, **fields}, kind)

    events = [ev("message_start", message={"content": [], "role": "assistant"})]
    events.append(
        ev("content_block_start", index=0, content_block={"type": "thinking", "thinking": ""})
    )
    events.append(
        ev(
            "content_block_delta",
            index=0,
            delta={"type": "thinking_delta", "thinking": "<PERSON_1>"},
        )
    )
    events.append(
        ev("content_block_delta", index=0, delta={"type": "signature_delta", "signature": "sig"})
    )
    events.append(ev("content_block_stop", index=0))
    events.append(ev("content_block_start", index=1, content_block={"type": "text", "text": ""}))
    events += [
        ev("content_block_delta", index=1, delta={"type": "text_delta", "text": p})
        for p in split(TEXT, rng)
    ]
    events.append(ev("content_block_stop", index=1))
    events.append(
        ev("content_block_start", index=2, content_block={"type": "tool_use", "input": {}})
    )
    events += [
        ev("content_block_delta", index=2, delta={"type": "input_json_delta", "partial_json": p})
        for p in split(ARGS, rng)
    ]
    events.append(ev("content_block_stop", index=2))
    events.append(
        ev("message_delta", delta={"stop_reason": "tool_use"}, usage={"output_tokens": 9})
    )
    events.append(SSEEvent('{"type": "ping"}', "ping"))
    events.append(ev("message_stop"))
    return events


@pytest.mark.parametrize("seed", SEEDS)
def test_messages_stream_restores_everything_when_chunked_randomly(seed: int) -> None:
    pseudonyms = make_map()
    out = relay(MessagesStreamRestorer(pseudonyms), messages_stream(random.Random(seed)))
    blocks: dict[int, str] = {}
    stopped: list[int] = []
    for payload in payloads(out):
        index = int(payload.get("index", -1))
        if payload["type"] == "content_block_delta":
            assert index not in stopped, "delta after its block stopped"
            delta = payload["delta"]
            piece = delta.get("text") or delta.get("partial_json") or delta.get("thinking") or ""
            blocks[index] = blocks.get(index, "") + piece
        elif payload["type"] == "content_block_stop":
            stopped.append(index)
    assert blocks[0] == "<PERSON_1>"  # thinking is signed: never altered
    assert blocks[1] == restore_text(TEXT, pseudonyms)
    assert json.loads(blocks[2]) == json.loads(restore_text(ARGS, pseudonyms, json_escape=True))
    assert json.loads(blocks[2])["to"] == 'Dwayne "The Rock" O\\Brien'
    assert out[-1].event == "message_stop"


def test_messages_stream_emits_synthetic_delta_before_stop_when_text_held() -> None:
    restorer = MessagesStreamRestorer(make_map())
    start = restorer.feed(
        event(
            {
                "type": "content_block_delta",
                "index": 0,
                "delta": {"type": "text_delta", "text": "x <PERSON_"},
            }
        )
    )
    stop = restorer.feed(event({"type": "content_block_stop", "index": 0}, "content_block_stop"))
    assert json.loads(start[0].data)["delta"]["text"] == "x "
    assert [e.event for e in stop] == ["content_block_delta", "content_block_stop"]
    assert json.loads(stop[0].data)["delta"] == {"type": "text_delta", "text": "<PERSON_"}


# -- shared behaviour ------------------------------------------------------------------------


@pytest.mark.parametrize("dialect", ["chat", "responses", "messages"])
def test_passes_events_unchanged_when_map_empty(dialect: str) -> None:
    restorer = stream_restorer(dialect, PseudonymMap())
    upstream = SSEEvent('{"x": "<PERSON_1>"}', "e", ("id: 1",))
    assert restorer.feed(upstream)[0] is upstream
    assert restorer.flush() == []


@pytest.mark.parametrize("dialect", ["chat", "responses", "messages"])
def test_passes_non_json_events_when_map_set(dialect: str) -> None:
    restorer = stream_restorer(dialect, make_map())
    upstream = SSEEvent("not json <PERSON_1>")
    assert restorer.feed(upstream) == [upstream]


def test_stream_restorer_factory_rejects_unknown_dialect() -> None:
    with pytest.raises(ValueError, match="dialect"):
        stream_restorer("embeddings", make_map())
