"""Retention: expired windows' keys are destroyed (crypto-shredding), then their rows go."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from aiproxy.keyring import Keyring
from aiproxy.records.crypto import EntryUnreadable, LogCipher
from aiproxy.records.retention import purge
from aiproxy.store.database import Database
from aiproxy.store.log_tables import LogDataKeyRow, PromptLogRow, PromptLogTombstoneRow
from tests.records.records_support import T0, keyring, prompt_log, record
from tests.store.conftest import sqlite_url

KEEP = timedelta(days=30)


async def _write(db: Database, ring: Keyring) -> None:
    log = prompt_log(db, ring)
    await log.observe(record("req_short", feature="short"))  # expires T0 + 2h
    await log.observe(record("req_long", feature="long"))  # expires T0 + 3d
    await log.observe(record("req_quiet", feature="quiet"))  # metadata only: T0 + 30d


async def _state(db: Database) -> tuple[set[str], set[str], dict[str, str]]:
    async with db.session() as session:
        rows = set(await session.scalars(select(PromptLogRow.request_id)))
        keys = set(await session.scalars(select(LogDataKeyRow.key_window)))
        tombs = {
            t.request_id: t.reason for t in await session.scalars(select(PromptLogTombstoneRow))
        }
    return rows, keys, tombs


async def test_nothing_is_purged_before_expiry(db: Database) -> None:
    await _write(db, keyring())
    result = await purge(db, T0 + timedelta(hours=1, minutes=59), KEEP)
    assert (result.keys_destroyed, result.rows_deleted) == (0, 0)
    rows, keys, _ = await _state(db)
    assert rows == {"req_short", "req_long", "req_quiet"} and len(keys) == 2


async def test_purge_destroys_the_expired_windows_key_then_deletes_its_rows(db: Database) -> None:
    await _write(db, keyring())
    result = await purge(db, T0 + timedelta(hours=3), KEEP)
    assert (result.keys_destroyed, result.rows_deleted) == (1, 1)
    rows, keys, tombs = await _state(db)
    assert rows == {"req_long", "req_quiet"} and len(keys) == 1
    assert tombs == {"req_short": "expired"}

    result = await purge(db, T0 + timedelta(days=30, hours=1), KEEP)
    assert (result.keys_destroyed, result.rows_deleted) == (1, 2)
    rows, keys, tombs = await _state(db)
    assert rows == set() and keys == set() and set(tombs) == {"req_short", "req_long", "req_quiet"}

    result = await purge(db, T0 + timedelta(days=70), KEEP)
    assert result.tombstones_deleted == 3 and (await _state(db))[2] == {}


async def test_rows_whose_key_is_missing_are_deleted_too(db: Database) -> None:
    await _write(db, keyring())
    async with db.session() as session:
        row = await session.scalar(
            select(PromptLogRow).where(PromptLogRow.request_id == "req_long")
        )
        assert row is not None
        await session.delete(await session.get(LogDataKeyRow, row.key_window))
    result = await purge(db, T0, KEEP)
    assert result.rows_deleted == 1 and "req_long" not in (await _state(db))[0]


def _copy(db_file: Path, into: Path) -> Path:
    into.mkdir()
    for suffix in ("", "-wal"):
        source = Path(str(db_file) + suffix)
        if source.exists():
            shutil.copy(source, into / (db_file.name + suffix))
    return into / db_file.name


def _raw(path: Path, query: str, *params: object) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(query, params).fetchall()
    finally:
        connection.close()


def _file_bytes(db_file: Path) -> bytes:
    files = [Path(str(db_file) + suffix) for suffix in ("", "-wal")]
    return b"".join(f.read_bytes() for f in files if f.exists())


async def test_backup_taken_before_the_purge_cannot_be_decrypted_with_the_remaining_keys(
    tmp_path: Path,
) -> None:
    url = sqlite_url(tmp_path)
    db_file = Path(url.split("///", 1)[1])
    db = await Database.connect(url)
    ring = keyring()
    cipher = LogCipher(ring)
    try:
        await _write(db, ring)
        backup = _copy(db_file, tmp_path / "backup")
        [(entry, window, blob)] = _raw(
            backup, "SELECT id, key_window, content FROM prompt_logs WHERE request_id = 'req_short'"
        )
        [(wrapped,)] = _raw(
            backup, "SELECT wrapped FROM log_data_keys WHERE key_window = ?", window
        )
        assert isinstance(window, str) and isinstance(blob, bytes) and isinstance(wrapped, bytes)

        await purge(db, T0 + timedelta(hours=3), KEEP)

        async with db.session() as session:
            assert await session.get(LogDataKeyRow, window) is None
            assert await session.get(PromptLogRow, entry) is None
            remaining = [cipher.unwrap(row) for row in await session.scalars(select(LogDataKeyRow))]
        assert remaining
        for data_key in remaining:
            with pytest.raises(EntryUnreadable):
                LogCipher.open_with(data_key, str(entry), window, blob)
        # The destroyed key itself would open it: the backup's ciphertext is real, and only
        # that key, now gone from the live database, could read it.
        destroyed = LogDataKeyRow(key_window=window, wrapped=wrapped)
        assert LogCipher.open_with(cipher.unwrap(destroyed), str(entry), window, blob)
        live = _file_bytes(db_file)
        assert wrapped not in live  # secure_delete and a truncated WAL leave no copy behind
    finally:
        await db.close()
