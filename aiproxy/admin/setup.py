"""Wiring admin control into a running app: counters, gates, observers, the reloader.

Called from the app lifespan; returns what the admin API needs and undoes everything on exit.
The order of gates is the order of questions: is the user allowed at all (suspension,
consent), then how fast (requests per minute), then how much (daily tokens).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime

from redis.asyncio import Redis

from aiproxy.admin.actions import AdminActions
from aiproxy.admin.reload import PolicyReloader
from aiproxy.api.admin_common import AdminState
from aiproxy.auth.standing import StandingGate
from aiproxy.auth.users import UserStore
from aiproxy.limits.counters import Counters, DatabaseCounters, RedisCounters
from aiproxy.limits.quota import QuotaGate, UsageObserver
from aiproxy.limits.rate import RateLimitGate
from aiproxy.policy.schema import Policy
from aiproxy.records.refusals import RefusalAuditor
from aiproxy.services import Services


@asynccontextmanager
async def access_control(services: Services) -> AsyncIterator[AdminState]:
    def now() -> datetime:  # read at call time: tests swap services.clock
        return services.clock()

    def policy() -> Policy:
        return services.runtime.loaded.policy

    redis: Redis | None = None
    counters: Counters
    if services.settings.redis_url:
        redis = Redis.from_url(services.settings.redis_url)
        counters = RedisCounters(redis, services.settings.redis_prefix)
    else:
        database_counters = DatabaseCounters(services.database)
        await database_counters.purge(now())
        counters = database_counters
    users = UserStore(services.database)
    services.gates.extend(
        [
            StandingGate(users, services.access.standing),
            RateLimitGate(counters, policy, now),
            QuotaGate(counters, policy, now),
        ]
    )
    services.observers.extend(
        [
            UsageObserver(counters, now, services.background),
            RefusalAuditor(services.database, now),
        ]
    )
    reloader = PolicyReloader(services, now)
    try:
        yield AdminState(AdminActions(services.database, policy, now), reloader, users)
    finally:
        await reloader.close()
        if redis is not None:
            await redis.aclose()
