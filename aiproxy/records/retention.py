"""Retention: destroy the data keys of ended windows (crypto-shredding), then their rows.

One purge is one transaction: the keys of every window that has ended are deleted, then every
expired row (and any row whose key is gone), leaving a tombstone so a later read answers
410 Gone; old tombstones go too. Replicas may all purge: PostgreSQL serialises them with an
advisory lock, SQLite with its write lock. The server purges on a schedule; `aiproxy logs
purge` runs the same function once.

On SQLite the purge turns on `secure_delete` and truncates the write-ahead log afterwards, so
a destroyed key's bytes do not linger in free pages of the live file. A backup taken before
a purge still holds the wrapped key: keep backups no longer than `logs.max_retention`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select, text

from aiproxy.records.entries import bury
from aiproxy.services import Services
from aiproxy.store.database import Database
from aiproxy.store.dialects import scrub_deletions
from aiproxy.store.log_tables import LogDataKeyRow, PromptLogRow, PromptLogTombstoneRow

log = logging.getLogger(__name__)

#: Key of the PostgreSQL advisory lock that makes replicas purge one at a time ("purge").
PURGE_LOCK_KEY = 0x7075726765


@dataclass(frozen=True)
class PurgeResult:
    keys_destroyed: int
    rows_deleted: int
    tombstones_deleted: int


def _count(result: object) -> int:
    return int(getattr(result, "rowcount", 0) or 0)


async def purge(database: Database, now: datetime, keep_tombstones: timedelta) -> PurgeResult:
    """Shred and delete everything whose retention has ended at `now`."""
    sqlite = database.dialect == "sqlite"
    async with database.session(immediate=True) as session:
        await scrub_deletions(session)
        if not sqlite:
            await session.execute(
                text("SELECT pg_advisory_xact_lock(:key)"), {"key": PURGE_LOCK_KEY}
            )
        keys = await session.execute(delete(LogDataKeyRow).where(LogDataKeyRow.not_after <= now))
        live_windows = select(LogDataKeyRow.key_window)
        gone = (PromptLogRow.expires_at <= now) | (
            PromptLogRow.key_window.is_not(None) & PromptLogRow.key_window.not_in(live_windows)
        )
        await bury(session, gone, "expired", now, keep_tombstones)
        rows = await session.execute(delete(PromptLogRow).where(gone))
        tombstones = await session.execute(
            delete(PromptLogTombstoneRow).where(PromptLogTombstoneRow.expires_at <= now)
        )
    result = PurgeResult(_count(keys), _count(rows), _count(tombstones))
    if sqlite and result.keys_destroyed:
        await _truncate_wal(database)
    return result


async def _truncate_wal(database: Database) -> None:
    """Checkpoint and empty the WAL file, where old copies of destroyed keys would remain.

    Best effort: with a reader active the checkpoint stops early; the next purge retries.
    """
    async with database.engine.connect() as connection:
        raw = await connection.get_raw_connection()
        driver = raw.driver_connection
        assert driver is not None
        await driver.execute("PRAGMA wal_checkpoint(TRUNCATE)")


async def purge_now(services: Services) -> PurgeResult:
    """One purge with the server's clock and policy, reported to metrics when present."""
    limits = services.runtime.loaded.policy.logs
    result = await purge(services.database, services.clock(), limits.metadata_retention_delta)
    metrics = getattr(services, "metrics", None)
    if metrics is not None:
        metrics.record_purge(keys_destroyed=result.keys_destroyed, rows_deleted=result.rows_deleted)
    if result.keys_destroyed or result.rows_deleted:
        log.info(
            "purged prompt logs: %d data keys destroyed, %d rows deleted",
            result.keys_destroyed,
            result.rows_deleted,
        )
    return result


async def _every(services: Services, interval: float) -> None:
    while True:
        await asyncio.sleep(interval)
        try:
            await purge_now(services)
        except Exception as exc:  # try again next time; a failed purge must not stop the server
            log.error("prompt-log purge failed: %s", type(exc).__name__)


@contextlib.asynccontextmanager
async def purge_schedule(services: Services, interval: float) -> AsyncIterator[None]:
    """Purge every `interval` seconds while the server runs; stop cleanly at shutdown."""
    task = asyncio.get_running_loop().create_task(_every(services, interval), name="log-purge")
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
