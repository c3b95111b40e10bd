"""Request ids: every response carries X-AIProxy-Request-Id, the same id the logs, metrics
exemplars and prompt log use, so one id finds a call everywhere.

A pure ASGI middleware, so it covers every route, refusal and 404 alike, and streams too. A
caller may send its own id (to tie our records to its traces); it is kept only when it is
well-formed, otherwise a fresh one is made.
"""

from __future__ import annotations

import re

from starlette.datastructures import Headers, MutableHeaders
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from aiproxy.pipeline import new_request_id

HEADER = "x-aiproxy-request-id"
WELL_FORMED = re.compile(r"[A-Za-z0-9._:-]{8,128}")
_STATE_KEY = "request_id"


def accepted_request_id(given: str | None) -> str:
    return given if given is not None and WELL_FORMED.fullmatch(given) else new_request_id()


def request_id_of(request: Request) -> str | None:
    """The id the middleware gave this request (None outside it, e.g. in a bare test app)."""
    value = request.scope.get("state", {}).get(_STATE_KEY)
    return value if isinstance(value, str) else None


class RequestIdMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = accepted_request_id(Headers(scope=scope).get(HEADER))
        # Mutated in place: the outermost error handler sees the same scope and can use it.
        scope.setdefault("state", {})[_STATE_KEY] = request_id

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                MutableHeaders(scope=message)[HEADER] = request_id
            await send(message)

        await self.app(scope, receive, send_with_id)
