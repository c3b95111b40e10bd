"""Shared usage counters: Redis when configured (every replica sees one count), else the database.

A counter is a key and an integer that expires with its window (a minute of requests, a day of
tokens). Both backends increment atomically, so concurrent requests on any replica never lose
a count; nothing is kept in process memory.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any, Protocol

from redis.asyncio import Redis
from sqlalchemy import delete, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.sql.dml import ReturningInsert

from aiproxy.store.database import Database
from aiproxy.store.tables import UsageCounterRow


class Counters(Protocol):
    async def add(self, key: str, amount: int, expires_at: datetime) -> int:
        """Add `amount` to the counter (created at 0) and return the new value."""

    async def add_many(self, amounts: dict[str, int], expires_at: datetime) -> None:
        """Add to several counters in one round trip (one call's usage: user and feature)."""

    async def get(self, key: str) -> int:
        """The counter's value; 0 when it does not exist or has expired."""


class RedisCounters:
    """Counters in Redis under a key prefix (several deployments or test runs can share one)."""

    def __init__(self, redis: Redis, prefix: str) -> None:
        self._redis = redis
        self._prefix = prefix

    async def add(self, key: str, amount: int, expires_at: datetime) -> int:
        name = self._prefix + key
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.incrby(name, amount)
            pipe.expireat(name, int(expires_at.timestamp()) + 1)
            value, _ = await pipe.execute()
        return int(value)

    async def add_many(self, amounts: dict[str, int], expires_at: datetime) -> None:
        async with self._redis.pipeline(transaction=True) as pipe:
            for key, amount in amounts.items():
                pipe.incrby(self._prefix + key, amount)
                pipe.expireat(self._prefix + key, int(expires_at.timestamp()) + 1)
            await pipe.execute()

    async def get(self, key: str) -> int:
        value = await self._redis.get(self._prefix + key)
        return int(value) if value is not None else 0


class DatabaseCounters:
    """Counters in the `usage_counters` table, upserted atomically (ON CONFLICT DO UPDATE)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def add(self, key: str, amount: int, expires_at: datetime) -> int:
        async with self._db.session(immediate=True) as session:
            result = await session.execute(self._upsert(key, amount, expires_at))
            return int(result.scalar_one())

    async def add_many(self, amounts: dict[str, int], expires_at: datetime) -> None:
        async with self._db.session(immediate=True) as session:
            for key, amount in sorted(amounts.items()):  # one lock order for every writer
                await session.execute(self._upsert(key, amount, expires_at))

    def _upsert(self, key: str, amount: int, expires_at: datetime) -> ReturningInsert[Any]:
        insert = postgresql.insert if self._db.dialect == "postgresql" else sqlite.insert
        values = insert(UsageCounterRow).values(key=key, value=amount, expires_at=expires_at)
        return values.on_conflict_do_update(
            index_elements=["key"],
            set_={"value": UsageCounterRow.value + amount, "expires_at": expires_at},
        ).returning(UsageCounterRow.value)

    async def get(self, key: str) -> int:
        async with self._db.session() as session:
            value = await session.scalar(
                select(UsageCounterRow.value).where(UsageCounterRow.key == key)
            )
        return int(value) if value is not None else 0

    async def purge(self, now: datetime) -> None:
        """Drop counters whose window has passed (Redis expires its own)."""
        async with self._db.session() as session:
            await session.execute(
                delete(UsageCounterRow).where(UsageCounterRow.expires_at < now - timedelta(days=1))
            )
