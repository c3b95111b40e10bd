"""`POST /v1/privacy/analyze`: a dry run of redaction for product teams testing their prompts.

Given a feature and a text (or a whole request of one of the APIs), it answers what would be
detected (type, offsets, score), what would block the request, and the redacted form that
would be sent. Nothing is forwarded and nothing is stored.
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from aiproxy.api.errors import error_response
from aiproxy.api.proxy import read_json
from aiproxy.auth.identity import presented_key
from aiproxy.errors import AIProxyError, MalformedBody, UnknownFeature
from aiproxy.pipeline import Pipeline
from aiproxy.privacy.redact import apply_actions, detect
from aiproxy.privacy.texts import DIALECTS, describe

_USAGE = (
    "send {'feature': NAME, 'text': '...'} or "
    "{'feature': NAME, 'api': 'chat'|'responses'|'messages'|'embeddings', 'request': {...}}"
)


def _parse(body: dict[str, Any], headers_feature: str | None) -> tuple[str, str, dict[str, Any]]:
    feature = body.get("feature", headers_feature)
    if not isinstance(feature, str) or not feature:
        raise MalformedBody("'feature' is required: " + _USAGE, param="feature")
    if "text" in body:
        if not isinstance(body["text"], str):
            raise MalformedBody("'text' must be a string", param="text")
        return feature, "embeddings", {"input": body["text"]}
    api, request = body.get("api", "chat"), body.get("request")
    if api not in DIALECTS or not isinstance(request, dict):
        raise MalformedBody(_USAGE, param="request")
    return feature, api, request


async def analyze(request: Request) -> Response:
    pipeline: Pipeline = request.app.state.pipeline
    services = pipeline.services
    try:
        await pipeline.authenticate(presented_key(request.headers))
        body = await read_json(request, services.runtime.loaded.policy.max_body_bytes)
        name, api, inner = _parse(body, request.headers.get("x-aiproxy-feature"))
        loaded = services.runtime.loaded
        feature = loaded.policy.features.get(name)
        if feature is None:
            raise UnknownFeature(f"unknown feature {name!r}")
        rules = feature.redact
        detection = await detect(inner, api, rules, services.analyzer, loaded.version)
        redacted = apply_actions(inner, detection, rules, services.keyring.derive("hash-action"))
    except AIProxyError as error:
        return error_response(error, "openai", None)
    block = frozenset(rules.block)
    findings = [
        {
            "location": describe(slot.path),
            "type": f.entity_type,
            "start": f.start,
            "end": f.end,
            "score": round(f.score, 3),
            "action": "block"
            if f.entity_type in block
            else rules.actions.get(f.entity_type, rules.action),
        }
        for slot, found in zip(detection.slots, detection.findings, strict=True)
        for f in found
    ]
    blocked = dict(detection.counts(block))
    result: dict[str, Any] = {
        "feature": name,
        "policy_version": loaded.version,
        "findings": findings,
        "counts": dict(detection.counts()),
        "blocked": blocked,
        "would_send": not blocked,
    }
    if "text" in body:
        result["redacted_text"] = redacted.body["input"]
    else:
        result["redacted_request"] = redacted.body
    return JSONResponse(result)


routes = [Route("/v1/privacy/analyze", analyze, methods=["POST"])]
