"""The admin API under /admin/v1/: every route, and its OpenAPI description."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from aiproxy.api import admin_audit, admin_keys, admin_policy, admin_users
from aiproxy.api.admin_schema import admin_openapi
from aiproxy.auth.admin import services_of


async def openapi(request: Request) -> Response:
    """The schema describes only the API's shape, so it is served without a key."""
    return JSONResponse(admin_openapi(services_of(request).runtime.loaded.policy))


routes = [
    Route("/admin/v1/openapi.json", openapi, methods=["GET"]),
    *admin_users.routes,
    *admin_keys.routes,
    *admin_policy.routes,
    *admin_audit.routes,
]
