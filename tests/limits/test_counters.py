"""Usage counters on the database (both backends) and on Redis (when AIPROXY_TEST_REDIS_URL is
set; a unique key prefix per test, deleted afterwards)."""

from __future__ import annotations

import asyncio
import os
import secrets
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import pytest
from redis.asyncio import Redis

from aiproxy.limits.counters import Counters, DatabaseCounters, RedisCounters
from aiproxy.store.database import Database
from tests.store.conftest import backend, db, shared_postgres

__all__ = ["backend", "db", "shared_postgres"]

REDIS_ENV = "AIPROXY_TEST_REDIS_URL"
LATER = datetime.now(UTC) + timedelta(hours=1)


@pytest.fixture
async def redis_counters() -> AsyncIterator[RedisCounters]:
    url = os.environ.get(REDIS_ENV)
    if not url:
        pytest.skip(f"{REDIS_ENV} is not set")
    redis = Redis.from_url(url)
    prefix = f"aiproxy-test-{secrets.token_hex(6)}:"
    try:
        await redis.ping()
    except OSError as exc:
        await redis.aclose()
        pytest.fail(f"{REDIS_ENV} is set but unusable: {exc}")
    yield RedisCounters(redis, prefix)
    keys = [key async for key in redis.scan_iter(match=prefix + "*")]
    if keys:
        await redis.delete(*keys)
    await redis.aclose()


async def _counts_atomically(counters: Counters) -> None:
    assert await counters.get("tokens:user:x") == 0
    await asyncio.gather(*(counters.add("tokens:user:x", 2, LATER) for _ in range(25)))
    assert await counters.get("tokens:user:x") == 50
    assert await counters.get("tokens:user:y") == 0


async def test_database_counters_add_atomically_when_called_concurrently(db: Database) -> None:
    await _counts_atomically(DatabaseCounters(db))


async def test_redis_counters_add_atomically_when_called_concurrently(
    redis_counters: RedisCounters,
) -> None:
    await _counts_atomically(redis_counters)


async def test_redis_counters_expire_with_their_window(redis_counters: RedisCounters) -> None:
    soon = datetime.now(UTC) + timedelta(seconds=30)
    await redis_counters.add("rpm:user:x", 1, soon)
    ttl = await redis_counters._redis.ttl(redis_counters._prefix + "rpm:user:x")
    assert 0 < ttl <= 32


async def test_database_counters_purge_only_long_expired_windows(db: Database) -> None:
    counters = DatabaseCounters(db)
    now = datetime.now(UTC)
    await counters.add("old", 1, now - timedelta(days=2))
    await counters.add("current", 1, now + timedelta(hours=1))
    await counters.purge(now)
    assert (await counters.get("old"), await counters.get("current")) == (0, 1)
