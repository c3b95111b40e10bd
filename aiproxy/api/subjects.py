"""Data subject requests: export everything stored about one end user, or erase their logs.

Both are admin-only, need a stated justification (typically the request's ticket), and are
audited in the same transaction as the export or erasure. The erasure's audit entry names
the user by pseudonym and count only: the audit log keeps that an erasure happened.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from aiproxy.api.audited import justification, refused
from aiproxy.auth.admin import require_flag, services_of
from aiproxy.errors import AIProxyError, BadRequest
from aiproxy.records import audit, entries
from aiproxy.records.crypto import EntryUnreadable, LogCipher
from aiproxy.store.dialects import scrub_deletions
from aiproxy.store.log_tables import PromptLogRow
from aiproxy.store.tables import (
    SUBJECT_LENGTH,
    ApiKeyRow,
    AuditEventRow,
    PrincipalRow,
    RoleAssignmentRow,
    UserRow,
)

log = logging.getLogger(__name__)


def _user(request: Request) -> str:
    user: str = request.path_params["user"]
    if not user.strip() or len(user) > SUBJECT_LENGTH:
        raise BadRequest(f"a user id is 1-{SUBJECT_LENGTH} characters", param="user")
    return user


async def _log_entry(session: AsyncSession, cipher: LogCipher, row: PromptLogRow) -> dict[str, Any]:
    entry = entries.metadata(row)
    entry["content"], entry["content_status"] = None, "not_logged"
    if row.content is not None:
        try:
            entry["content"] = await entries.content(session, cipher, row)
            entry["content_status"] = "included"
        except EntryUnreadable:
            entry["content_status"] = "destroyed"
    return entry


async def _account(session: AsyncSession, user: str) -> dict[str, Any]:
    state = await session.get(UserRow, user)
    roles = await session.scalars(
        select(RoleAssignmentRow).where(RoleAssignmentRow.subject == user)
    )
    keys = await session.scalars(
        select(ApiKeyRow).join(PrincipalRow).where(PrincipalRow.name == user)
    )
    return {
        "status": state.status if state else "active",
        "consent": "withdrawn" if state and state.consent_withdrawn else "given",
        "updated_at": state.updated_at.isoformat() if state else None,
        "roles": [
            {"role": r.role, "granted_by": r.granted_by, "granted_at": r.granted_at.isoformat()}
            for r in roles
        ],
        "api_keys": [
            {
                "id": k.id,
                "feature": k.feature,
                "created_at": k.created_at.isoformat(),
                "revoked_at": k.revoked_at.isoformat() if k.revoked_at else None,
            }
            for k in keys
        ],
    }


async def _history(session: AsyncSession, subjects: tuple[str, ...]) -> list[dict[str, Any]]:
    """Audit entries about the user: role grants and revokes, suspension, consent, refusals."""
    rows = await session.scalars(
        select(AuditEventRow).where(AuditEventRow.subject.in_(subjects)).order_by(AuditEventRow.seq)
    )
    return [
        {
            "at": r.at.isoformat(),
            "actor": r.actor,
            "action": r.action,
            "details": json.loads(r.details),
        }
        for r in rows
    ]


async def export_user(request: Request) -> Response:
    """GET /admin/v1/users/{user}/export: everything aiproxy stores about one end user."""
    services = services_of(request)
    subject = request.path_params["user"]
    try:
        admin = await require_flag(request, "admin")
        reason = justification(request)
        user = _user(request)
        pseudonym = services.keyring.user_pseudonym(user)
        cipher = LogCipher(services.keyring)
        async with services.database.session(immediate=True) as session:
            rows = await entries.for_user(session, pseudonym)
            document = {
                "user": user,
                "pseudonym": pseudonym,
                "exported_at": services.clock().isoformat(),
                "account": await _account(session, user),
                "history": await _history(session, (user, pseudonym)),
                "prompt_logs": [await _log_entry(session, cipher, row) for row in rows],
            }
            details = {"prompt_logs": len(rows), **reason.details()}
            await audit.append(
                session, admin.name, "user.export", user, details, clock=services.clock
            )
    except AIProxyError as error:
        return await refused(request, services, "user.export", subject, error)
    return JSONResponse(document)


async def erase_user_data(request: Request) -> Response:
    """DELETE /admin/v1/users/{user}/data: erase the user's prompt-log content and metadata."""
    services = services_of(request)
    subject = request.path_params["user"]
    try:
        admin = await require_flag(request, "admin")
        reason = justification(request)
        user = _user(request)
        pseudonym = services.keyring.user_pseudonym(user)
        keep = services.runtime.loaded.policy.logs.metadata_retention_delta
        async with services.database.session(immediate=True) as session:
            await scrub_deletions(session)
            erased = await entries.erase_user(session, pseudonym, services.clock(), keep)
            details = {"prompt_logs": erased, **reason.details()}
            await audit.append(
                session, admin.name, "user.erase", pseudonym, details, clock=services.clock
            )
    except AIProxyError as error:
        # A refused erasure names the user by pseudonym too (when the id is usable at all).
        named = services.keyring.user_pseudonym(subject) if subject.strip() else "(none)"
        return await refused(request, services, "user.erase", named, error)
    log.info("erased %d prompt-log entries of one user", erased)
    return JSONResponse({"user": user, "pseudonym": pseudonym, "erased": {"prompt_logs": erased}})


routes = [
    Route("/admin/v1/users/{user}/export", export_user, methods=["GET"]),
    Route("/admin/v1/users/{user}/data", erase_user_data, methods=["DELETE"]),
]
