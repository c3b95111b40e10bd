"""The built-in local `echo` provider: answers in each API's real shape with the text it received.

It runs in-process behind an httpx transport, so requests to it take exactly the same path as
requests to a real provider (enforcement, forwarding, streaming, restoration), with no key and
no network. Echoing the redacted prompt makes redaction and restoration visible in a demo.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Mapping
from typing import Any, ClassVar

import httpx

from aiproxy.providers.base import Dialect, EnforceContext, Outbound, ProviderAdapter
from aiproxy.providers.shapes import embeddings_body, response_body, stream_events


def last_user_text(dialect: str, body: Mapping[str, Any]) -> str:
    """The text of the caller's last user turn, in any of the request shapes."""
    if dialect == "responses":
        items: Any = body.get("input", "")
        if isinstance(items, str):
            return items
        messages = [i for i in items if isinstance(i, dict)]
    else:
        messages = [m for m in body.get("messages", []) if isinstance(m, dict)]
    for message in reversed(messages):
        if message.get("role") == "user":
            return _text_of(message.get("content"))
    return ""


def _text_of(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return " ".join(
            str(p.get("text", "")) for p in content if isinstance(p, dict) and "text" in p
        )
    return ""


def echo_reply(prompt: str) -> str:
    return f"Echo: {prompt}"


def split_words(text: str) -> list[str]:
    """Stream pieces: one word (with its following space) at a time."""
    pieces, current = [], ""
    for char in text:
        current += char
        if char == " ":
            pieces.append(current)
            current = ""
    if current:
        pieces.append(current)
    return pieces


def dialect_of_path(path: str) -> Dialect:
    for suffix, dialect in (
        ("/chat/completions", "chat"),
        ("/responses", "responses"),
        ("/embeddings", "embeddings"),
        ("/messages", "messages"),
    ):
        if path.endswith(suffix):
            return dialect  # type: ignore[return-value]
    raise ValueError("unknown echo path")


async def _handle(request: httpx.Request) -> httpx.Response:
    dialect = dialect_of_path(request.url.path)
    body = json.loads(request.content)
    model = str(body.get("model", "echo"))
    if dialect == "embeddings":
        raw = body.get("input", [])
        inputs = [raw] if isinstance(raw, str) else [str(i) for i in raw]
        return httpx.Response(200, json=embeddings_body(model, inputs))
    prompt = last_user_text(dialect, body)
    reply = echo_reply(prompt)
    if not body.get("stream"):
        return httpx.Response(200, json=response_body(dialect, model, reply, prompt))
    events = list(stream_events(dialect, model, reply, prompt, split_words(reply)))

    async def stream() -> AsyncIterator[bytes]:
        for event in events:
            yield event.encode()

    return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=stream())


def echo_transport() -> httpx.AsyncBaseTransport:
    return httpx.MockTransport(_handle)


class EchoAdapter(ProviderAdapter):
    """A local provider for demos and smoke tests; it keeps nothing and trains on nothing."""

    kind = "echo"
    dialects: ClassVar[frozenset[Dialect]] = frozenset(
        {"chat", "responses", "embeddings", "messages"}
    )
    paths: ClassVar[Mapping[Dialect, str]] = {
        "chat": "/chat/completions",
        "responses": "/responses",
        "embeddings": "/embeddings",
        "messages": "/messages",
    }

    def url(self, dialect: Dialect, model: str) -> str:
        return "http://echo.local/v1" + self.paths[dialect]

    def auth_headers(self) -> dict[str, str]:
        return {}

    def enforce_kind(self, dialect: Dialect, out: Outbound, ctx: EnforceContext) -> None:
        if dialect in ("chat", "responses"):
            out.force("store", False)
