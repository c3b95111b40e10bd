"""Short-lived copies of access facts (who a key is, what a user holds, their standing).

Every AI request needs these facts, and reading them from the database costs more CPU than
everything else the proxy does without detection. Keeping each for at most `ttl` seconds makes
a change made by an admin (through any replica) take effect within that bound, which the
README documents; `ttl=0` turns caching off. Entries are per process and never persisted.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Generic, TypeVar

if TYPE_CHECKING:
    from aiproxy.auth.principal import Principal
    from aiproxy.auth.users import Standing

K = TypeVar("K")
V = TypeVar("V")


class TTLCache(Generic[K, V]):
    def __init__(
        self, ttl: float, max_entries: int = 10_000, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.ttl = ttl
        self._max = max_entries
        self._clock = clock
        self._entries: OrderedDict[K, tuple[float, V]] = OrderedDict()

    async def get(self, key: K, load: Callable[[], Awaitable[V]]) -> V:
        """The cached value if younger than the TTL, else a fresh one from `load`."""
        if self.ttl <= 0:
            return await load()
        now = self._clock()
        hit = self._entries.get(key)
        if hit is not None and now - hit[0] < self.ttl:
            return hit[1]
        value = await load()
        self._entries[key] = (now, value)
        self._entries.move_to_end(key)
        while len(self._entries) > self._max:
            self._entries.popitem(last=False)
        return value

    def clear(self) -> None:
        """Forget everything: called when this process itself changes an access fact."""
        self._entries.clear()


class AccessCaches:
    """The caches the request path reads through, cleared together after a local change."""

    def __init__(self, ttl: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.principals: TTLCache[str, Principal | None] = TTLCache(ttl, clock=clock)
        self.roles: TTLCache[str, frozenset[str]] = TTLCache(ttl, clock=clock)
        self.standing: TTLCache[str, Standing] = TTLCache(ttl, clock=clock)

    def clear(self) -> None:
        for cache in (self.principals, self.roles, self.standing):
            cache.clear()
