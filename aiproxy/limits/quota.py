"""Daily token quotas, per user (from their roles) and per feature (from the policy).

The gate refuses a call once the day's count has reached the quota; the observer adds each
successful call's tokens (provider-reported, or counted by aiproxy when none were reported)
after the answer went out. A call admitted just under the quota may overshoot it by its own
size: the size of an answer is known only once it has been generated. Under load, counts are
written in batches (`UsageObserver`), so calls admitted while the previous batch was being
written may overshoot it too, by at most one write's worth of calls.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from aiproxy.background import BackgroundWork, Coalescer
from aiproxy.errors import QuotaExceeded
from aiproxy.hooks import ExchangeRecord, GateContext
from aiproxy.limits.allowance import CountingGate, most_generous
from aiproxy.limits.counters import Counters
from aiproxy.limits.windows import day_ends, feature_tokens_key, seconds_until, user_tokens_key


class QuotaGate(CountingGate):
    async def check(self, ctx: GateContext) -> None:
        now = self._clock()
        retry_after = seconds_until(day_ends(now), now)
        user_limit = most_generous(self._policy(), ctx.decision.granting_roles, "daily_tokens")
        if user_limit is not None:
            used = await self._counters.get(user_tokens_key(ctx.user, now))
            if used >= user_limit:
                raise QuotaExceeded(
                    f"daily token quota of {user_limit} used up for this user",
                    retry_after=retry_after,
                )
        feature_limit = ctx.decision.feature.daily_tokens
        if feature_limit is not None:
            used = await self._counters.get(feature_tokens_key(ctx.decision.feature_name, now))
            if used >= feature_limit:
                raise QuotaExceeded(
                    f"daily token quota of {feature_limit} used up for feature "
                    f"{ctx.decision.feature_name!r}",
                    retry_after=retry_after,
                )


class UsageObserver:
    """Counts the tokens of every successful call against its user's and feature's day.

    Calls that finish while an earlier write is in flight are summed per counter and written
    together: under load a user's day costs one increment per batch, not one per call.
    """

    def __init__(
        self, counters: Counters, clock: Callable[[], datetime], background: BackgroundWork
    ) -> None:
        self._counters = counters
        self._clock = clock
        self._queue: Coalescer[tuple[datetime, tuple[str, ...], int]] = Coalescer(
            self._write, background, "usage counters"
        )

    async def observe(self, record: ExchangeRecord) -> None:
        if record.outcome != "ok" or record.user is None or record.feature is None:
            return
        tokens = (record.input_tokens or 0) + (record.output_tokens or 0)
        if tokens <= 0:
            return
        now = self._clock()
        ends = day_ends(now)
        keys = (user_tokens_key(record.user, now), feature_tokens_key(record.feature, now))
        self._queue.submit((ends, keys, tokens))

    async def _write(self, batch: list[tuple[datetime, tuple[str, ...], int]]) -> None:
        windows: dict[datetime, dict[str, int]] = {}
        for ends, keys, tokens in batch:
            amounts = windows.setdefault(ends, {})
            for key in keys:
                amounts[key] = amounts.get(key, 0) + tokens
        for ends, amounts in windows.items():
            await self._counters.add_many(amounts, ends)
