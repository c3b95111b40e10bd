"""Background work: drained at shutdown; the coalescer batches writes without losing any."""

from __future__ import annotations

import asyncio
import logging

import pytest

from aiproxy.background import BackgroundWork, Coalescer


async def test_items_arriving_during_a_write_form_the_next_batch() -> None:
    background = BackgroundWork()
    release = asyncio.Event()
    batches: list[list[int]] = []

    async def write(batch: list[int]) -> None:
        batches.append(batch)
        await release.wait()

    queue: Coalescer[int] = Coalescer(write, background, "test")
    queue.submit(1)
    await asyncio.sleep(0)  # the first write starts at once, alone
    for n in (2, 3, 4):
        queue.submit(n)
    assert batches == [[1]] and len(queue) == 3
    release.set()
    await background.drain()
    assert batches == [[1], [2, 3, 4]] and len(queue) == 0


async def test_batches_are_bounded() -> None:
    background = BackgroundWork()
    batches: list[list[int]] = []

    async def write(batch: list[int]) -> None:
        batches.append(batch)

    queue: Coalescer[int] = Coalescer(write, background, "test", max_batch=2)
    for n in range(5):
        queue.submit(n)
    await background.drain()
    assert batches == [[0, 1], [2, 3], [4]]


async def test_a_failed_batch_does_not_stop_later_ones(caplog: pytest.LogCaptureFixture) -> None:
    background = BackgroundWork()
    written: list[int] = []

    async def write(batch: list[int]) -> None:
        if 0 in batch:
            raise ValueError("secret value 0")
        written.extend(batch)

    queue: Coalescer[int] = Coalescer(write, background, "test", max_batch=1)
    for n in range(3):
        queue.submit(n)
    with caplog.at_level(logging.ERROR):
        await background.drain()
    assert written == [1, 2]
    assert "a batch of 1 writes failed: ValueError" in caplog.text
    assert "secret value" not in caplog.text  # the exception's message may carry content


async def test_a_quiet_queue_writes_again_after_going_idle() -> None:
    background = BackgroundWork()
    written: list[int] = []

    async def write(batch: list[int]) -> None:
        written.extend(batch)

    queue: Coalescer[int] = Coalescer(write, background, "test")
    queue.submit(1)
    await background.drain()
    queue.submit(2)
    await background.drain()
    assert written == [1, 2] and len(background) == 0
