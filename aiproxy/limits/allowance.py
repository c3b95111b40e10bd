"""A user's limits: the most generous value among the roles that granted the feature."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Literal

from aiproxy.limits.counters import Counters
from aiproxy.policy.schema import Policy

LimitField = Literal["daily_tokens", "requests_per_minute"]


def most_generous(policy: Policy, granting_roles: Iterable[str], field: LimitField) -> int | None:
    """The highest limit of the granting roles; None (no limit) if any of them sets none."""
    limits: list[int] = []
    for name in granting_roles:
        role = policy.roles.get(name)
        if role is None:
            continue
        value: int | None = getattr(role, field)
        if value is None:
            return None
        limits.append(value)
    return max(limits) if limits else None


class CountingGate:
    """What rate limits and quotas share: counters, the policy in force, and the clock."""

    def __init__(
        self, counters: Counters, policy: Callable[[], Policy], clock: Callable[[], datetime]
    ) -> None:
        self._counters = counters
        self._policy = policy
        self._clock = clock
