"""Envelope encryption of log content and the start-up check of the master key."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from aiproxy.records.crypto import (
    WINDOW,
    EntryUnreadable,
    LogCipher,
    MasterKeyMismatch,
    verify_master_key,
    window_for,
)
from aiproxy.store.database import Database
from aiproxy.store.log_tables import LogDataKeyRow
from tests.records.records_support import T0, keyring


def test_window_is_the_boundary_at_or_after_expiry_and_deterministic() -> None:
    assert window_for(datetime(2025, 3, 1, 11, 30, tzinfo=UTC)).id == "20250301T1200Z"
    exact = window_for(datetime(2025, 3, 1, 12, 0, tzinfo=UTC))
    assert exact.id == "20250301T1200Z" and exact.not_after == datetime(2025, 3, 1, 12, tzinfo=UTC)
    late = datetime(2025, 3, 1, 12, 0, 0, 1, tzinfo=UTC)
    assert window_for(late).not_after == datetime(2025, 3, 1, 13, tzinfo=UTC)
    assert window_for(late) == window_for(late + WINDOW - timedelta(microseconds=1))


async def test_sealed_content_opens_only_for_its_entry(db: Database) -> None:
    cipher = LogCipher(keyring())
    async with db.session() as session:
        window, blob = await cipher.seal(session, "log_1", T0, b"redacted text")
        assert b"redacted" not in blob
        assert await cipher.open(session, "log_1", window, blob) == b"redacted text"
        with pytest.raises(EntryUnreadable):
            await cipher.open(session, "log_2", window, blob)  # moved to another row
        tampered = blob[:-1] + bytes([blob[-1] ^ 1])
        with pytest.raises(EntryUnreadable):
            await cipher.open(session, "log_1", window, tampered)


async def test_entries_of_one_window_share_one_wrapped_data_key(db: Database) -> None:
    cipher = LogCipher(keyring())
    async with db.session() as session:
        first, _ = await cipher.seal(session, "log_1", T0, b"a")
        second, _ = await cipher.seal(session, "log_2", T0 + timedelta(minutes=20), b"b")
        third, _ = await cipher.seal(session, "log_3", T0 + timedelta(hours=2), b"c")
    assert first == second != third
    async with db.session() as session:
        rows = list(await session.scalars(select(LogDataKeyRow)))
    assert len(rows) == 2 and all(len(row.wrapped) == 12 + 32 + 16 for row in rows)


async def test_another_master_key_cannot_unwrap_the_data_keys(db: Database) -> None:
    async with db.session() as session:
        window, blob = await LogCipher(keyring()).seal(session, "log_1", T0, b"secret")
        with pytest.raises(EntryUnreadable):
            await LogCipher(keyring()).open(session, "log_1", window, blob)


async def test_missing_data_key_means_unreadable(db: Database) -> None:
    cipher = LogCipher(keyring())
    async with db.session() as session:
        window, blob = await cipher.seal(session, "log_1", T0, b"secret")
        await session.delete(await session.get(LogDataKeyRow, window))
        await session.flush()
        with pytest.raises(EntryUnreadable, match="destroyed"):
            await cipher.open(session, "log_1", window, blob)


async def test_master_key_check_is_stored_first_then_enforced(db: Database) -> None:
    ring = keyring()
    await verify_master_key(db, ring)
    await verify_master_key(db, ring)  # the same key starts again
    with pytest.raises(MasterKeyMismatch, match="AIPROXY_MASTER_KEY") as info:
        await verify_master_key(db, keyring())
    assert "traceback" not in str(info.value).lower()


def test_cipher_hides_its_key_in_repr() -> None:
    assert repr(LogCipher(keyring())) == "LogCipher(<hidden>)"
