"""Envelope encryption of prompt-log content, and the start-up check of the master key.

Content is sealed with AES-GCM under a data key shared by every entry expiring in the same
window (one hour); the data key is stored wrapped (AES-GCM) by a key-encryption key derived
from the master key. Destroying a window's key row makes all of its entries unreadable at
once (crypto-shredding). Associated data binds each ciphertext to its log entry and window,
and each wrapped key to its window, so no blob can be moved to another row and still open.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from aiproxy.keyring import Keyring, MasterKeyError
from aiproxy.store.database import Database
from aiproxy.store.dialects import insert_for
from aiproxy.store.log_tables import KeyCheckRow, LogDataKeyRow

#: Entries whose expiry falls in the same window share one data key.
WINDOW = timedelta(hours=1)
KEK_PURPOSE = "log-kek"
CHECK_PURPOSE = "key-check"
_FORMAT = b"\x01"  # blob layout: format byte, 12-byte nonce, ciphertext with tag
_NONCE = 12
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


class MasterKeyMismatch(MasterKeyError):
    """The master key differs from the one this database was first used with."""


class EntryUnreadable(Exception):
    """A log entry cannot be decrypted: its data key is destroyed, or the blob was altered."""


@dataclass(frozen=True)
class Window:
    """A retention window: its id (deterministic from its end) and the moment it ends."""

    id: str
    not_after: datetime


def window_for(expires_at: datetime) -> Window:
    """The window that ends at the first boundary at or after `expires_at`."""
    periods = -(-(expires_at - _EPOCH) // WINDOW)  # ceiling division of timedeltas
    end = _EPOCH + periods * WINDOW
    return Window(end.strftime("%Y%m%dT%H%MZ"), end)


def _content_ad(entry_id: str, window: str) -> bytes:
    return f"aiproxy/prompt-log/v1|{entry_id}|{window}".encode()


def _key_ad(window: str) -> bytes:
    return f"aiproxy/log-data-key/v1|{window}".encode()


class LogCipher:
    """Seals and opens log content; data keys are read from (or added to) the caller's session."""

    def __init__(self, keyring: Keyring) -> None:
        self._kek = AESGCM(keyring.derive(KEK_PURPOSE))

    def __repr__(self) -> str:
        return "LogCipher(<hidden>)"

    async def seal(
        self, session: AsyncSession, entry_id: str, expires_at: datetime, plaintext: bytes
    ) -> tuple[str, bytes]:
        """Encrypt `plaintext` for the window of `expires_at`; returns (window id, blob)."""
        window = window_for(expires_at)
        data_key = await self._data_key(session, window)
        nonce = os.urandom(_NONCE)
        sealed = AESGCM(data_key).encrypt(nonce, plaintext, _content_ad(entry_id, window.id))
        return window.id, _FORMAT + nonce + sealed

    async def open(self, session: AsyncSession, entry_id: str, window: str, blob: bytes) -> bytes:
        row = await session.get(LogDataKeyRow, window)
        if row is None:
            raise EntryUnreadable(f"the data key of window {window} has been destroyed")
        data_key = self.unwrap(row)
        return self.open_with(data_key, entry_id, window, blob)

    @staticmethod
    def open_with(data_key: bytes, entry_id: str, window: str, blob: bytes) -> bytes:
        """Decrypt with a given data key (also how tests prove a shredded entry stays shut)."""
        if blob[:1] != _FORMAT or len(blob) < 1 + _NONCE + 16:
            raise EntryUnreadable("unknown log content format")
        nonce, sealed = blob[1 : 1 + _NONCE], blob[1 + _NONCE :]
        try:
            return AESGCM(data_key).decrypt(nonce, sealed, _content_ad(entry_id, window))
        except InvalidTag:
            raise EntryUnreadable("log content does not authenticate") from None

    def unwrap(self, row: LogDataKeyRow) -> bytes:
        nonce, sealed = row.wrapped[:_NONCE], row.wrapped[_NONCE:]
        try:
            return self._kek.decrypt(nonce, sealed, _key_ad(row.key_window))
        except InvalidTag:
            raise EntryUnreadable(f"the data key of window {row.key_window} is unusable") from None

    async def _data_key(self, session: AsyncSession, window: Window) -> bytes:
        """The window's data key, created (and wrapped) by whichever writer needs it first."""
        row = await session.get(LogDataKeyRow, window.id)
        if row is None:
            data_key = AESGCM.generate_key(bit_length=256)
            nonce = os.urandom(_NONCE)
            wrapped = nonce + self._kek.encrypt(nonce, data_key, _key_ad(window.id))
            values = {
                "key_window": window.id,
                "not_after": window.not_after,
                "wrapped": wrapped,
                "created_at": datetime.now(UTC),
            }
            statement = insert_for(session)(LogDataKeyRow).values(values)
            await session.execute(statement.on_conflict_do_nothing(index_elements=["key_window"]))
            row = await session.scalar(
                select(LogDataKeyRow).where(LogDataKeyRow.key_window == window.id)
            )
            assert row is not None  # inserted by us or by the writer that won the race
        return self.unwrap(row)


def _check_value(keyring: Keyring) -> str:
    label = b"aiproxy/master-key-check/v1"
    return hmac.new(keyring.derive(CHECK_PURPOSE), label, hashlib.sha256).hexdigest()


async def verify_master_key(database: Database, keyring: Keyring) -> None:
    """Record the master key's check value on first start; refuse a different key later.

    A changed key would silently make every stored log unreadable and every user pseudonym
    different, so start-up stops instead (MasterKeyMismatch, shown like a policy error).
    """
    expected = _check_value(keyring)
    async with database.session(immediate=True) as session:
        values = {"purpose": "master", "value": expected, "created_at": datetime.now(UTC)}
        statement = insert_for(session)(KeyCheckRow).values(values)
        await session.execute(statement.on_conflict_do_nothing(index_elements=["purpose"]))
        stored = await session.scalar(
            select(KeyCheckRow.value).where(KeyCheckRow.purpose == "master")
        )
    if stored is None or not hmac.compare_digest(stored, expected):
        raise MasterKeyMismatch(
            "the master key does not match the one this database was first used with: "
            "set AIPROXY_MASTER_KEY (or restore the data folder's master.key) to the original "
            "key; a different key cannot read stored logs or recognise user pseudonyms"
        )
