"""Restoring pseudonyms in streamed responses, event by event, for each provider dialect.

A placeholder can arrive split over any number of deltas, so each text channel (a chat
choice's content, one tool call's arguments, one Responses content part, one Anthropic
content block) gets its own `TextRestorer`. Text is held only while it could still be
the start of a placeholder; when a channel ends, what is held is emitted in a delta of the
channel's own shape before the event that ends it, so nothing is lost or reordered.
Events that are not JSON (`[DONE]`, pings) and blocks the provider signs pass unchanged.
"""

from __future__ import annotations

import json
from abc import ABC, abstractmethod
from collections.abc import Hashable
from typing import Any

from aiproxy.privacy.pseudonyms import PseudonymMap
from aiproxy.privacy.restore import TextRestorer, restore_body
from aiproxy.providers.sse import SSEEvent

Payload = dict[str, Any]


def stream_restorer(dialect: str, pseudonyms: PseudonymMap) -> StreamRestorer:
    """The restorer for a streamed response in `dialect` ('chat', 'responses', 'messages')."""
    kinds: dict[str, type[StreamRestorer]] = {
        "chat": ChatStreamRestorer,
        "responses": ResponsesStreamRestorer,
        "messages": MessagesStreamRestorer,
    }
    if dialect not in kinds:
        raise ValueError(f"no streaming restorer for dialect {dialect!r}")
    return kinds[dialect](pseudonyms)


def _encode(payload: Payload, event: str | None, extra: tuple[str, ...] = ()) -> SSEEvent:
    return SSEEvent(json.dumps(payload, ensure_ascii=False, separators=(",", ":")), event, extra)


class StreamRestorer(ABC):
    """Feed each upstream event; relay what comes back. Call `flush` when the stream ends.

    With an empty pseudonym map every event passes through as is, without being parsed.
    """

    def __init__(self, pseudonyms: PseudonymMap) -> None:
        self._pseudonyms = pseudonyms
        self._active = bool(pseudonyms)
        self._channels: dict[Hashable, TextRestorer] = {}

    def feed(self, event: SSEEvent) -> list[SSEEvent]:
        if not self._active:
            return [event]
        if event.data.strip() == "[DONE]":
            return [*self._flush_all(), event]
        try:
            payload = json.loads(event.data)
        except ValueError:
            return [event]
        if not isinstance(payload, dict):
            return [event]
        return self._feed(event, payload)

    def flush(self) -> list[SSEEvent]:
        """End of stream: whatever is still held, in synthetic deltas."""
        return self._flush_all() if self._active else []

    @abstractmethod
    def _feed(self, event: SSEEvent, payload: Payload) -> list[SSEEvent]: ...

    @abstractmethod
    def _flush_all(self) -> list[SSEEvent]: ...

    def _channel(self, key: Hashable, *, json_escape: bool = False) -> TextRestorer:
        channel = self._channels.get(key)
        if channel is None:
            channel = TextRestorer(self._pseudonyms, json_escape=json_escape)
            self._channels[key] = channel
        return channel

    def _take_held(self, key: Hashable) -> str:
        channel = self._channels.pop(key, None)
        return channel.flush() if channel is not None else ""

    def _whole(self, event: SSEEvent, payload: Payload) -> SSEEvent:
        """An event restored in full (it carries complete text, not a delta)."""
        restored = restore_body(payload, self._pseudonyms)
        return event if restored == payload else _encode(restored, event.event, event.extra)


class ChatStreamRestorer(StreamRestorer):
    """OpenAI chat completion chunks: `delta.content`, `delta.refusal` and each
    `delta.tool_calls[j].function.arguments` are channels of their choice."""

    _TEXT_FIELDS = ("content", "refusal")

    def __init__(self, pseudonyms: PseudonymMap) -> None:
        super().__init__(pseudonyms)
        self._envelope: Payload = {}

    def _feed(self, event: SSEEvent, payload: Payload) -> list[SSEEvent]:
        choices = payload.get("choices")
        if not isinstance(choices, list):
            return [self._whole(event, payload)]
        self._envelope = {k: v for k, v in payload.items() if k not in ("choices", "usage")}
        out: list[SSEEvent] = []
        restored = []
        for choice in choices:
            index = choice.get("index", 0)
            delta = self._feed_delta(index, choice.get("delta") or {})
            if choice.get("finish_reason") is not None and self._holding(index):
                # Release the held tail, with this chunk's own text, before the finish.
                text_delta = self._tail(index, delta)
                out.append(self._chunk(index, text_delta))
                delta = {k: v for k, v in delta.items() if k not in text_delta}
            restored.append({**choice, "delta": delta})
        out.append(_encode({**payload, "choices": restored}, event.event, event.extra))
        return out

    def _feed_delta(self, index: int, delta: Payload) -> Payload:
        delta = dict(delta)
        for field in self._TEXT_FIELDS:
            if isinstance(delta.get(field), str):
                delta[field] = self._channel((index, field)).feed(delta[field])
        if isinstance(delta.get("tool_calls"), list):
            delta["tool_calls"] = [self._feed_call(index, call) for call in delta["tool_calls"]]
        return delta

    def _feed_call(self, index: int, call: Payload) -> Payload:
        function = call.get("function")
        if not isinstance(function, dict) or not isinstance(function.get("arguments"), str):
            return call
        channel = self._channel((index, "tool", call.get("index", 0)), json_escape=True)
        return {**call, "function": {**function, "arguments": channel.feed(function["arguments"])}}

    def _holding(self, index: int) -> bool:
        return any(self._channels[key].holding for key in self._keys(index))

    def _keys(self, index: int) -> list[tuple[Any, ...]]:
        return [key for key in self._channels if isinstance(key, tuple) and key[0] == index]

    def _tail(self, index: int, delta: Payload) -> Payload:
        """This choice's text fields plus everything held for it; its channels end here."""
        tail: Payload = {}
        for field in self._TEXT_FIELDS:
            text = (delta.get(field) or "") + self._take_held((index, field))
            if text:
                tail[field] = text
        calls = {call.get("index", 0): call for call in delta.get("tool_calls") or []}
        for key in self._keys(index):
            held = self._take_held(key)
            if held:
                call = calls.get(key[2]) or {"index": key[2], "function": {}}
                function = call.get("function") or {}
                arguments = (function.get("arguments") or "") + held
                calls[key[2]] = {**call, "function": {**function, "arguments": arguments}}
        if calls:
            tail["tool_calls"] = list(calls.values())
        return tail

    def _chunk(self, index: int, delta: Payload) -> SSEEvent:
        choice = {"index": index, "delta": delta, "finish_reason": None, "logprobs": None}
        return _encode({**self._envelope, "choices": [choice]}, None)

    def _flush_all(self) -> list[SSEEvent]:
        indexes = sorted({key[0] for key in self._channels if isinstance(key, tuple)})
        tails = [(index, self._tail(index, {})) for index in indexes]
        return [self._chunk(index, tail) for index, tail in tails if tail]


