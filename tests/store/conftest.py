"""Databases for tests: a fresh SQLite file, and a fresh PostgreSQL database when configured.

Set AIPROXY_TEST_POSTGRES_URL (a postgresql+asyncpg:// URL to any database on the server) to
run every database test on PostgreSQL too. Each test gets its own `aiproxy_test_<random>`
database, dropped afterwards, so parallel runs on one server never collide. When the variable
is set but the server cannot be reached, the tests fail rather than skip.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import create_async_engine
from sqlalchemy.pool import NullPool

from aiproxy.store.database import Database

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


@pytest.fixture(params=["sqlite", "postgres"])
async def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[str]:
    """The URL of an empty database; runs each test once per backend."""
    if request.param == "sqlite":
        yield sqlite_url(tmp_path)
        return
    server_url = os.environ.get(POSTGRES_ENV)
    if not server_url:
        pytest.skip(f"{POSTGRES_ENV} is not set")
    async with scratch_postgres_database(server_url) as url:
        yield url


@pytest.fixture
async def db(database_url: str) -> AsyncIterator[Database]:
    """A migrated database, closed after the test."""
    database = await Database.connect(database_url)
    try:
        yield database
    finally:
        await database.close()
