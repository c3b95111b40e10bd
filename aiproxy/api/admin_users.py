"""Admin API for end users: list them, grant and revoke roles, suspend, record consent."""

from __future__ import annotations

import re

from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from aiproxy.api.admin_common import (
    AdminCall,
    admin_endpoint,
    json_object,
    listing,
    page_size,
    string_field,
)
from aiproxy.auth.roles import RoleAssignment
from aiproxy.auth.users import Standing
from aiproxy.errors import BadRequest, NotFound

# The same rules as the X-AIProxy-User header and policy role names.
_USER = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@:+-]{0,199}$")
_ROLE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")


def _user(call: AdminCall) -> str:
    user = call.path("user")
    if not _USER.match(user):
        raise BadRequest("a user id is 1-200 characters of letters, digits and ._@:+-")
    return user


def _role(value: str) -> str:
    if not _ROLE.match(value):
        raise BadRequest("a role name is 1-100 characters of letters, digits and ._-", param="role")
    return value


def _assignment(a: RoleAssignment) -> dict[str, object]:
    return {
        "user": a.subject,
        "role": a.role,
        "granted_by": a.granted_by,
        "granted_at": a.granted_at.isoformat(),
    }


def _standing(user: str, s: Standing) -> dict[str, object]:
    consent = "withdrawn" if s.consent_withdrawn else "given"
    return {"user": user, "status": s.status, "consent": consent}


async def list_users(call: AdminCall) -> Response:
    """Users with their roles, status and consent, ordered by id; page with `after`."""
    limit = page_size(call.request)
    after = call.request.query_params.get("after")
    if after is not None and not _USER.match(after):
        raise BadRequest("'after' must be a user id from a previous page", param="after")
    users = await call.state.users.page(after, limit)
    next_after = users[-1].user if len(users) == limit else None
    return listing([u.as_json() for u in users], next_after)


async def show_user(call: AdminCall) -> Response:
    user = _user(call)
    view = await call.state.users.view(user)
    if view is None:
        raise NotFound(f"unknown user {user!r}")
    return JSONResponse(view.as_json())


async def grant_role(call: AdminCall) -> Response:
    user = _user(call)
    body = await json_object(call, frozenset({"role"}))
    role = _role(string_field(body, "role", required=True) or "")
    granted = await call.state.actions.grant(call.actor, user, role)
    return JSONResponse(_assignment(granted), status_code=201)


async def revoke_role(call: AdminCall) -> Response:
    user, role = _user(call), _role(call.path("role"))
    revoked = await call.state.actions.revoke(call.actor, user, role)
    return JSONResponse({**_assignment(revoked), "revoked": True})


async def suspend(call: AdminCall) -> Response:
    user = _user(call)
    return JSONResponse(
        _standing(user, await call.state.actions.set_status(call.actor, user, "suspended"))
    )


async def reinstate(call: AdminCall) -> Response:
    user = _user(call)
    return JSONResponse(
        _standing(user, await call.state.actions.set_status(call.actor, user, "active"))
    )


async def withdraw_consent(call: AdminCall) -> Response:
    user = _user(call)
    standing = await call.state.actions.set_consent(call.actor, user, withdrawn=True)
    return JSONResponse(_standing(user, standing))


async def restore_consent(call: AdminCall) -> Response:
    user = _user(call)
    standing = await call.state.actions.set_consent(call.actor, user, withdrawn=False)
    return JSONResponse(_standing(user, standing))


_USERS = "/admin/v1/users"
routes = [
    Route(_USERS, admin_endpoint(list_users), methods=["GET"]),
    Route(_USERS + "/{user}", admin_endpoint(show_user), methods=["GET"]),
    Route(_USERS + "/{user}/roles", admin_endpoint(grant_role), methods=["POST"]),
    Route(_USERS + "/{user}/roles/{role}", admin_endpoint(revoke_role), methods=["DELETE"]),
    Route(_USERS + "/{user}/suspend", admin_endpoint(suspend), methods=["POST"]),
    Route(_USERS + "/{user}/reinstate", admin_endpoint(reinstate), methods=["POST"]),
    Route(_USERS + "/{user}/consent/withdraw", admin_endpoint(withdraw_consent), methods=["POST"]),
    Route(_USERS + "/{user}/consent/restore", admin_endpoint(restore_consent), methods=["POST"]),
]
