"""Admin API for the audit log: entries filtered by actor, subject, action and time."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from aiproxy.api.admin_common import AdminCall, admin_endpoint, listing, page_size
from aiproxy.errors import BadRequest
from aiproxy.records import audit

_SEQ = re.compile(r"^[0-9]{1,18}$")


def _moment(request: Request, name: str) -> datetime | None:
    raw = request.query_params.get(name)
    if raw is None:
        return None
    try:
        moment = datetime.fromisoformat(raw)
        return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    except (ValueError, OverflowError):
        raise BadRequest(f"'{name}' must be an ISO 8601 date-time", param=name) from None


def _text(request: Request, name: str) -> str | None:
    raw = request.query_params.get(name)
    if raw is not None and (not raw or len(raw) > 255 or "\x00" in raw):
        raise BadRequest(f"'{name}' must be 1-255 characters", param=name)
    return raw


def _after(request: Request) -> int:
    raw = request.query_params.get("after", "0")
    if not _SEQ.match(raw):
        raise BadRequest("'after' must be a non-negative entry id", param="after")
    return int(raw)


async def list_audit(call: AdminCall) -> Response:
    """Oldest first; `next_after` is the `after` of the next page (null on the last page)."""
    where = audit.AuditFilter(
        actor=_text(call.request, "actor"),
        subject=_text(call.request, "subject"),
        action=_text(call.request, "action"),
        since=_moment(call.request, "since"),
        until=_moment(call.request, "until"),
        after=_after(call.request),
        limit=page_size(call.request),
    )
    entries = await audit.query(call.services.database, where)
    next_after = entries[-1].seq if len(entries) == where.limit else None
    return listing([e.as_json() for e in entries], next_after)


routes = [Route("/admin/v1/audit", admin_endpoint(list_audit), methods=["GET"])]
