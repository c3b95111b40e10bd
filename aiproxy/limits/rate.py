"""Requests per minute per user: a gate counting every request in a shared one-minute window.

A fixed window (the clock minute) keeps the count one atomic increment on Redis or the
database; its known trade-off is that a burst straddling a minute boundary can reach twice the
limit across two adjacent windows, never more than the limit within one.
"""

from __future__ import annotations

from aiproxy.errors import RateLimited
from aiproxy.hooks import GateContext
from aiproxy.limits.allowance import CountingGate, most_generous
from aiproxy.limits.windows import minute_ends, requests_key, seconds_until


class RateLimitGate(CountingGate):
    async def check(self, ctx: GateContext) -> None:
        limit = most_generous(self._policy(), ctx.decision.granting_roles, "requests_per_minute")
        if limit is None:
            return
        now = self._clock()
        ends = minute_ends(now)
        count = await self._counters.add(requests_key(ctx.user, now), 1, ends)
        if count > limit:
            raise RateLimited(
                f"rate limit of {limit} requests per minute reached for this user",
                retry_after=seconds_until(ends, now),
            )
