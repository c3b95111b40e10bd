"""Access facts are reused for at most the TTL, and a local change clears them at once."""

from __future__ import annotations

from aiproxy.auth.cache import AccessCaches, TTLCache


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


async def test_value_is_reloaded_only_after_the_ttl() -> None:
    clock, loads = Clock(), []

    async def load() -> int:
        loads.append(clock.now)
        return len(loads)

    cache: TTLCache[str, int] = TTLCache(1.0, clock=clock)
    assert await cache.get("k", load) == 1
    clock.now = 0.99
    assert await cache.get("k", load) == 1
    clock.now = 1.0
    assert await cache.get("k", load) == 2
    assert loads == [0.0, 1.0]


async def test_zero_ttl_reads_every_time() -> None:
    calls = 0

    async def load() -> int:
        nonlocal calls
        calls += 1
        return calls

    cache: TTLCache[str, int] = TTLCache(0)
    assert [await cache.get("k", load) for _ in range(3)] == [1, 2, 3]


async def test_oldest_entries_are_evicted_beyond_the_bound() -> None:
    cache: TTLCache[int, int] = TTLCache(10, max_entries=2, clock=Clock())
    for key in range(3):
        await cache.get(key, lambda key=key: _value(key))  # type: ignore[misc]
    assert await cache.get(0, lambda: _value(99)) == 99


async def test_clear_forgets_every_cache() -> None:
    caches = AccessCaches(10, clock=Clock())
    await caches.roles.get("alice", lambda: _roles("agent"))
    caches.clear()
    assert await caches.roles.get("alice", lambda: _roles()) == frozenset()


async def _value(value: int) -> int:
    return value


async def _roles(*names: str) -> frozenset[str]:
    return frozenset(names)
