"""Well-formed responses in each API's shape (chat, responses, messages, embeddings), complete
or as streams of events: what the built-in echo provider answers, and what the tests' fake
upstream answers too, so both speak exactly what the official SDKs parse."""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Iterator
from typing import Any

from aiproxy.providers.sse import SSEEvent


def _words(text: str) -> int:
    return max(1, len(text.split()))


def response_body(dialect: str, model: str, text: str, prompt: str) -> dict[str, Any]:
    """A complete non-streaming response of the dialect's shape."""
    usage_in, usage_out = _words(prompt), _words(text)
    if dialect == "messages":
        return {
            "id": "msg_echo",
            "type": "message",
            "role": "assistant",
            "model": model,
            "content": [{"type": "text", "text": text}],
            "stop_reason": "end_turn",
            "stop_sequence": None,
            "usage": {"input_tokens": usage_in, "output_tokens": usage_out},
        }
    if dialect == "responses":
        return {
            "id": "resp_echo",
            "object": "response",
            "created_at": int(time.time()),
            "status": "completed",
            "model": model,
            "output": [_responses_message(text)],
            "parallel_tool_calls": True,
            "tool_choice": "auto",
            "tools": [],
            "usage": {
                "input_tokens": usage_in,
                "input_tokens_details": {"cached_tokens": 0},
                "output_tokens": usage_out,
                "output_tokens_details": {"reasoning_tokens": 0},
                "total_tokens": usage_in + usage_out,
            },
        }
    return {
        "id": "chatcmpl-echo",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": text, "refusal": None},
                "finish_reason": "stop",
                "logprobs": None,
            }
        ],
        "usage": {
            "prompt_tokens": usage_in,
            "completion_tokens": usage_out,
            "total_tokens": usage_in + usage_out,
        },
    }


def _responses_message(text: str) -> dict[str, Any]:
    return {
        "type": "message",
        "id": "msg_echo",
        "status": "completed",
        "role": "assistant",
        "content": [{"type": "output_text", "text": text, "annotations": []}],
    }


def stream_events(
    dialect: str, model: str, text: str, prompt: str, pieces: list[str]
) -> Iterator[SSEEvent]:
    """The dialect's streaming events for `text`, delivered in the given pieces."""
    final = response_body(dialect, model, text, prompt)
    if dialect == "messages":
        start = {**final, "content": [], "stop_reason": None}
        start["usage"] = {"input_tokens": final["usage"]["input_tokens"], "output_tokens": 1}
        yield _ev("message_start", {"type": "message_start", "message": start})
        block = {"type": "text", "text": ""}
        yield _ev(
            "content_block_start",
            {"type": "content_block_start", "index": 0, "content_block": block},
        )
        for piece in pieces:
            delta = {"type": "text_delta", "text": piece}
            yield _ev(
                "content_block_delta", {"type": "content_block_delta", "index": 0, "delta": delta}
            )
        yield _ev("content_block_stop", {"type": "content_block_stop", "index": 0})
        yield _ev(
            "message_delta",
            {
                "type": "message_delta",
                "delta": {"stop_reason": "end_turn", "stop_sequence": None},
                "usage": {"output_tokens": final["usage"]["output_tokens"]},
            },
        )
        yield _ev("message_stop", {"type": "message_stop"})
        return
    if dialect == "responses":
        yield from _responses_events(final, text, pieces)
        return
    chunk = {
        "id": final["id"],
        "object": "chat.completion.chunk",
        "created": final["created"],
        "model": model,
    }
    yield SSEEvent(
        json.dumps(
            {
                **chunk,
                "choices": [
                    {
                        "index": 0,
                        "delta": {"role": "assistant", "content": ""},
                        "finish_reason": None,
                    }
                ],
            }
        )
    )
    for piece in pieces:
        yield SSEEvent(
            json.dumps(
                {
                    **chunk,
                    "choices": [{"index": 0, "delta": {"content": piece}, "finish_reason": None}],
                }
            )
        )
    yield SSEEvent(
        json.dumps(
            {
                **chunk,
                "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}],
                "usage": final["usage"],
            }
        )
    )
    yield SSEEvent("[DONE]")


def _responses_events(final: dict[str, Any], text: str, pieces: list[str]) -> Iterator[SSEEvent]:
    item = _responses_message(text)
    part = item["content"][0]
    empty_item = {**item, "status": "in_progress", "content": []}
    pending = {**final, "status": "in_progress", "output": [], "usage": None}
    seq = iter(range(1_000_000))
    ids = {"item_id": item["id"], "output_index": 0}
    yield _ev(
        "response.created",
        {"type": "response.created", "response": pending, "sequence_number": next(seq)},
    )
    yield _ev(
        "response.output_item.added",
        {
            "type": "response.output_item.added",
            "output_index": 0,
            "item": empty_item,
            "sequence_number": next(seq),
        },
    )
    yield _ev(
        "response.content_part.added",
        {
            "type": "response.content_part.added",
            **ids,
            "content_index": 0,
            "part": {**part, "text": ""},
            "sequence_number": next(seq),
        },
    )
    for piece in pieces:
        yield _ev(
            "response.output_text.delta",
            {
                "type": "response.output_text.delta",
                **ids,
                "content_index": 0,
                "delta": piece,
                "logprobs": [],
                "sequence_number": next(seq),
            },
        )
    yield _ev(
        "response.output_text.done",
        {
            "type": "response.output_text.done",
            **ids,
            "content_index": 0,
            "text": text,
            "logprobs": [],
            "sequence_number": next(seq),
        },
    )
    yield _ev(
        "response.content_part.done",
        {
            "type": "response.content_part.done",
            **ids,
            "content_index": 0,
            "part": part,
            "sequence_number": next(seq),
        },
    )
    yield _ev(
        "response.output_item.done",
        {
            "type": "response.output_item.done",
            "output_index": 0,
            "item": item,
            "sequence_number": next(seq),
        },
    )
    yield _ev(
        "response.completed",
        {"type": "response.completed", "response": final, "sequence_number": next(seq)},
    )


def _ev(name: str, data: dict[str, Any]) -> SSEEvent:
    return SSEEvent(json.dumps(data), event=name)


def embeddings_body(model: str, inputs: list[str]) -> dict[str, Any]:
    """Deterministic 8-dimensional vectors derived from each input's hash."""
    data = []
    for index, text in enumerate(inputs):
        digest = hashlib.sha256(text.encode()).digest()
        vector = [round((b - 128) / 128, 4) for b in digest[:8]]
        data.append({"object": "embedding", "index": index, "embedding": vector})
    tokens = sum(_words(t) for t in inputs)
    return {
        "object": "list",
        "data": data,
        "model": model,
        "usage": {"prompt_tokens": tokens, "total_tokens": tokens},
    }
