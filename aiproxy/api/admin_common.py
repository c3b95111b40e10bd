"""What every admin endpoint shares: the admin check, JSON in and out, paging, error shape.

Admin endpoints speak JSON and report errors in the OpenAI error shape (the stable `code`
says what went wrong); a refused policy reload also lists its `problems`.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from aiproxy.admin.actions import AdminActions
from aiproxy.admin.reload import PolicyReloader
from aiproxy.api.errors import error_body
from aiproxy.api.proxy import read_json
from aiproxy.auth.admin import require_flag, services_of
from aiproxy.auth.principal import Principal
from aiproxy.auth.users import UserStore
from aiproxy.errors import AIProxyError, BadRequest
from aiproxy.services import Services

#: Admin request bodies are a few names; anything bigger is a mistake.
MAX_ADMIN_BODY_BYTES = 64 * 1024
MAX_PAGE_SIZE = 200
DEFAULT_PAGE_SIZE = 50
_DIGITS = re.compile(r"^[0-9]{1,9}$")


@dataclass(frozen=True)
class AdminState:
    """Built in the lifespan and kept on `app.state.admin`."""

    actions: AdminActions
    reloader: PolicyReloader
    users: UserStore


@dataclass(frozen=True)
class AdminCall:
    request: Request
    principal: Principal
    services: Services
    state: AdminState

    @property
    def actor(self) -> str:
        return self.principal.name

    def path(self, name: str) -> str:
        value: str = self.request.path_params[name]
        return value


AdminHandler = Callable[[AdminCall], Awaitable[Response]]


def admin_error(error: AIProxyError) -> Response:
    body = error_body(error, "openai")
    problems = error.details.get("problems")
    if isinstance(problems, list):
        body["error"]["problems"] = problems
    headers = {**error.headers, "x-should-retry": "false"}
    return JSONResponse(body, status_code=error.status, headers=headers)


def admin_endpoint(handler: AdminHandler) -> Callable[[Request], Awaitable[Response]]:
    """Wrap a handler: only principals holding an admin role get past; errors take SDK shape."""

    async def endpoint(request: Request) -> Response:
        try:
            principal = await require_flag(request, "admin")
            state: AdminState = request.app.state.admin
            services = services_of(request)
            response = await handler(AdminCall(request, principal, services, state))
            if request.method != "GET":
                services.access.clear()  # this replica applies its own change at once
            return response
        except AIProxyError as error:
            return admin_error(error)

    endpoint.__name__ = handler.__name__
    endpoint.__doc__ = handler.__doc__
    return endpoint


async def json_object(call: AdminCall, allowed: frozenset[str]) -> dict[str, Any]:
    """The request body as a JSON object holding only the `allowed` fields."""
    body = await read_json(call.request, MAX_ADMIN_BODY_BYTES)
    unknown = sorted(set(body) - allowed)
    if unknown:
        raise BadRequest(f"unknown field(s): {', '.join(unknown)}", param=unknown[0])
    return body


def string_field(body: dict[str, Any], name: str, *, required: bool) -> str | None:
    value = body.get(name)
    if value is None:
        if required:
            raise BadRequest(f"'{name}' is required", param=name)
        return None
    if not isinstance(value, str) or not value:
        raise BadRequest(f"'{name}' must be a non-empty string", param=name)
    return value


def page_size(request: Request) -> int:
    raw = request.query_params.get("limit")
    if raw is None:
        return DEFAULT_PAGE_SIZE
    if not _DIGITS.match(raw) or not 1 <= int(raw) <= MAX_PAGE_SIZE:
        raise BadRequest(f"'limit' must be an integer from 1 to {MAX_PAGE_SIZE}", param="limit")
    return int(raw)


def listing(data: list[dict[str, Any]], next_after: object) -> JSONResponse:
    return JSONResponse({"object": "list", "data": data, "next_after": next_after})
