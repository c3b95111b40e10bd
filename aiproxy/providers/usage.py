"""Token usage as each API reports it, in responses and in streams, and the generated text
to count when a provider reports none."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from aiproxy.providers.sse import SSEEvent


@dataclass
class Usage:
    input_tokens: int | None = None
    output_tokens: int | None = None


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def usage_of(dialect: str, body: Any) -> Usage:
    """Usage from a non-streaming response body (any API shape)."""
    usage = body.get("usage") if isinstance(body, dict) else None
    if not isinstance(usage, dict):
        return Usage()
    if dialect == "chat":
        return Usage(_int(usage.get("prompt_tokens")), _int(usage.get("completion_tokens")))
    if dialect == "embeddings":
        return Usage(_int(usage.get("prompt_tokens")), 0)
    return Usage(_int(usage.get("input_tokens")), _int(usage.get("output_tokens")))


def generated_text(dialect: str, body: Any) -> str:
    """The text a response generated, for counting output tokens when usage is missing."""
    if not isinstance(body, dict):
        return ""
    parts: list[str] = []
    if dialect == "chat":
        for choice in body.get("choices") or []:
            message = choice.get("message") if isinstance(choice, dict) else None
            if isinstance(message, dict) and isinstance(message.get("content"), str):
                parts.append(message["content"])
    elif dialect == "responses":
        for item in body.get("output") or []:
            for part in (item.get("content") or []) if isinstance(item, dict) else []:
                if isinstance(part, dict) and isinstance(part.get("text"), str):
                    parts.append(part["text"])
    elif dialect == "messages":
        for block in body.get("content") or []:
            if isinstance(block, dict) and isinstance(block.get("text"), str):
                parts.append(block["text"])
    return "".join(parts)


class StreamUsage:
    """Collects usage and generated text from stream events as they pass, whatever the API."""

    def __init__(self, dialect: str) -> None:
        self.dialect = dialect
        self.usage = Usage()
        self.text: list[str] = []

    def see(self, event: SSEEvent) -> None:
        if event.data == "[DONE]":
            return
        try:
            payload = json.loads(event.data)
        except ValueError:
            return
        if isinstance(payload, dict):
            self._text(payload)
            if "usage" in event.data:
                self._usage(payload)

    def _text(self, payload: dict[str, Any]) -> None:
        if self.dialect == "chat":
            for choice in payload.get("choices") or []:
                delta = choice.get("delta") if isinstance(choice, dict) else None
                if isinstance(delta, dict) and isinstance(delta.get("content"), str):
                    self.text.append(delta["content"])
        elif payload.get("type") == "response.output_text.delta":
            self.text.append(str(payload.get("delta", "")))
        elif payload.get("type") == "content_block_delta":
            delta = payload.get("delta")
            if isinstance(delta, dict) and delta.get("type") == "text_delta":
                self.text.append(str(delta.get("text", "")))

    def _usage(self, payload: dict[str, Any]) -> None:
        if self.dialect == "chat":
            self._merge(usage_of("chat", payload))
        elif self.dialect == "responses":
            self._merge(usage_of("responses", payload.get("response")))
        elif payload.get("type") == "message_start":
            self._merge(usage_of("messages", payload.get("message")))
        elif payload.get("type") == "message_delta":
            out = _int((payload.get("usage") or {}).get("output_tokens"))
            if out is not None:
                self.usage.output_tokens = out

    def _merge(self, found: Usage) -> None:
        if found.input_tokens is not None:
            self.usage.input_tokens = found.input_tokens
        if found.output_tokens is not None:
            self.usage.output_tokens = found.output_tokens
