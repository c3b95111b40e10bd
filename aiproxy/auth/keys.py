"""API keys: issue, authenticate, list, revoke and rotate; only a hash of each secret is kept.

A key reads `aip_<id>_<secret>`. The id is public (it names the key in lists and logs) and
finds the row in one indexed lookup; the secret is 32 random bytes, so a single SHA-256 is
enough: a slow password hash only protects guessable inputs.
"""

from __future__ import annotations

import builtins
import hashlib
import hmac
import re
import secrets
from typing import cast

from sqlalchemy import Select, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from aiproxy.auth.principal import KeyInfo, Principal, PrincipalKind
from aiproxy.store.database import Database
from aiproxy.store.tables import ApiKeyRow, PrincipalRow, utcnow

KEY_PREFIX = "aip_"
_KEY_ID = re.compile(r"^[0-9a-f]{16}$")
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,99}$")
_MAX_SECRET_LENGTH = 128


class KeyStoreError(ValueError):
    """A key operation that cannot be done as asked (bad name, revoked key, kind mismatch)."""


class UnknownKey(KeyStoreError):
    """No key has the given id."""


def _hash_secret(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def _new_key() -> tuple[str, str, str]:
    """Return (key id, secret, plaintext key)."""
    key_id = secrets.token_hex(8)
    secret = secrets.token_urlsafe(32)
    return key_id, secret, f"{KEY_PREFIX}{key_id}_{secret}"


def _split(presented: str) -> tuple[str, str] | None:
    if not presented.startswith(KEY_PREFIX):
        return None
    key_id, _, secret = presented[len(KEY_PREFIX) :].partition("_")
    if not _KEY_ID.match(key_id) or not 0 < len(secret) <= _MAX_SECRET_LENGTH:
        return None
    return key_id, secret


def _info(key: ApiKeyRow, owner: PrincipalRow) -> KeyInfo:
    return KeyInfo(
        id=key.id,
        principal=owner.name,
        kind=cast(PrincipalKind, owner.kind),
        feature=key.feature,
        created_at=key.created_at,
        revoked_at=key.revoked_at,
    )


def _keys() -> Select[ApiKeyRow, PrincipalRow]:
    return select(ApiKeyRow, PrincipalRow).join(
        PrincipalRow, ApiKeyRow.principal_id == PrincipalRow.id
    )


def _check_name(what: str, value: str) -> None:
    if not _NAME.match(value):
        raise KeyStoreError(
            f"invalid {what} name {value!r}: use 1-100 letters, digits, '.', '_', '@' or '-'"
        )


class KeyStore:
    """Issues and checks the API keys that product services and people present to aiproxy."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def create(
        self, principal: str, kind: PrincipalKind = "service", feature: str | None = None
    ) -> tuple[KeyInfo, str]:
        """Issue a key; the plaintext is returned here once and can never be recovered."""
        async with self._db.session(immediate=True) as session:
            return await self.create_in(session, principal, kind, feature)

    async def create_in(
        self,
        session: AsyncSession,
        principal: str,
        kind: PrincipalKind = "service",
        feature: str | None = None,
    ) -> tuple[KeyInfo, str]:
        """`create` inside the caller's transaction (so an audit entry can commit with it)."""
        _check_name("principal", principal)
        if kind not in ("service", "person"):
            raise KeyStoreError(f"invalid principal kind {kind!r}: use 'service' or 'person'")
        if feature is not None:
            _check_name("feature", feature)
        owner = await self._principal(session, principal, kind)
        return await self._issue(session, owner, feature)

    async def authenticate(self, presented: str) -> Principal | None:
        """The principal behind a presented key, or None if it is unknown, wrong or revoked."""
        parts = _split(presented)
        if parts is None:
            return None
        key_id, secret = parts
        async with self._db.session() as session:
            row = (await session.execute(_keys().where(ApiKeyRow.id == key_id))).one_or_none()
        if row is None:
            return None
        key, owner = row
        if not hmac.compare_digest(key.secret_hash, _hash_secret(secret)):
            return None
        if key.revoked_at is not None:
            return None
        return Principal(
            name=owner.name,
            kind=cast(PrincipalKind, owner.kind),
            key_id=key.id,
            bound_feature=key.feature,
        )

    async def revoke(self, key_id: str) -> KeyInfo:
        """Revoke a key at once; requests presenting it fail from now on."""
        async with self._db.session(immediate=True) as session:
            return await self.revoke_in(session, key_id)

    async def revoke_in(self, session: AsyncSession, key_id: str) -> KeyInfo:
        """`revoke` inside the caller's transaction."""
        key, owner = await self._active_key(session, key_id)
        key.revoked_at = utcnow()
        await session.flush()
        return _info(key, owner)

    async def rotate(self, key_id: str) -> tuple[KeyInfo, str]:
        """Revoke a key and issue its replacement (same principal and feature) atomically."""
        async with self._db.session(immediate=True) as session:
            return await self.rotate_in(session, key_id)

    async def rotate_in(self, session: AsyncSession, key_id: str) -> tuple[KeyInfo, str]:
        """`rotate` inside the caller's transaction."""
        key, owner = await self._active_key(session, key_id)
        key.revoked_at = utcnow()
        return await self._issue(session, owner, key.feature)

    async def list(self) -> builtins.list[KeyInfo]:
        """Every key, oldest first, revoked ones included; secrets are never stored to show."""
        async with self._db.session() as session:
            rows = await session.execute(_keys().order_by(ApiKeyRow.created_at, ApiKeyRow.id))
            return [_info(key, owner) for key, owner in rows]

    @staticmethod
    async def _principal(session: AsyncSession, name: str, kind: PrincipalKind) -> PrincipalRow:
        query = select(PrincipalRow).where(PrincipalRow.name == name)
        owner = (await session.execute(query)).scalar_one_or_none()
        if owner is None:
            try:
                async with session.begin_nested():
                    owner = PrincipalRow(name=name, kind=kind)
                    session.add(owner)
            except IntegrityError:
                # Another replica created it between our read and write; use theirs.
                owner = (await session.execute(query)).scalar_one()
        if owner.kind != kind:
            raise KeyStoreError(f"principal {name!r} exists as a {owner.kind}, not a {kind}")
        return owner

    @staticmethod
    async def _issue(
        session: AsyncSession, owner: PrincipalRow, feature: str | None
    ) -> tuple[KeyInfo, str]:
        key_id, secret, plaintext = _new_key()
        key = ApiKeyRow(
            id=key_id,
            secret_hash=_hash_secret(secret),
            principal_id=owner.id,
            feature=feature,
            created_at=utcnow(),
        )
        session.add(key)
        await session.flush()
        return _info(key, owner), plaintext

    @staticmethod
    async def _active_key(session: AsyncSession, key_id: str) -> tuple[ApiKeyRow, PrincipalRow]:
        query = _keys().where(ApiKeyRow.id == key_id).with_for_update(of=ApiKeyRow)
        row = (await session.execute(query)).one_or_none()
        if row is None:
            raise UnknownKey(f"no API key with id {key_id!r}")
        key, owner = row
        if key.revoked_at is not None:
            raise KeyStoreError(f"API key {key_id!r} is already revoked")
        return key, owner
