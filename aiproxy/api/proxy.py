"""The provider-compatible endpoints: OpenAI chat, responses, embeddings and models; Anthropic
messages. Each parses the call, runs the pipeline and relays the answer in the caller's shape."""

from __future__ import annotations

import json
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from aiproxy.api.errors import Shape, error_response
from aiproxy.api.exchange import Exchange
from aiproxy.api.relay import relay
from aiproxy.api.request_id import request_id_of
from aiproxy.auth.identity import claims
from aiproxy.errors import AIProxyError, BodyTooLarge, MalformedBody
from aiproxy.pipeline import Call, Pipeline, new_request_id
from aiproxy.policy.decide import models_for, resolve_feature
from aiproxy.providers.base import Dialect


async def read_json(request: Request, limit: int) -> dict[str, Any]:
    """The body as a JSON object, refusing anything over the limit before reading it all."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise BodyTooLarge(f"request body exceeds the limit of {limit} bytes")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge(f"request body exceeds the limit of {limit} bytes")
        chunks.append(chunk)
    try:
        body = json.loads(b"".join(chunks))
    except (ValueError, UnicodeDecodeError):
        raise MalformedBody("request body is not valid JSON") from None
    if not isinstance(body, dict):
        raise MalformedBody("request body must be a JSON object")
    return body


def _pipeline(request: Request) -> Pipeline:
    pipeline: Pipeline = request.app.state.pipeline
    return pipeline


async def _handle(request: Request, dialect: Dialect, shape: Shape) -> Response:
    pipeline = _pipeline(request)
    request_id = request_id_of(request) or new_request_id()
    exchange = Exchange(pipeline.services, dialect, request_id)
    try:
        limit = pipeline.services.runtime.loaded.policy.max_body_bytes
        body = await read_json(request, limit)
        call = Call(dialect, body, {k.lower(): v for k, v in request.headers.items()}, request_id)
        prepared = await pipeline.prepare(call, exchange.record)
        exchange.upstream_started()
        upstream = await pipeline.forward(prepared)
        return await relay(prepared, upstream, shape, exchange)
    except AIProxyError as error:
        exchange.refused(error)
        exchange.finish()
        return error_response(error, shape, request_id)


async def chat_completions(request: Request) -> Response:
    return await _handle(request, "chat", "openai")


async def responses(request: Request) -> Response:
    return await _handle(request, "responses", "openai")


async def embeddings(request: Request) -> Response:
    return await _handle(request, "embeddings", "openai")


async def messages(request: Request) -> Response:
    return await _handle(request, "messages", "anthropic")


async def list_models(request: Request) -> Response:
    """Only the models this caller's end user may use (through the given feature, if any)."""
    pipeline = _pipeline(request)
    try:
        headers = {k.lower(): v for k, v in request.headers.items()}
        said = claims(headers)
        principal = await pipeline.authenticate(said.key)
        policy = pipeline.services.runtime.loaded.policy
        feature = None
        if said.feature or principal.bound_feature:
            feature = resolve_feature(policy, said.feature, principal.bound_feature)
        roles = await pipeline.services.roles.roles_for(said.user or principal.name)
        models = models_for(policy, roles, feature)
    except AIProxyError as error:
        return error_response(error, "openai", None)
    data = [{"id": m, "object": "model", "created": 0, "owned_by": "aiproxy"} for m in models]
    return JSONResponse({"object": "list", "data": data})


routes = [
    Route("/v1/chat/completions", chat_completions, methods=["POST"]),
    Route("/v1/responses", responses, methods=["POST"]),
    Route("/v1/embeddings", embeddings, methods=["POST"]),
    Route("/v1/messages", messages, methods=["POST"]),
    Route("/v1/models", list_models, methods=["GET"]),
]
