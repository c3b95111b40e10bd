"""The gate for a user's standing: suspended users and withdrawn consent are refused.

It reads the users table on every request (no cache), so a suspension or consent change made
through any replica applies to the very next request on every replica.
"""

from __future__ import annotations

from aiproxy.auth.users import UserStore
from aiproxy.errors import ConsentWithdrawn, UserSuspended
from aiproxy.hooks import GateContext


class StandingGate:
    def __init__(self, users: UserStore) -> None:
        self._users = users

    async def check(self, ctx: GateContext) -> None:
        standing = await self._users.standing(ctx.user)
        if standing.status == "suspended":
            raise UserSuspended("this user is suspended from AI features")
        if standing.consent_withdrawn and ctx.decision.feature.consent == "required":
            raise ConsentWithdrawn(
                f"the user has withdrawn consent, which feature "
                f"{ctx.decision.feature_name!r} requires"
            )
