"""Databases for tests: a fresh SQLite file, and a fresh PostgreSQL database when configured.

Set AIPROXY_TEST_POSTGRES_URL (a postgresql+asyncpg:// URL to any database on the server) to
run every database test on PostgreSQL too. Every database created there is named
`aiproxy_test_<random>` and dropped afterwards, so runs sharing one server never collide:
one per run for `db` (emptied after each test), one per test for `database_url`. When the
variable is set but the server cannot be reached, the tests fail rather than skip.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import create_async_engine
from sqlalchemy.pool import NullPool

from aiproxy.store.database import Database
from aiproxy.store.tables import Base

POSTGRES_ENV = "AIPROXY_TEST_POSTGRES_URL"


@asynccontextmanager
async def scratch_postgres_database(server_url: str) -> AsyncIterator[str]:
    """Create a uniquely named database on the server, yield its URL, then drop it."""
    server = make_url(server_url)
    name = f"aiproxy_test_{secrets.token_hex(6)}"
    admin = create_async_engine(server, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    try:
        async with admin.connect() as connection:
            await connection.execute(text(f'CREATE DATABASE "{name}"'))
    except (OSError, SQLAlchemyError) as exc:
        await admin.dispose()
        where = server.render_as_string(hide_password=True)
        pytest.fail(f"{POSTGRES_ENV} is set but {where} is unusable: {exc}")
    try:
        yield server.set(database=name).render_as_string(hide_password=False)
    finally:
        async with admin.connect() as connection:
            await connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        await admin.dispose()


def sqlite_url(folder: Path) -> str:
    return f"sqlite+aiosqlite:///{(folder / 'data' / 'aiproxy.db').as_posix()}"


def _postgres_server() -> str:
    server_url = os.environ.get(POSTGRES_ENV)
    if not server_url:
        pytest.skip(f"{POSTGRES_ENV} is not set")
    return server_url


@pytest.fixture(params=["sqlite", "postgres"])
def backend(request: pytest.FixtureRequest) -> str:
    """Runs each database test once per backend."""
    return str(request.param)


@pytest.fixture
async def database_url(backend: str, tmp_path: Path) -> AsyncIterator[str]:
    """The URL of a brand-new, empty database (for tests of migrations and connecting)."""
    if backend == "sqlite":
        yield sqlite_url(tmp_path)
        return
    async with scratch_postgres_database(_postgres_server()) as url:
        yield url


class SharedPostgres:
    """The run's one migrated PostgreSQL database, created on first use (creating is slow)."""

    def __init__(self) -> None:
        self._stack = AsyncExitStack()
        self._database: Database | None = None

    async def get(self) -> Database:
        if self._database is None:
            server = _postgres_server()
            url = await self._stack.enter_async_context(scratch_postgres_database(server))
            self._database = await Database.connect(url)
            self._stack.push_async_callback(self._database.close)
        return self._database

    async def close(self) -> None:
        await self._stack.aclose()


@pytest.fixture(scope="session")
async def shared_postgres() -> AsyncIterator[SharedPostgres]:
    shared = SharedPostgres()
    yield shared
    await shared.close()


@pytest.fixture
async def db(
    backend: str, tmp_path: Path, shared_postgres: SharedPostgres
) -> AsyncIterator[Database]:
    """A migrated, empty database; the shared PostgreSQL one is emptied after each test."""
    if backend == "sqlite":
        database = await Database.connect(sqlite_url(tmp_path))
        try:
            yield database
        finally:
            await database.close()
        return
    shared = await shared_postgres.get()
    try:
        yield shared
    finally:
        tables = ", ".join(table.name for table in Base.metadata.sorted_tables)
        async with shared.session() as session:
            await session.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
