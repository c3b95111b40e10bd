"""Database: migrations at connect (also when replicas race), sessions, ping, SQLite set-up."""

from __future__ import annotations

import asyncio
import os
import sys
from asyncio.subprocess import PIPE
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, select, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import create_async_engine

import aiproxy
from aiproxy.store.database import MIGRATIONS_DIR, Database, DatabaseUnavailable
from aiproxy.store.tables import ApiKeyRow, Base, PrincipalRow, UserRow
from tests.store.conftest import sqlite_url

REPO_ROOT = Path(aiproxy.__file__).resolve().parent.parent
UNREACHABLE = "postgresql+asyncpg://aiproxy:hunter2@127.0.0.1:1/nowhere"


def _head() -> str | None:
    return ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head()


def _revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def _schema_diff(connection: Connection) -> list[object]:
    context = MigrationContext.configure(connection, opts={"compare_server_default": True})
    return list(compare_metadata(context, Base.metadata))


async def test_connect_migrates_to_head_when_database_is_empty(database_url: str) -> None:
    db = await Database.connect(database_url)
    try:
        async with db.engine.connect() as connection:
            assert await connection.run_sync(_revision) == _head()
            tables = await connection.run_sync(lambda c: set(inspect(c).get_table_names()))
        assert {"principals", "api_keys", "role_assignments", "users"} <= tables
    finally:
        await db.close()


async def test_migrated_schema_matches_models_when_at_head(db: Database) -> None:
    async with db.engine.connect() as connection:
        assert await connection.run_sync(_schema_diff) == []


async def test_connect_keeps_data_when_run_again(database_url: str) -> None:
    first = await Database.connect(database_url)
    async with first.session() as session:
        session.add(PrincipalRow(name="billing", kind="service"))
    await first.close()
    second = await Database.connect(database_url)
    try:
        async with second.session() as session:
            names = (await session.scalars(select(PrincipalRow.name))).all()
        assert names == ["billing"]
    finally:
        await second.close()


# Each replica imports, says "ready", then waits for "go", so their migrations really overlap.
_REPLICA = """
import asyncio, sys
from aiproxy.store.database import Database
async def start(url):
    await (await Database.connect(url)).close()
print("ready", flush=True)
sys.stdin.readline()
asyncio.run(start(sys.argv[1]))
"""


async def test_connect_migrates_once_when_replica_processes_start_together(
    database_url: str,
) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    replicas = [
        await asyncio.create_subprocess_exec(
            sys.executable,
            "-c",
            _REPLICA,
            database_url,
            stdin=PIPE,
            stdout=PIPE,
            stderr=PIPE,
            env=env,
        )
        for _ in range(3)
    ]
    for replica in replicas:
        assert replica.stdout is not None
        assert await replica.stdout.readline() == b"ready\n"
    for replica in replicas:
        assert replica.stdin is not None
        replica.stdin.write(b"go\n")
    outcomes = [await replica.communicate() for replica in replicas]
    failures = [
        err.decode() for (_, err), r in zip(outcomes, replicas, strict=True) if r.returncode
    ]
    assert failures == []
    db = await Database.connect(database_url)
    try:
        async with db.engine.connect() as connection:
            assert await connection.run_sync(_revision) == _head()
    finally:
        await db.close()


async def test_connect_migrates_once_when_one_process_connects_concurrently(
    database_url: str,
) -> None:
    async with asyncio.timeout(60):
        replicas = await asyncio.gather(*(Database.connect(database_url) for _ in range(4)))
    try:
        assert all([await replica.ping() for replica in replicas])
    finally:
        for replica in replicas:
            await replica.close()


async def test_session_commits_when_block_succeeds(db: Database) -> None:
    async with db.session() as session:
        session.add(UserRow(subject="alice"))
    async with db.session() as session:
        user = await session.get(UserRow, "alice")
    assert user is not None
    assert (user.status, user.consent_withdrawn) == ("active", False)


async def test_session_rolls_back_when_block_raises(db: Database) -> None:
    with pytest.raises(RuntimeError):
        async with db.session() as session:
            session.add(UserRow(subject="bob"))
            await session.flush()
            raise RuntimeError("abort")
    async with db.session() as session:
        assert await session.get(UserRow, "bob") is None


async def test_foreign_keys_are_enforced_when_principal_is_missing(db: Database) -> None:
    with pytest.raises(IntegrityError):
        async with db.session() as session:
            session.add(ApiKeyRow(id="0" * 16, secret_hash="0" * 64, principal_id=999))


async def test_timestamps_come_back_in_utc_when_stored_with_offset(db: Database) -> None:
    local = datetime(2030, 1, 2, 3, 4, 5, tzinfo=timezone(timedelta(hours=2)))
    async with db.session() as session:
        session.add(PrincipalRow(name="tz", kind="person", created_at=local))
    async with db.session() as session:
        row = (await session.scalars(select(PrincipalRow))).one()
    assert row.created_at == local
    assert row.created_at.tzinfo == UTC


async def test_session_refuses_naive_timestamp_when_storing(db: Database) -> None:
    with pytest.raises(Exception, match="naive"):
        async with db.session() as session:
            session.add(PrincipalRow(name="naive", kind="person", created_at=datetime(2030, 1, 1)))


async def test_immediate_session_writes_when_requested(db: Database) -> None:
    async with db.session(immediate=True) as session:
        session.add(UserRow(subject="carol"))
    async with db.session() as session:
        assert await session.get(UserRow, "carol") is not None


async def test_ping_is_true_when_database_answers(db: Database) -> None:
    assert await db.ping() is True


async def test_ping_is_false_when_server_is_unreachable() -> None:
    db = Database(create_async_engine(UNREACHABLE))
    try:
        assert await db.ping() is False
    finally:
        await db.close()


async def test_connect_hides_password_when_server_is_unreachable() -> None:
    with pytest.raises(DatabaseUnavailable) as caught:
        await Database.connect(UNREACHABLE)
    assert "127.0.0.1:1" in str(caught.value)
    assert "hunter2" not in str(caught.value)


async def test_connect_raises_clearly_when_url_is_invalid() -> None:
    with pytest.raises(DatabaseUnavailable, match="invalid database URL"):
        await Database.connect("not a url")


async def test_connect_creates_folder_and_enables_wal_when_sqlite_file_is_new(
    tmp_path: Path,
) -> None:
    db = await Database.connect(sqlite_url(tmp_path))
    try:
        assert (tmp_path / "data" / "aiproxy.db").is_file()
        async with db.engine.connect() as connection:
            mode = (await connection.execute(text("PRAGMA journal_mode"))).scalar_one()
            foreign_keys = (await connection.execute(text("PRAGMA foreign_keys"))).scalar_one()
        assert (mode, foreign_keys) == ("wal", 1)
    finally:
        await db.close()


async def test_connect_refuses_when_database_is_from_a_newer_version(database_url: str) -> None:
    db = await Database.connect(database_url)
    async with db.session() as session:
        await session.execute(text("UPDATE alembic_version SET version_num = 'from_the_future'"))
    await db.close()
    with pytest.raises(DatabaseUnavailable, match="from_the_future"):
        await Database.connect(database_url)
