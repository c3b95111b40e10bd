"""Work done after the response (logging, auditing, accounting), never lost on shutdown."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any, Generic, TypeVar

log = logging.getLogger(__name__)
T = TypeVar("T")


class BackgroundWork:
    """Tracks fire-and-forget tasks so shutdown can wait for every one of them."""

    def __init__(self) -> None:
        self._tasks: set[asyncio.Task[None]] = set()

    def spawn(self, work: Coroutine[Any, Any, None], name: str) -> None:
        task = asyncio.get_running_loop().create_task(self._guard(work, name))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    @staticmethod
    async def _guard(work: Coroutine[Any, Any, None], name: str) -> None:
        try:
            await work
        except Exception as exc:  # a failed observer must not take others down
            log.error("background work %s failed: %s", name, type(exc).__name__)

    async def drain(self) -> None:
        """Wait for everything spawned so far (and anything it spawns)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    def __len__(self) -> int:
        return len(self._tasks)


class Coalescer(Generic[T]):
    """Hands queued items to `write` in batches, so a busy proxy pays one transaction (or one
    Redis round trip) for many calls instead of one each.

    Work-conserving, with no timer: a write starts as soon as an item arrives and none is
    running; whatever arrives meanwhile forms the next batch. A quiet proxy therefore writes
    each call at once, and a loaded one in batches as large as its write latency allows. The
    writing task belongs to `background`, so draining it at shutdown writes everything queued.
    """

    def __init__(
        self,
        write: Callable[[list[T]], Awaitable[None]],
        background: BackgroundWork,
        name: str,
        max_batch: int = 256,
    ) -> None:
        self._write = write
        self._background = background
        self._name = name
        self._max_batch = max_batch
        self._pending: list[T] = []
        self._writing = False

    def submit(self, item: T) -> None:
        self._pending.append(item)
        if not self._writing:
            self._writing = True
            self._background.spawn(self._run(), self._name)

    async def _run(self) -> None:
        try:
            while self._pending:
                batch = self._pending[: self._max_batch]
                del self._pending[: self._max_batch]
                try:
                    await self._write(batch)
                except Exception as exc:  # keep writing later batches; the count is safe to log
                    log.error(
                        "%s: a batch of %d writes failed: %s",
                        self._name,
                        len(batch),
                        type(exc).__name__,
                    )
        finally:
            self._writing = False

    def __len__(self) -> int:
        return len(self._pending)
