"""Reloading the policy from disk while serving: validate, swap, and retire the old adapters.

A broken policy is refused with its exact problems and the loaded one stays. On success the
new policy and its freshly built adapters replace the old runtime in one assignment; requests
already running keep the snapshot they started with, and the old adapters' HTTP clients are
closed only after a grace period for those requests to finish (or at shutdown, if sooner).
Each replica reloads its own copy: roll a policy change out to every replica.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from aiproxy.admin.actions import admin_roles
from aiproxy.auth.roles import RoleStore
from aiproxy.errors import PolicyError, PolicyInvalid
from aiproxy.policy.loader import LoadedPolicy, load_policy
from aiproxy.providers.base import ProviderAdapter
from aiproxy.providers.registry import build_adapters, close_adapters
from aiproxy.records import audit
from aiproxy.services import PolicyRuntime, Services

#: How long retired adapters stay open for requests that started before a reload.
RETIRE_AFTER_SECONDS = 30.0


@dataclass(frozen=True)
class Reloaded:
    previous: LoadedPolicy
    current: LoadedPolicy


class PolicyReloader:
    """Owns the runtime swaps of one app; `close` at shutdown closes every adapter it knows."""

    def __init__(
        self,
        services: Services,
        clock: Callable[[], datetime],
        retire_after: float = RETIRE_AFTER_SECONDS,
    ) -> None:
        self._services = services
        self._clock = clock
        self._retire_after = retire_after
        self._lock = asyncio.Lock()
        self._retiring: dict[asyncio.Task[None], dict[str, ProviderAdapter]] = {}

    async def reload(self, actor: str) -> Reloaded:
        async with self._lock:
            previous = self._services.runtime
            path = previous.loaded.path
            try:
                loaded = load_policy(path)
                await self._check_admins_remain(loaded)
            except PolicyError as exc:
                await self._record(actor, "policy.reload_refused", path, problems=exc.problems)
                raise PolicyInvalid(
                    f"policy reload refused; version {previous.loaded.version} stays in force: "
                    + "; ".join(exc.problems),
                    problems=exc.problems,
                ) from None
            adapters = build_adapters(loaded.policy)
            try:
                await self._record(
                    actor,
                    "policy.reload",
                    path,
                    previous=previous.loaded.version,
                    version=loaded.version,
                )
            except BaseException:
                await close_adapters(adapters)
                raise
            self._services.runtime = PolicyRuntime(loaded, adapters)
            self._retire(previous.adapters)
            return Reloaded(previous.loaded, loaded)

    async def _check_admins_remain(self, loaded: LoadedPolicy) -> None:
        admins = admin_roles(loaded.policy)
        async with self._services.database.session() as session:
            holders = await RoleStore.holders_in(session, admins)
        if not holders:
            raise PolicyError(["roles: no role with admin: true is held by any user"])

    async def _record(self, actor: str, action: str, path: str, **details: object) -> None:
        async with self._services.database.session(immediate=True) as session:
            await audit.append(session, actor, action, path, details, clock=self._clock)

    def _retire(self, adapters: dict[str, ProviderAdapter]) -> None:
        task = asyncio.get_running_loop().create_task(self._close_later(adapters))
        self._retiring[task] = adapters
        task.add_done_callback(lambda done: self._retiring.pop(done, None))

    async def _close_later(self, adapters: dict[str, ProviderAdapter]) -> None:
        await asyncio.sleep(self._retire_after)
        await close_adapters(adapters)

    async def close(self) -> None:
        """Close the adapters in force and every retired set still waiting for its grace."""
        for task, adapters in list(self._retiring.items()):
            task.cancel()
            await close_adapters(adapters)
        self._retiring.clear()
        await close_adapters(self._services.runtime.adapters)
