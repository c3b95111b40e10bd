"""Rendering aiproxy errors in the shape the caller's SDK parses: the only place shapes are made.

OpenAI SDK: `{"error": {"message", "type", "param", "code"}}`.
Anthropic SDK: `{"type": "error", "error": {"type", "message"}}` (we add our stable `code`).
"""

from __future__ import annotations

import json
from typing import Any, Literal

from starlette.responses import JSONResponse

from aiproxy.errors import AIProxyError

Shape = Literal["openai", "anthropic"]

_OPENAI_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    403: "permission_error",
    404: "not_found_error",
    413: "invalid_request_error",
    429: "rate_limit_error",
}
_ANTHROPIC_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    403: "permission_error",
    404: "not_found_error",
    413: "request_too_large",
    429: "rate_limit_error",
    503: "overloaded_error",
}


def error_body(error: AIProxyError, shape: Shape) -> dict[str, Any]:
    if shape == "anthropic":
        kind = _ANTHROPIC_TYPES.get(error.status, "api_error")
        return {
            "type": "error",
            "error": {"type": kind, "message": error.message, "code": error.code},
        }
    kind = _OPENAI_TYPES.get(error.status, "server_error")
    return {
        "error": {"message": error.message, "type": kind, "param": error.param, "code": error.code}
    }


def error_event(error: AIProxyError, shape: Shape) -> bytes:
    """The same error as a final SSE event, for failures after a stream has started."""
    data = json.dumps(error_body(error, shape))
    prefix = "event: error\n" if shape == "anthropic" else ""
    return f"{prefix}data: {data}\n\n".encode()


def error_response(error: AIProxyError, shape: Shape, request_id: str | None) -> JSONResponse:
    headers = dict(error.headers)
    headers["x-should-retry"] = "true" if error.retryable else "false"
    if request_id:
        headers["x-aiproxy-request-id"] = request_id
    return JSONResponse(error_body(error, shape), status_code=error.status, headers=headers)
