"""Admin API for the policy: show the one in force (with its version), reload it from disk."""

from __future__ import annotations

from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from aiproxy.api.admin_common import AdminCall, admin_endpoint


async def show_policy(call: AdminCall) -> Response:
    """The policy in force as loaded (provider key *variable names*, never key values)."""
    loaded = call.services.runtime.loaded
    return JSONResponse(
        {
            "version": loaded.version,
            "path": loaded.path,
            "policy": loaded.policy.model_dump(mode="json"),
        }
    )


async def reload_policy(call: AdminCall) -> Response:
    """Re-read the policy file; a broken one is refused (400 policy_invalid) and the old stays."""
    reloaded = await call.state.reloader.reload(call.actor)
    return JSONResponse(
        {"previous_version": reloaded.previous.version, "version": reloaded.current.version}
    )


routes = [
    Route("/admin/v1/policy", admin_endpoint(show_policy), methods=["GET"]),
    Route("/admin/v1/policy/reload", admin_endpoint(reload_policy), methods=["POST"]),
]
