"""The hash-chained audit log: appends, verification that names the first broken entry (also
through `aiproxy audit verify`), filters, and one valid chain under concurrent writers."""

from __future__ import annotations

import asyncio
import os
import sys
from datetime import UTC, datetime, timedelta
from functools import partial

from sqlalchemy import delete, update

from aiproxy.records import audit
from aiproxy.store.database import Database
from aiproxy.store.tables import AuditEventRow

T0 = datetime(2030, 1, 1, 12, tzinfo=UTC)


def _fixed(moment: datetime) -> datetime:
    return moment


async def _append(db: Database, n: int, actor: str = "root", at: datetime = T0) -> None:
    for i in range(n):
        async with db.session(immediate=True) as session:
            moment = at + timedelta(minutes=i)
            details = {"role": "agent"}
            clock = partial(_fixed, moment)
            await audit.append(session, actor, "role.grant", f"user-{i}", details, clock=clock)


async def _cli_verify(db: Database) -> tuple[int, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("AIPROXY_")}
    env["AIPROXY_DATABASE_URL"] = db.engine.url.render_as_string(hide_password=False)
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "aiproxy.cli",
        "audit",
        "verify",
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    out, _ = await process.communicate()
    return process.returncode or 0, out.decode()


async def test_verify_accepts_chain_when_nothing_was_changed(db: Database) -> None:
    assert await audit.verify(db) is None
    await _append(db, 5)
    assert await audit.verify(db) is None
    assert await _cli_verify(db) == (0, "ok: the audit chain is intact\n")


async def test_verify_names_the_entry_when_one_row_is_edited(db: Database) -> None:
    await _append(db, 5)
    async with db.session() as session:
        await session.execute(
            update(AuditEventRow).where(AuditEventRow.seq == 3).values(subject="someone-else")
        )
    broken = await audit.verify(db)
    assert broken is not None and broken.seq == 3
    status, output = await _cli_verify(db)
    assert status == 1
    assert "audit chain broken at entry 3" in output


async def test_verify_names_the_gap_when_an_entry_is_deleted(db: Database) -> None:
    await _append(db, 5)
    async with db.session() as session:
        await session.execute(delete(AuditEventRow).where(AuditEventRow.seq == 2))
    broken = await audit.verify(db)
    assert broken is not None and broken.seq == 2


async def test_verify_notices_when_the_newest_entries_are_cut_off(db: Database) -> None:
    await _append(db, 4)
    async with db.session() as session:
        await session.execute(delete(AuditEventRow).where(AuditEventRow.seq == 4))
    broken = await audit.verify(db)
    assert broken is not None and broken.seq == 4


async def test_query_filters_by_actor_subject_action_time_and_pages(db: Database) -> None:
    await _append(db, 3, actor="alice")
    await _append(db, 3, actor="bob", at=T0 + timedelta(hours=1))
    by_bob = await audit.query(db, audit.AuditFilter(actor="bob"))
    assert [e.seq for e in by_bob] == [4, 5, 6]
    assert [e.seq for e in await audit.query(db, audit.AuditFilter(subject="user-1"))] == [2, 5]
    late = audit.AuditFilter(
        since=T0 + timedelta(minutes=30), until=T0 + timedelta(hours=1, minutes=1)
    )
    assert [e.seq for e in await audit.query(db, late)] == [4]
    page = await audit.query(db, audit.AuditFilter(action="role.grant", after=2, limit=2))
    assert [e.seq for e in page] == [3, 4]
    assert page[0].details == {"role": "agent"}


async def test_concurrent_appends_leave_one_valid_chain(db: Database) -> None:
    async def one(i: int) -> None:
        async with db.session(immediate=True) as session:
            await audit.append(session, f"actor-{i}", "key.create", f"k{i}")

    await asyncio.gather(*(one(i) for i in range(30)))
    assert await audit.verify(db) is None
    entries = await audit.query(db, audit.AuditFilter(limit=100))
    assert [e.seq for e in entries] == list(range(1, 31))


async def test_rolled_back_action_leaves_no_entry(db: Database) -> None:
    class Refused(Exception):
        pass

    try:
        async with db.session(immediate=True) as session:
            await audit.append(session, "root", "role.grant", "alice")
            raise Refused
    except Refused:
        pass
    assert await audit.query(db, audit.AuditFilter()) == []
    assert await audit.verify(db) is None
