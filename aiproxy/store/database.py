"""The database handle: engine, schema migrations at start-up, and transactional sessions.

One `Database` per process, built by the app lifespan or a CLI command and passed down;
nothing here is a module global, so tests open as many independent databases as they like.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.util import CommandError
from sqlalchemy import event, text
from sqlalchemy.engine import URL, Connection, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

MIGRATIONS_DIR = Path(__file__).parent / "migrations"

#: Key of the PostgreSQL advisory lock that serialises migrations across replicas ("aiproxy").
MIGRATION_LOCK_KEY = 0x616970726F7879

#: How long a SQLite connection waits for another process's write lock before giving up.
SQLITE_BUSY_TIMEOUT_MS = 10_000

#: A readiness probe must answer quickly even when the database hangs.
PING_TIMEOUT_SECONDS = 5.0

#: Execution option read by the SQLite BEGIN hook; "IMMEDIATE" takes the write lock up front.
_SQLITE_BEGIN = "aiproxy_sqlite_begin"


class DatabaseUnavailable(RuntimeError):
    """The database cannot be reached, or its URL is unusable."""


def _is_sqlite(url: URL) -> bool:
    return url.get_backend_name() == "sqlite"


def _sqlite_file(url: URL) -> Path | None:
    database = url.database
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database)


def _enable_wal(cursor: Any) -> None:
    """Switch the file to WAL once (the mode is stored in the file).

    Switching needs a moment with no other transaction open, and SQLite answers "locked" at once
    instead of waiting, so replicas starting together retry for up to the busy timeout.
    """
    deadline = time.monotonic() + SQLITE_BUSY_TIMEOUT_MS / 1000
    while True:
        cursor.execute("PRAGMA journal_mode")
        if str(cursor.fetchone()[0]).lower() == "wal":
            return
        try:
            cursor.execute("PRAGMA journal_mode = WAL")
            return
        except Exception as exc:  # the driver wraps sqlite3.OperationalError in its own class
            if "locked" not in str(exc).lower() or time.monotonic() > deadline:
                raise
            time.sleep(0.02)  # runs on the driver's thread, never on the event loop


def _install_sqlite_hooks(engine: AsyncEngine) -> None:
    """Make SQLite behave like a real transactional database.

    The sqlite3 driver's legacy mode neither BEGINs before DDL nor enforces foreign keys; we
    emit BEGIN ourselves (IMMEDIATE when asked, so read-then-write transactions cannot be
    overtaken by another process) and turn on WAL so readers never block the writer.
    """

    @event.listens_for(engine.sync_engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        _enable_wal(cursor)
        # In WAL mode NORMAL is still crash-safe for the application; only an OS crash or power
        # loss can roll back the last commits. It saves an fsync per write on the request path.
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine.sync_engine, "begin")
    def _on_begin(connection: Connection) -> None:
        mode = connection.get_execution_options().get(_SQLITE_BEGIN, "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")


def _alembic_config(connection: Connection) -> Config:
    config = Config()
    # ConfigParser interpolates '%', which may legitimately appear in an install path.
    config.set_main_option("script_location", str(MIGRATIONS_DIR).replace("%", "%%"))
    config.attributes["connection"] = connection
    return config


def _upgrade_to_head(connection: Connection) -> None:
    command.upgrade(_alembic_config(connection), "head")


class Database:
    """An async SQLAlchemy engine whose schema is at the newest migration."""

    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine
        self._sessions = async_sessionmaker(engine, expire_on_commit=False)

    @classmethod
    async def connect(cls, url: str) -> Database:
        """Open the database at `url` and migrate it to head before anyone uses it."""
        try:
            parsed = make_url(url)
        except ArgumentError:
            raise DatabaseUnavailable("invalid database URL") from None
        safe_url = parsed.render_as_string(hide_password=True)
        sqlite_file = _sqlite_file(parsed) if _is_sqlite(parsed) else None
        if sqlite_file is not None:
            sqlite_file.parent.mkdir(parents=True, exist_ok=True)
        try:
            engine = create_async_engine(parsed, pool_pre_ping=not _is_sqlite(parsed))
        except (ArgumentError, ImportError) as exc:
            raise DatabaseUnavailable(f"unsupported database URL {safe_url}: {exc}") from None
        if _is_sqlite(parsed):
            _install_sqlite_hooks(engine)
        database = cls(engine)
        try:
            await database._migrate()
        except (SQLAlchemyError, OSError, CommandError) as exc:
            # CommandError: the database is at a revision this version does not know (newer).
            await engine.dispose()
            reason = getattr(exc, "orig", None) or exc
            raise DatabaseUnavailable(f"cannot open database {safe_url}: {reason}") from None
        except BaseException:
            await engine.dispose()
            raise
        return database

    async def _migrate(self) -> None:
        """Upgrade to head in one transaction, one process at a time.

        PostgreSQL: a transaction-scoped advisory lock makes concurrent replicas queue up, and
        each sees the schema its predecessor committed. SQLite: BEGIN IMMEDIATE does the same.
        """
        async with self.engine.connect() as connection:
            if self.dialect == "sqlite":
                await connection.execution_options(**{_SQLITE_BEGIN: "IMMEDIATE"})
            async with connection.begin():
                if self.dialect == "postgresql":
                    await connection.execute(
                        text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY}
                    )
                await connection.run_sync(_upgrade_to_head)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @asynccontextmanager
    async def session(self, *, immediate: bool = False) -> AsyncIterator[AsyncSession]:
        """A session inside one transaction: committed on success, rolled back on error.

        `immediate=True` is for read-then-write transactions: on SQLite it takes the write lock
        at BEGIN, so another process cannot commit in between (PostgreSQL ignores it).
        """
        async with self._sessions() as session, session.begin():
            if immediate and self.dialect == "sqlite":
                await session.connection(execution_options={_SQLITE_BEGIN: "IMMEDIATE"})
            yield session

    async def ping(self) -> bool:
        """Whether the database answers a trivial query in time (for readiness probes)."""
        try:
            async with asyncio.timeout(PING_TIMEOUT_SECONDS), self.engine.connect() as connection:
                await connection.execute(text("SELECT 1"))
        except (SQLAlchemyError, OSError, TimeoutError):
            return False
        return True

    async def close(self) -> None:
        await self.engine.dispose()
