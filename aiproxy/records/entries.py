"""Reading and erasing prompt-log entries: search, one entry's content, one user's entries.

Everything here runs inside the caller's transaction, so the API can write the audit entry
for an access in the same commit as the access itself: no read without its record.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, delete, literal, select, tuple_
from sqlalchemy.ext.asyncio import AsyncSession

from aiproxy.records.crypto import LogCipher
from aiproxy.store.dialects import insert_for
from aiproxy.store.log_tables import PromptLogRow, PromptLogTombstoneRow
from aiproxy.store.tables import UTCDateTime


class BadCursor(ValueError):
    """A pagination cursor this server did not issue."""


@dataclass(frozen=True)
class Cursor:
    """Where the previous page ended (newest first): keyset pagination, stable under inserts."""

    created_at: datetime
    entry_id: str

    def encode(self) -> str:
        raw = json.dumps([self.created_at.isoformat(), self.entry_id]).encode()
        return base64.urlsafe_b64encode(raw).decode().rstrip("=")

    @classmethod
    def decode(cls, text: str) -> Cursor:
        try:
            raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
            created_at, entry_id = json.loads(raw)
            moment = datetime.fromisoformat(created_at)
        except (binascii.Error, ValueError, TypeError):
            raise BadCursor("cursor is not one this server issued") from None
        if moment.tzinfo is None or not isinstance(entry_id, str):
            raise BadCursor("cursor is not one this server issued")
        return cls(moment, entry_id)


@dataclass(frozen=True)
class LogQuery:
    """Search filters; every given one must match. Only live (unexpired) entries are found."""

    since: datetime | None = None
    until: datetime | None = None
    feature: str | None = None
    user_pseudonym: str | None = None
    request_id: str | None = None
    status: int | None = None
    outcome: str | None = None
    limit: int = 50
    after: Cursor | None = None


def _filtered(query: LogQuery, now: datetime) -> Select[PromptLogRow]:
    rows = PromptLogRow
    statement = select(rows).where(rows.expires_at > now)
    if query.since is not None:
        statement = statement.where(rows.created_at >= query.since)
    if query.until is not None:
        statement = statement.where(rows.created_at < query.until)
    equal: list[tuple[Any, object]] = [
        (rows.feature, query.feature),
        (rows.user_pseudonym, query.user_pseudonym),
        (rows.request_id, query.request_id),
        (rows.status, query.status),
        (rows.outcome, query.outcome),
    ]
    for column, value in equal:
        if value is not None:
            statement = statement.where(column == value)
    if query.after is not None:
        position = (query.after.created_at, query.after.entry_id)
        statement = statement.where(tuple_(rows.created_at, rows.id) < position)
    return statement.order_by(rows.created_at.desc(), rows.id.desc())


async def search(
    session: AsyncSession, query: LogQuery, now: datetime
) -> tuple[list[PromptLogRow], Cursor | None]:
    """One page of matching entries, newest first, and the cursor of the next page if any."""
    found = list(await session.scalars(_filtered(query, now).limit(query.limit + 1)))
    page = found[: query.limit]
    more = len(found) > query.limit
    return page, Cursor(page[-1].created_at, page[-1].id) if more else None


def metadata(row: PromptLogRow) -> dict[str, Any]:
    """What a search shows about an entry: everything but its content."""
    return {
        "id": row.id,
        "request_id": row.request_id,
        "created_at": row.created_at.isoformat(),
        "expires_at": row.expires_at.isoformat(),
        "principal": row.principal,
        "user": row.user_pseudonym,
        "feature": row.feature,
        "model": row.model,
        "provider": row.provider,
        "policy_version": row.policy_version,
        "api": row.dialect,
        "stream": row.stream,
        "status": row.status,
        "outcome": row.outcome,
        "reason_code": row.reason_code,
        "usage": {
            "input_tokens": row.input_tokens,
            "output_tokens": row.output_tokens,
            "source": row.usage_source,
        },
        "latency_ms": row.latency_ms,
        "upstream_ms": row.upstream_ms,
        "redactions": row.redactions,
        "redaction_actions": row.redaction_actions,
        "blocked": row.blocked,
        "enforced": row.enforced,
        "dropped_fields": row.dropped_fields,
        "has_content": row.content is not None,
    }


async def content(session: AsyncSession, cipher: LogCipher, row: PromptLogRow) -> dict[str, Any]:
    """The decrypted content of an entry (raises EntryUnreadable once its key is destroyed)."""
    assert row.content is not None and row.key_window is not None
    plaintext = await cipher.open(session, row.id, row.key_window, row.content)
    document: dict[str, Any] = json.loads(plaintext)
    return document


async def lookup(
    session: AsyncSession, ref: str
) -> tuple[list[PromptLogRow], list[PromptLogTombstoneRow]]:
    """The entries (and tombstones of removed ones) that `ref` names: an entry id (`log_…`),
    else a request id, which callers may choose and which may therefore name several."""
    row = await session.get(PromptLogRow, ref)
    tomb = await session.get(PromptLogTombstoneRow, ref)
    if row is not None or tomb is not None:
        return [row] if row else [], [tomb] if tomb else []
    rows = await session.scalars(select(PromptLogRow).where(PromptLogRow.request_id == ref))
    tombs = await session.scalars(
        select(PromptLogTombstoneRow).where(PromptLogTombstoneRow.request_id == ref)
    )
    return list(rows), list(tombs)


async def for_user(session: AsyncSession, pseudonym: str) -> list[PromptLogRow]:
    statement = select(PromptLogRow).where(PromptLogRow.user_pseudonym == pseudonym)
    return list(await session.scalars(statement.order_by(PromptLogRow.created_at)))


async def bury(
    session: AsyncSession,
    which: ColumnElement[bool],
    reason: str,
    now: datetime,
    keep: timedelta,
) -> None:
    """Write tombstones (reason, kept for `keep`) for the entries `which` selects."""
    tomb, stamp = PromptLogTombstoneRow, UTCDateTime()
    rows = select(
        PromptLogRow.id,
        PromptLogRow.request_id,
        literal(reason),
        literal(now, stamp),
        literal(now + keep, stamp),
    ).where(which)
    statement = insert_for(session)(tomb).from_select(
        [tomb.id, tomb.request_id, tomb.reason, tomb.removed_at, tomb.expires_at], rows
    )
    await session.execute(statement.on_conflict_do_nothing(index_elements=["id"]))


async def erase_user(session: AsyncSession, pseudonym: str, now: datetime, keep: timedelta) -> int:
    """Delete every entry of one end user (content and metadata); returns how many."""
    mine = PromptLogRow.user_pseudonym == pseudonym
    await bury(session, mine, "erased", now, keep)
    result = await session.execute(delete(PromptLogRow).where(mine))
    return int(getattr(result, "rowcount", 0) or 0)
