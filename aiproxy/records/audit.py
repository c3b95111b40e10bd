"""The tamper-evident audit log: one hash chain of who did what, appended inside the caller's
transaction so an action and its record commit (or roll back) together.

Each entry's hash is sha256(previous entry's hash + its own canonical content). A single head
row holds the newest position and hash; every append locks it (`SELECT … FOR UPDATE` on
PostgreSQL, the write lock taken by `BEGIN IMMEDIATE` on SQLite), so concurrent writers on any
number of replicas queue up and the chain stays one line. Editing, deleting or reordering any
entry, or cutting off the newest ones, breaks a link that `verify` reports.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from aiproxy.store.database import Database
from aiproxy.store.tables import NAME_LENGTH, SUBJECT_LENGTH, AuditEventRow, AuditHeadRow

GENESIS_HASH = "0" * 64
_HEAD_ID = 1
_VERIFY_BATCH = 1000


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: datetime
    actor: str
    action: str
    subject: str
    details: Mapping[str, Any]
    prev_hash: str
    hash: str

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.seq,
            "at": self.at.isoformat(),
            "actor": self.actor,
            "action": self.action,
            "subject": self.subject,
            "details": dict(self.details),
            "prev_hash": self.prev_hash,
            "hash": self.hash,
        }


@dataclass(frozen=True)
class BrokenLink:
    """The first entry at which the chain does not hold, and why."""

    seq: int
    reason: str


@dataclass(frozen=True)
class AuditFilter:
    actor: str | None = None
    subject: str | None = None
    action: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    #: Only entries after this position (the `next_after` of the previous page).
    after: int = 0
    limit: int = 100


def canonical_details(details: Mapping[str, Any]) -> str:
    return json.dumps(details, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def entry_hash(
    prev_hash: str, seq: int, at: datetime, actor: str, action: str, subject: str, details: str
) -> str:
    """The hash of one entry: it covers its position, so moving an entry breaks the chain too."""
    content = json.dumps(
        [seq, at.astimezone(UTC).isoformat(), actor, action, subject, details],
        separators=(",", ":"),
        ensure_ascii=False,
    )
    return hashlib.sha256((prev_hash + content).encode()).hexdigest()


def _clip(value: str, limit: int) -> str:
    return value if len(value) <= limit else value[: limit - 1] + "…"


async def _lock_head(session: AsyncSession) -> AuditHeadRow:
    """The head row, locked until the caller's transaction ends (created if it went missing)."""
    dialect = session.get_bind().dialect.name
    if dialect in ("postgresql", "sqlite"):
        insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
        await session.execute(
            insert(AuditHeadRow)
            .values(id=_HEAD_ID, seq=0, hash=GENESIS_HASH)
            .on_conflict_do_nothing(index_elements=["id"])
        )
    query = select(AuditHeadRow).where(AuditHeadRow.id == _HEAD_ID).with_for_update()
    return (await session.execute(query.execution_options(populate_existing=True))).scalar_one()


async def lock(session: AsyncSession) -> None:
    """Serialise with every other audited action now, for actions whose checks must not race
    (the last-admin rule); `append` takes the same lock, so calling both is fine."""
    await _lock_head(session)


async def append(
    session: AsyncSession,
    actor: str,
    action: str,
    subject: str,
    details: Mapping[str, Any] | None = None,
    *,
    clock: Callable[[], datetime] | None = None,
) -> AuditEntry:
    """Append one entry inside the caller's open transaction (it commits with the action).

    `actor` is who acted (a principal name or `cli:<user>`), `action` a dotted verb such as
    `role.grant` or `log.read`, `subject` what it was done to (a user, key id or policy path),
    `details` a JSON-able mapping of names, ids and reason codes: never customer content.
    On SQLite open the session with `Database.session(immediate=True)`, so the write lock is
    held from the start and concurrent appenders wait instead of failing.
    """
    head = await _lock_head(session)
    at = (clock or (lambda: datetime.now(UTC)))()
    text = canonical_details(details or {})
    actor, subject = _clip(actor, SUBJECT_LENGTH), _clip(subject, SUBJECT_LENGTH)
    action = _clip(action, NAME_LENGTH)
    seq = head.seq + 1
    digest = entry_hash(head.hash, seq, at, actor, action, subject, text)
    row = AuditEventRow(
        seq=seq,
        at=at,
        actor=actor,
        action=action,
        subject=subject,
        details=text,
        prev_hash=head.hash,
        hash=digest,
    )
    session.add(row)
    head.seq, head.hash = seq, digest
    await session.flush()
    return _entry(row)


def _entry(row: AuditEventRow) -> AuditEntry:
    try:
        details = json.loads(row.details)
    except ValueError:
        details = {"unreadable": True}
    return AuditEntry(
        row.seq,
        row.at,
        row.actor,
        row.action,
        row.subject,
        details if isinstance(details, dict) else {"value": details},
        row.prev_hash,
        row.hash,
    )


def _check(row: AuditEventRow, seq: int, prev_hash: str) -> str | None:
    if row.seq != seq:
        return f"entry {seq} is missing (next entry is {row.seq})"
    if row.prev_hash != prev_hash:
        return "its link to the previous entry does not match (an entry was removed or altered)"
    expected = entry_hash(
        prev_hash, row.seq, row.at, row.actor, row.action, row.subject, row.details
    )
    if row.hash != expected:
        return "its content does not match its hash (the entry was edited)"
    return None


async def verify(db: Database) -> BrokenLink | None:
    """Walk the whole chain; the first entry where it does not hold, or None when it is intact.

    The head is read first and the walk stops at it, so entries appended meanwhile by a live
    server are left for the next run instead of looking like a mismatch.
    """
    prev_hash, seq = GENESIS_HASH, 0
    async with db.session() as session:
        head = await session.get(AuditHeadRow, _HEAD_ID)
        last = head.seq if head is not None else None
        while True:
            query = select(AuditEventRow).where(AuditEventRow.seq > seq)
            if last is not None:
                query = query.where(AuditEventRow.seq <= last)
            query = query.order_by(AuditEventRow.seq).limit(_VERIFY_BATCH)
            rows = list(await session.scalars(query))
            for row in rows:
                problem = _check(row, seq + 1, prev_hash)
                if problem is not None:
                    return BrokenLink(seq + 1, problem)
                prev_hash, seq = row.hash, row.seq
            if len(rows) < _VERIFY_BATCH:
                break
    if head is None:
        return BrokenLink(1, "the chain head is missing") if seq else None
    if head.seq != seq or head.hash != prev_hash:
        return BrokenLink(seq + 1, f"the chain head names {head.seq} entries but {seq} remain")
    return None


def _filtered(where: AuditFilter) -> Select[AuditEventRow]:
    query = select(AuditEventRow).where(AuditEventRow.seq > where.after)
    if where.actor is not None:
        query = query.where(AuditEventRow.actor == where.actor)
    if where.subject is not None:
        query = query.where(AuditEventRow.subject == where.subject)
    if where.action is not None:
        query = query.where(AuditEventRow.action == where.action)
    if where.since is not None:
        query = query.where(AuditEventRow.at >= where.since)
    if where.until is not None:
        query = query.where(AuditEventRow.at < where.until)
    return query.order_by(AuditEventRow.seq).limit(where.limit)


async def query(db: Database, where: AuditFilter) -> list[AuditEntry]:
    """Entries matching every given filter, oldest first, at most `where.limit` of them."""
    async with db.session() as session:
        return [_entry(row) for row in await session.scalars(_filtered(where))]
