"""Shared fixtures for the streaming restoration tests: a map, random chunking, a relay."""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from typing import Any

from aiproxy.privacy.pseudonyms import PseudonymMap
from aiproxy.privacy.restore_stream import StreamRestorer
from aiproxy.providers.sse import SSEDecoder, SSEEvent

SEEDS = range(20)
TEXT = "Dear <PERSON_1>, <PERSON_2> asked <EMAIL_ADDRESS_1> about <PERSON_9> < 3 <PERSON_1"
ARGS = '{"to": "<PERSON_2>", "cc": ["<EMAIL_ADDRESS_1>"], "note": "hi <PERSON_1>"}'


def make_map() -> PseudonymMap:
    pseudonyms = PseudonymMap()
    pseudonyms.placeholder_for("PERSON", "Jane Roe")
    pseudonyms.placeholder_for("EMAIL_ADDRESS", "jane@example.com")
    pseudonyms.placeholder_for("PERSON", 'Dwayne "The Rock" O\\Brien')
    return pseudonyms


def split(text: str, rng: random.Random) -> Iterator[str]:
    cursor = 0
    while cursor < len(text):
        size = rng.randint(1, 7)
        yield text[cursor : cursor + size]
        cursor += size


def event(payload: dict[str, Any], name: str | None = None) -> SSEEvent:
    return SSEEvent(json.dumps(payload), name)


def relay(restorer: StreamRestorer, events: list[SSEEvent]) -> list[SSEEvent]:
    """Feed events through the wire codec and the restorer, as the proxy would."""
    decoder = SSEDecoder()
    out: list[SSEEvent] = []
    for upstream in events:
        for decoded in decoder.feed(upstream.encode()):
            out.extend(restorer.feed(decoded))
    for decoded in decoder.close():
        out.extend(restorer.feed(decoded))
    return out + restorer.flush()


def payloads(events: list[SSEEvent]) -> list[dict[str, Any]]:
    return [json.loads(e.data) for e in events if e.data != "[DONE]"]
