"""KeyStore: keys are shown once, stored hashed, and stop working when revoked or rotated."""

from __future__ import annotations

import asyncio
import hashlib
import re

import pytest
from sqlalchemy import func, select

from aiproxy.auth.keys import KeyStore, KeyStoreError, UnknownKey
from aiproxy.auth.principal import Principal
from aiproxy.store.database import Database
from aiproxy.store.tables import ApiKeyRow, PrincipalRow

KEY_FORMAT = re.compile(r"^aip_(?P<id>[0-9a-f]{16})_(?P<secret>[A-Za-z0-9_-]{43})$")


@pytest.fixture
def keys(db: Database) -> KeyStore:
    return KeyStore(db)


async def test_create_returns_key_in_documented_format_when_issued(keys: KeyStore) -> None:
    info, plaintext = await keys.create("support-service")
    match = KEY_FORMAT.match(plaintext)
    assert match is not None
    assert match["id"] == info.id
    assert (info.principal, info.kind, info.feature, info.active) == (
        "support-service",
        "service",
        None,
        True,
    )


async def test_authenticate_returns_principal_when_key_is_valid(keys: KeyStore) -> None:
    info, plaintext = await keys.create("alice@example.com", kind="person", feature="triage")
    assert await keys.authenticate(plaintext) == Principal(
        name="alice@example.com", kind="person", key_id=info.id, bound_feature="triage"
    )


async def test_only_secret_hash_is_stored_when_key_is_created(keys: KeyStore, db: Database) -> None:
    _, plaintext = await keys.create("support-service")
    secret = plaintext.split("_", 2)[2]
    async with db.session() as session:
        row = (await session.scalars(select(ApiKeyRow))).one()
    stored = [str(getattr(row, column.key)) for column in ApiKeyRow.__table__.columns]
    assert not any(secret in value for value in stored)
    assert row.secret_hash == hashlib.sha256(secret.encode()).hexdigest()


async def test_authenticate_returns_none_when_secret_is_wrong(keys: KeyStore) -> None:
    _, plaintext = await keys.create("support-service")
    tampered = plaintext[:-1] + ("A" if plaintext[-1] != "A" else "B")
    assert await keys.authenticate(tampered) is None


@pytest.mark.parametrize(
    "presented",
    [
        "",
        "aip_",
        "sk-abc",
        "aip_0123456789abcdef",
        "aip_XYZ_secret",
        "aip_0123456789abcdef_" + "a" * 500,
    ],
)
async def test_authenticate_returns_none_when_key_is_malformed(
    keys: KeyStore, presented: str
) -> None:
    assert await keys.authenticate(presented) is None


async def test_authenticate_returns_none_when_key_id_is_unknown(keys: KeyStore) -> None:
    _, plaintext = await keys.create("support-service")
    assert await keys.authenticate("aip_ffffffffffffffff_" + plaintext.split("_", 2)[2]) is None


async def test_authenticate_returns_none_when_key_is_revoked(keys: KeyStore) -> None:
    info, plaintext = await keys.create("support-service")
    revoked = await keys.revoke(info.id)
    assert revoked.revoked_at is not None
    assert await keys.authenticate(plaintext) is None


async def test_revoke_raises_when_key_is_unknown(keys: KeyStore) -> None:
    with pytest.raises(UnknownKey, match="ffffffffffffffff"):
        await keys.revoke("ffffffffffffffff")


async def test_revoke_raises_when_key_is_already_revoked(keys: KeyStore) -> None:
    info, _ = await keys.create("support-service")
    await keys.revoke(info.id)
    with pytest.raises(KeyStoreError, match="already revoked"):
        await keys.revoke(info.id)


async def test_rotate_replaces_key_when_key_is_active(keys: KeyStore) -> None:
    old, old_plaintext = await keys.create("support-service", feature="summary")
    new, new_plaintext = await keys.rotate(old.id)
    assert new.id != old.id
    assert (new.principal, new.feature) == ("support-service", "summary")
    assert await keys.authenticate(old_plaintext) is None
    principal = await keys.authenticate(new_plaintext)
    assert principal is not None
    assert (principal.name, principal.key_id, principal.bound_feature) == (
        "support-service",
        new.id,
        "summary",
    )


async def test_rotate_raises_when_key_is_revoked(keys: KeyStore) -> None:
    info, _ = await keys.create("support-service")
    await keys.revoke(info.id)
    with pytest.raises(KeyStoreError, match="already revoked"):
        await keys.rotate(info.id)


async def test_list_shows_every_key_without_secrets_when_keys_exist(keys: KeyStore) -> None:
    first, first_plaintext = await keys.create("billing")
    second, second_plaintext = await keys.create("support-service", feature="summary")
    await keys.revoke(first.id)
    listed = await keys.list()
    assert [(k.id, k.active) for k in listed] == [(first.id, False), (second.id, True)]
    for plaintext in (first_plaintext, second_plaintext):
        assert plaintext.split("_", 2)[2] not in repr(listed)


async def test_create_reuses_principal_when_name_exists(keys: KeyStore, db: Database) -> None:
    await keys.create("support-service")
    await keys.create("support-service", feature="summary")
    async with db.session() as session:
        assert await session.scalar(select(func.count()).select_from(PrincipalRow)) == 1


async def test_create_keeps_one_principal_when_called_concurrently(
    keys: KeyStore, db: Database
) -> None:
    created = await asyncio.gather(*(keys.create("burst-service") for _ in range(5)))
    assert len({info.id for info, _ in created}) == 5
    async with db.session() as session:
        assert await session.scalar(select(func.count()).select_from(PrincipalRow)) == 1


async def test_create_raises_when_principal_exists_with_other_kind(keys: KeyStore) -> None:
    await keys.create("alice", kind="person")
    with pytest.raises(KeyStoreError, match="exists as a person"):
        await keys.create("alice", kind="service")


@pytest.mark.parametrize("name", ["", " leading-space", "x" * 101, "semi;colon"])
async def test_create_raises_when_principal_name_is_invalid(keys: KeyStore, name: str) -> None:
    with pytest.raises(KeyStoreError, match="invalid principal name"):
        await keys.create(name)
