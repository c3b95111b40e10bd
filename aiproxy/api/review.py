"""Incident review: search prompt-log metadata, and read one entry's content with a reason.

Only principals holding a role with `review_logs: true` get in (admins without it do not);
every search and read states a justification, and every attempt, refused ones included, is
written to the audit log. A read and its audit entry commit together.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from aiproxy.api.audited import justification, refused
from aiproxy.auth.admin import require_flag, services_of
from aiproxy.errors import AIProxyError, BadRequest, Conflict, Gone, NotFound
from aiproxy.keyring import Keyring
from aiproxy.records import audit, entries
from aiproxy.records.crypto import EntryUnreadable, LogCipher
from aiproxy.store.log_tables import OUTCOMES, PromptLogRow, PromptLogTombstoneRow

MAX_PAGE = 200
DEFAULT_PAGE = 50
_KNOWN = frozenset(
    {"since", "until", "feature", "user", "request_id", "status", "outcome", "limit", "cursor"}
    | {"justification", "ticket"}
)
_NUMBER = re.compile(r"^[0-9]{1,9}$")


def _moment(request: Request, name: str) -> datetime | None:
    raw = request.query_params.get(name)
    if raw is None:
        return None
    try:
        moment = datetime.fromisoformat(raw.replace("Z", "+00:00").replace(" ", "+"))
    except ValueError:
        raise BadRequest(f"'{name}' must be an ISO 8601 time", param=name) from None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def _number(request: Request, name: str, low: int, high: int) -> int | None:
    raw = request.query_params.get(name)
    if raw is None:
        return None
    if not _NUMBER.match(raw) or not low <= int(raw) <= high:
        raise BadRequest(f"'{name}' must be an integer from {low} to {high}", param=name)
    return int(raw)


def parse_query(request: Request, keyring: Keyring) -> tuple[entries.LogQuery, dict[str, Any]]:
    """The search filters, and the same filters as recorded in the audit log (the user as
    its pseudonym, so the audit log does not accumulate raw user ids)."""
    params = request.query_params
    unknown = sorted(set(params) - _KNOWN)
    if unknown:
        raise BadRequest(f"unknown filter(s): {', '.join(unknown)}", param=unknown[0])
    since, until = _moment(request, "since"), _moment(request, "until")
    if since is not None and until is not None and since >= until:
        raise BadRequest("'since' must be earlier than 'until'", param="since")
    outcome = params.get("outcome")
    if outcome is not None and outcome not in OUTCOMES:
        raise BadRequest(f"'outcome' must be one of {', '.join(OUTCOMES)}", param="outcome")
    user = params.get("user")
    if user is not None and not 1 <= len(user) <= 255:
        raise BadRequest("'user' must be 1-255 characters", param="user")
    cursor = params.get("cursor")
    try:
        after = entries.Cursor.decode(cursor) if cursor is not None else None
    except entries.BadCursor as exc:
        raise BadRequest(str(exc), param="cursor") from None
    query = entries.LogQuery(
        since=since,
        until=until,
        feature=params.get("feature"),
        user_pseudonym=keyring.user_pseudonym(user) if user is not None else None,
        request_id=params.get("request_id"),
        status=_number(request, "status", 100, 599),
        outcome=outcome,
        limit=_number(request, "limit", 1, MAX_PAGE) or DEFAULT_PAGE,
        after=after,
    )
    recorded = {
        "since": since.isoformat() if since else None,
        "until": until.isoformat() if until else None,
        "feature": query.feature,
        "user": query.user_pseudonym,
        "request_id": query.request_id,
        "status": query.status,
        "outcome": query.outcome,
    }
    return query, {k: v for k, v in recorded.items() if v is not None}


async def search_logs(request: Request) -> Response:
    """GET /admin/v1/logs: metadata of matching entries, newest first, paged by `cursor`."""
    services = services_of(request)
    try:
        reviewer = await require_flag(request, "review_logs")
        reason = justification(request)
        query, recorded = parse_query(request, services.keyring)
        async with services.database.session(immediate=True) as session:
            rows, cursor = await entries.search(session, query, services.clock())
            details = {"filters": recorded, "results": len(rows), **reason.details()}
            await audit.append(
                session, reviewer.name, "log.search", "logs", details, clock=services.clock
            )
    except AIProxyError as error:
        return await refused(request, services, "log.search", "logs", error)
    return JSONResponse(
        {
            "object": "list",
            "data": [entries.metadata(row) for row in rows],
            "next_cursor": cursor.encode() if cursor is not None else None,
        }
    )


def _one_live(
    rows: list[PromptLogRow], tombs: list[PromptLogTombstoneRow], now: datetime
) -> PromptLogRow:
    """The one live entry named, or why there is none (expired, erased, never existed)."""
    live = [row for row in rows if row.expires_at > now]
    if len(live) > 1:
        ids = ", ".join(row.id for row in live)
        raise Conflict(f"several log entries have this request id; read one by its id: {ids}")
    if live:
        return live[0]
    if rows or any(t.reason == "expired" for t in tombs):
        raise Gone("this log entry has expired and its content has been destroyed")
    if tombs:
        raise Gone("this log entry was erased at the request of the data subject")
    raise NotFound("no log entry with this id or request id")


async def read_log(request: Request) -> Response:
    """GET /admin/v1/logs/{ref}: one entry, by entry id or request id, with its content."""
    services = services_of(request)
    ref: str = request.path_params["ref"]
    try:
        reviewer = await require_flag(request, "review_logs")
        reason = justification(request)
        cipher = LogCipher(services.keyring)
        async with services.database.session(immediate=True) as session:
            row = _one_live(*await entries.lookup(session, ref), services.clock())
            body = entries.metadata(row)
            try:
                body["content"] = (
                    await entries.content(session, cipher, row) if row.content else None
                )
            except EntryUnreadable:
                raise Gone("this log entry's content has been destroyed") from None
            details: dict[str, Any] = {"entry": row.id, "user": row.user_pseudonym}
            details |= {"feature": row.feature, "content": body["content"] is not None}
            details |= reason.details()
            await audit.append(
                session, reviewer.name, "log.read", row.request_id, details, clock=services.clock
            )
    except AIProxyError as error:
        return await refused(request, services, "log.read", ref, error)
    return JSONResponse(body)


routes = [
    Route("/admin/v1/logs", search_logs, methods=["GET"]),
    Route("/admin/v1/logs/{ref}", read_log, methods=["GET"]),
]
