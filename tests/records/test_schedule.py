"""The server's scheduled purge: runs on its interval with the injected clock, reports to
metrics, survives a failed run, and stops cleanly at shutdown."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from types import SimpleNamespace
from typing import Any

from aiproxy.records.retention import purge_schedule
from aiproxy.store.database import Database
from tests.records.records_support import T0, keyring, policy, prompt_log, record


class Metrics:
    def __init__(self, wanted: int) -> None:
        self.purges: list[tuple[int, int]] = []
        self.wanted = wanted
        self.done = asyncio.Event()

    def record_purge(self, keys_destroyed: int, rows_deleted: int) -> None:
        self.purges.append((keys_destroyed, rows_deleted))
        if len(self.purges) >= self.wanted:
            self.done.set()


def _services(db: Database, metrics: Metrics) -> Any:
    runtime = SimpleNamespace(loaded=SimpleNamespace(policy=policy()))
    return SimpleNamespace(
        database=db, runtime=runtime, clock=lambda: T0 + timedelta(hours=3), metrics=metrics
    )


async def test_scheduled_purge_uses_the_clock_and_reports_to_metrics(db: Database) -> None:
    await prompt_log(db, keyring()).observe(record("req_short"))
    metrics = Metrics(wanted=2)
    async with purge_schedule(_services(db, metrics), interval=0.01):
        await asyncio.wait_for(metrics.done.wait(), timeout=30)
    assert metrics.purges[:2] == [(1, 1), (0, 0)]


class FailingOnce:
    """A database whose first transaction fails, as if the connection had dropped."""

    def __init__(self, real: Database) -> None:
        self.real = real
        self.failed = False

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)

    def session(self, **options: Any) -> Any:
        if not self.failed:
            self.failed = True
            raise OSError("connection dropped")
        return self.real.session(**options)


async def test_scheduled_purge_keeps_running_after_a_failed_run(db: Database) -> None:
    metrics = Metrics(wanted=1)
    services = _services(db, metrics)
    services.database = flaky = FailingOnce(db)
    async with purge_schedule(services, interval=0.01):
        await asyncio.wait_for(metrics.done.wait(), timeout=30)
    assert flaky.failed and metrics.purges == [(0, 0)]
