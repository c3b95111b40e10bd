"""Wiring prompt logs into a running app: the log observer and the scheduled purge.

Called from the app lifespan after the master key has been verified against the database;
undoes everything on exit (the purge loop stops; the observer's work is drained by the app).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from aiproxy.policy.schema import Policy
from aiproxy.records.crypto import LogCipher
from aiproxy.records.promptlog import PromptLog
from aiproxy.records.retention import purge_schedule
from aiproxy.services import Services


@asynccontextmanager
async def prompt_logging(services: Services) -> AsyncIterator[PromptLog]:
    def policy() -> Policy:  # read per call: a reload changes retention from then on
        return services.runtime.loaded.policy

    prompt_log = PromptLog(
        services.database, LogCipher(services.keyring), policy, services.background
    )
    services.observers.append(prompt_log)
    async with purge_schedule(services, services.settings.purge_interval_seconds):
        yield prompt_log