class ResponsesStreamRestorer(StreamRestorer):
    """OpenAI Responses events: every `*.delta` event with a string `delta` is a channel
    keyed by its item and part; the matching `*.done` event ends it and, like every other
    event (`output_item.done`, `response.completed`, …), is restored in full."""

    _JSON_STEMS = frozenset({"response.function_call_arguments", "response.mcp_call_arguments"})
    _KEY_FIELDS = ("item_id", "output_index", "content_index", "summary_index")

    def __init__(self, pseudonyms: PseudonymMap) -> None:
        super().__init__(pseudonyms)
        self._templates: dict[Hashable, tuple[Payload, str | None]] = {}

    def _feed(self, event: SSEEvent, payload: Payload) -> list[SSEEvent]:
        kind = str(payload.get("type") or event.event or "")
        stem, _, suffix = kind.rpartition(".")
        key = (stem, *(payload.get(field) for field in self._KEY_FIELDS))
        if suffix == "delta" and isinstance(payload.get("delta"), str):
            channel = self._channel(key, json_escape=stem in self._JSON_STEMS)
            restored = {**payload, "delta": channel.feed(payload["delta"])}
            self._templates[key] = (restored, event.event)
            return [_encode(restored, event.event, event.extra)]
        out = self._release(key, payload.get("sequence_number")) if suffix == "done" else []
        return [*out, self._whole(event, payload)]

    def _release(self, key: Hashable, sequence_number: Any) -> list[SSEEvent]:
        template, name = self._templates.pop(key, ({}, None))
        held = self._take_held(key)
        if not held:
            return []
        synthetic = {**template, "delta": held}
        if "logprobs" in synthetic:
            synthetic["logprobs"] = []
        if sequence_number is not None:
            synthetic["sequence_number"] = sequence_number
        return [_encode(synthetic, name)]

    def _flush_all(self) -> list[SSEEvent]:
        return [event for key in list(self._channels) for event in self._release(key, None)]


class MessagesStreamRestorer(StreamRestorer):
    """Anthropic Messages events: `text_delta` and `input_json_delta` per content block
    index; `content_block_stop` ends the block. Thinking and signature deltas pass as is."""

    _FIELDS = {"text_delta": "text", "input_json_delta": "partial_json"}

    def __init__(self, pseudonyms: PseudonymMap) -> None:
        super().__init__(pseudonyms)
        self._delta_types: dict[Any, str] = {}

    def _feed(self, event: SSEEvent, payload: Payload) -> list[SSEEvent]:
        kind = payload.get("type")
        index = payload.get("index")
        if kind == "content_block_delta":
            delta = payload.get("delta")
            delta_type = delta.get("type") if isinstance(delta, dict) else None
            field = self._FIELDS.get(str(delta_type))
            if (
                field is None
                or not isinstance(delta, dict)
                or not isinstance(delta.get(field), str)
            ):
                return [event]
            channel = self._channel(index, json_escape=delta_type == "input_json_delta")
            self._delta_types[index] = str(delta_type)
            restored = {**payload, "delta": {**delta, field: channel.feed(delta[field])}}
            return [_encode(restored, event.event, event.extra)]
        if kind == "content_block_stop":
            return [*self._release(index), event]
        if kind == "message_stop":
            return [*self._flush_all(), event]
        return [self._whole(event, payload)]

    def _release(self, index: Any) -> list[SSEEvent]:
        held = self._take_held(index)
        delta_type = self._delta_types.pop(index, "text_delta")
        if not held:
            return []
        delta = {"type": delta_type, self._FIELDS[delta_type]: held}
        payload = {"type": "content_block_delta", "index": index, "delta": delta}
        return [_encode(payload, "content_block_delta")]

    def _flush_all(self) -> list[SSEEvent]:
        return [event for index in list(self._channels) for event in self._release(index)]
