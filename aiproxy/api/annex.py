"""`GET /admin/v1/annex` and `GET /admin/v1/subprocessors`: the published documents, rendered
from the policy this process enforces right now (after any reload), for administrators only.

The annex is Markdown by default; `?format=json` gives it with the sub-processor list as data.
The sub-processor list is JSON by default; `?format=markdown` gives the Markdown table.
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from aiproxy.api.errors import error_response
from aiproxy.api.request_id import request_id_of
from aiproxy.auth.admin import require_flag, services_of
from aiproxy.docs import subprocessors
from aiproxy.docs.annex import render_annex
from aiproxy.errors import AIProxyError, BadRequest

MARKDOWN = "text/markdown; charset=utf-8"


def _format(request: Request, default: str) -> str:
    value = request.query_params.get("format", default)
    if value not in ("markdown", "json"):
        raise BadRequest("'format' must be markdown or json", param="format")
    return value


async def annex(request: Request) -> Response:
    try:
        await require_flag(request, "admin")
        wanted = _format(request, "markdown")
    except AIProxyError as error:
        return error_response(error, "openai", request_id_of(request))
    loaded = services_of(request).runtime.loaded
    text = render_annex(loaded.policy, loaded.version)
    if wanted == "markdown":
        return Response(text, media_type=MARKDOWN)
    data = subprocessors.subprocessors_data(loaded.policy, loaded.version)
    return JSONResponse({**data, "annex": text})


async def subprocessor_list(request: Request) -> Response:
    try:
        await require_flag(request, "admin")
        wanted = _format(request, "json")
    except AIProxyError as error:
        return error_response(error, "openai", request_id_of(request))
    loaded = services_of(request).runtime.loaded
    if wanted == "markdown":
        return Response(
            subprocessors.render_markdown(loaded.policy, loaded.version), media_type=MARKDOWN
        )
    return JSONResponse(subprocessors.subprocessors_data(loaded.policy, loaded.version))


routes = [
    Route("/admin/v1/annex", annex, methods=["GET"]),
    Route("/admin/v1/subprocessors", subprocessor_list, methods=["GET"]),
]
