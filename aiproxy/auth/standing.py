"""The gate for a user's standing: suspended users and withdrawn consent are refused.

It reads the users table through the access cache, so a suspension or consent change made
through any replica applies on every replica within AIPROXY_ACCESS_CACHE_SECONDS (at most 5 s;
the replica that made the change clears its own cache at once).
"""

from __future__ import annotations

from aiproxy.auth.cache import TTLCache
from aiproxy.auth.users import Standing, UserStore
from aiproxy.errors import ConsentWithdrawn, UserSuspended
from aiproxy.hooks import GateContext


class StandingGate:
    def __init__(self, users: UserStore, cache: TTLCache[str, Standing]) -> None:
        self._users = users
        self._cache = cache

    async def check(self, ctx: GateContext) -> None:
        standing = await self._cache.get(ctx.user, lambda: self._users.standing(ctx.user))
        if standing.status == "suspended":
            raise UserSuspended("this user is suspended from AI features")
        if standing.consent_withdrawn and ctx.decision.feature.consent == "required":
            raise ConsentWithdrawn(
                f"the user has withdrawn consent, which feature "
                f"{ctx.decision.feature_name!r} requires"
            )
