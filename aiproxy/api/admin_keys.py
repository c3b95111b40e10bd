"""Admin API for API keys: create (secret shown once), list (never secrets), rotate, revoke."""

from __future__ import annotations

from typing import cast

from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from aiproxy.api.admin_common import AdminCall, admin_endpoint, json_object, listing, string_field
from aiproxy.auth.principal import KeyInfo, PrincipalKind
from aiproxy.errors import BadRequest


def key_json(info: KeyInfo) -> dict[str, object]:
    return {
        "id": info.id,
        "principal": info.principal,
        "kind": info.kind,
        "feature": info.feature,
        "created_at": info.created_at.isoformat(),
        "revoked_at": info.revoked_at.isoformat() if info.revoked_at else None,
        "active": info.active,
    }


async def list_keys(call: AdminCall) -> Response:
    """Every key, revoked ones included; only a hash of each secret is ever stored."""
    keys = await call.services.keys.list()
    return listing([key_json(k) for k in keys], None)


async def create_key(call: AdminCall) -> Response:
    body = await json_object(call, frozenset({"principal", "kind", "feature"}))
    principal = string_field(body, "principal", required=True) or ""
    kind = string_field(body, "kind", required=False) or "service"
    if kind not in ("service", "person"):
        raise BadRequest("'kind' must be 'service' or 'person'", param="kind")
    feature = string_field(body, "feature", required=False)
    info, plaintext = await call.state.actions.create_key(
        call.actor, principal, cast(PrincipalKind, kind), feature
    )
    return JSONResponse({**key_json(info), "key": plaintext}, status_code=201)


async def rotate_key(call: AdminCall) -> Response:
    old = call.path("key_id")
    info, plaintext = await call.state.actions.rotate_key(call.actor, old)
    return JSONResponse({**key_json(info), "key": plaintext, "replaces": old}, status_code=201)


async def revoke_key(call: AdminCall) -> Response:
    info = await call.state.actions.revoke_key(call.actor, call.path("key_id"))
    return JSONResponse(key_json(info))


routes = [
    Route("/admin/v1/keys", admin_endpoint(list_keys), methods=["GET"]),
    Route("/admin/v1/keys", admin_endpoint(create_key), methods=["POST"]),
    Route("/admin/v1/keys/{key_id}/rotate", admin_endpoint(rotate_key), methods=["POST"]),
    Route("/admin/v1/keys/{key_id}/revoke", admin_endpoint(revoke_key), methods=["POST"]),
]
