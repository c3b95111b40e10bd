"""A fake LLM provider the tests own: records every request and answers as it is told.

By default it echoes the last user message in the API's real response shape (streamed in
pieces of a chosen size). Tests queue special behaviours: an error status and body, a
response held until released (for timeouts), or a stream cut off mid-way.
"""

from __future__ import annotations

import asyncio
import json
from collections import deque
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from aiproxy.providers import echo, shapes


@dataclass
class Recorded:
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: dict[str, Any]


@dataclass
class Behaviour:
    status: int = 200
    body: Any = None
    #: Wait for this event before answering (a test that wants a timeout never sets it).
    hold: asyncio.Event | None = None
    #: Stop a stream after this many events, without a proper end.
    cut_after: int | None = None
    #: Text to answer with instead of echoing.
    reply: str | None = None
    #: Tool calls to answer with (OpenAI chat shape), instead of text.
    tool_calls: list[dict[str, Any]] | None = None
    headers: dict[str, str] = field(default_factory=dict)


class FakeUpstream:
    def __init__(self) -> None:
        self.requests: list[Recorded] = []
        self.queue: deque[Behaviour] = deque()
        self.piece_size = 3
        self._held: list[tuple[asyncio.AbstractEventLoop, asyncio.Event]] = []
        paths = [
            "/v1/chat/completions",
            "/v1/responses",
            "/v1/embeddings",
            "/v1/messages",
            "/openai/deployments/{deployment}/chat/completions",
            "/openai/deployments/{deployment}/embeddings",
        ]
        self.app = Starlette(routes=[Route(p, self.handle, methods=["POST"]) for p in paths])

    def reset(self) -> None:
        """Forget what was recorded and release any response still held."""
        for loop, event in self._held:
            loop.call_soon_threadsafe(event.set)
        self._held.clear()
        self.requests.clear()
        self.queue.clear()
        self.piece_size = 3

    def then(self, behaviour: Behaviour) -> None:
        self.queue.append(behaviour)

    @property
    def last(self) -> Recorded:
        return self.requests[-1]

    async def handle(self, request: Request) -> Response:
        body = json.loads(await request.body())
        self.requests.append(
            Recorded(
                request.url.path,
                dict(request.query_params),
                {k.lower(): v for k, v in request.headers.items()},
                body,
            )
        )
        behaviour = self.queue.popleft() if self.queue else Behaviour()
        if behaviour.hold is not None:
            self._held.append((asyncio.get_running_loop(), behaviour.hold))
            await behaviour.hold.wait()
        if behaviour.status != 200:
            return JSONResponse(
                behaviour.body, status_code=behaviour.status, headers=behaviour.headers
            )
        dialect = echo.dialect_of_path(request.url.path)
        model = str(body.get("model"))
        if dialect == "embeddings":
            raw = body.get("input")
            inputs = [raw] if isinstance(raw, str) else list(raw)
            return JSONResponse(shapes.embeddings_body(model, inputs))
        prompt = echo.last_user_text(dialect, body)
        reply = behaviour.reply if behaviour.reply is not None else f"Echo: {prompt}"
        if behaviour.tool_calls is not None:
            return JSONResponse(_tool_call_response(model, behaviour.tool_calls))
        if not body.get("stream"):
            return JSONResponse(
                shapes.response_body(dialect, model, reply, prompt), headers=behaviour.headers
            )
        pieces = [reply[i : i + self.piece_size] for i in range(0, len(reply), self.piece_size)]
        events = list(shapes.stream_events(dialect, model, reply, prompt, pieces))
        if behaviour.cut_after is not None:
            events = events[: behaviour.cut_after]
        return StreamingResponse(
            _send(events, cut=behaviour.cut_after is not None), media_type="text/event-stream"
        )


async def _send(events: list[Any], cut: bool) -> AsyncIterator[bytes]:
    for event in events:
        yield event.encode()
    if cut:
        raise ConnectionResetError("fake upstream drops the connection")


def _tool_call_response(model: str, calls: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "id": "chatcmpl-tool",
        "object": "chat.completion",
        "created": 0,
        "model": model,
        "choices": [
            {
                "index": 0,
                "finish_reason": "tool_calls",
                "logprobs": None,
                "message": {"role": "assistant", "content": None, "tool_calls": calls},
            }
        ],
        "usage": {"prompt_tokens": 5, "completion_tokens": 5, "total_tokens": 10},
    }
