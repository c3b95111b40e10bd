"""Every change an admin can make, each in one transaction together with its audit entry.

Used by the admin API and the CLI alike, so both refuse the same things for the same reasons.
Each action first takes the audit chain lock: admin actions on all replicas run one at a time,
which is what makes rules spanning several rows (the last admin cannot be revoked) race-free.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from datetime import datetime
from typing import TypeVar

from sqlalchemy.ext.asyncio import AsyncSession

from aiproxy.auth.keys import KeyStore, KeyStoreError, UnknownKey
from aiproxy.auth.principal import KeyInfo, PrincipalKind
from aiproxy.auth.roles import AlreadyGranted, AssignmentError, NotAssigned, RoleAssignment
from aiproxy.auth.roles import RoleStore as Roles
from aiproxy.auth.users import Standing, Status, UserStore
from aiproxy.errors import BadRequest, Conflict, NotFound
from aiproxy.policy.schema import Policy
from aiproxy.records import audit
from aiproxy.store.database import Database

T = TypeVar("T")


def admin_roles(policy: Policy) -> frozenset[str]:
    return frozenset(name for name, role in policy.roles.items() if role.admin)


class AdminActions:
    """Role grants and revokes, suspension, consent and API keys, as one audited unit each.

    `policy` returns the policy in force (None for a CLI run without one: then role names are
    not checked against it and the last-admin rule cannot be applied).
    """

    def __init__(
        self, db: Database, policy: Callable[[], Policy | None], clock: Callable[[], datetime]
    ) -> None:
        self._db = db
        self._policy = policy
        self._clock = clock
        self._keys = KeyStore(db)

    @asynccontextmanager
    async def _action(self) -> AsyncIterator[AsyncSession]:
        async with self._db.session(immediate=True) as session:
            await audit.lock(session)
            yield session

    async def _audit(
        self, session: AsyncSession, actor: str, action: str, subject: str, **details: object
    ) -> None:
        await audit.append(session, actor, action, subject, details, clock=self._clock)

    @staticmethod
    async def _require_known(session: AsyncSession, user: str) -> None:
        if not await UserStore.known(session, user):
            raise NotFound(f"unknown user {user!r}")

    async def grant(self, actor: str, user: str, role: str) -> RoleAssignment:
        policy = self._policy()
        if policy is not None and role not in policy.roles:
            known = ", ".join(sorted(policy.roles)) or "none"
            raise BadRequest(f"role {role!r} is not defined in the policy (defined: {known})")
        async with self._action() as session:
            try:
                granted = await Roles.grant_in(session, user, role, actor)
            except AlreadyGranted as exc:
                raise Conflict(str(exc)) from None
            except AssignmentError as exc:
                raise BadRequest(str(exc)) from None
            await UserStore.set_in(session, user)  # the user is known from now on
            await self._audit(session, actor, "role.grant", user, role=role)
            return granted

    async def revoke(self, actor: str, user: str, role: str) -> RoleAssignment:
        policy = self._policy()
        async with self._action() as session:
            try:
                revoked = await Roles.revoke_in(session, user, role)
            except NotAssigned as exc:
                raise Conflict(str(exc)) from None
            admins = admin_roles(policy) if policy is not None else frozenset()
            if role in admins and not await Roles.holders_in(session, admins):
                raise Conflict(
                    f"refused: {user!r} is the last user holding an admin role; "
                    "grant an admin role to someone else first"
                )
            await self._audit(session, actor, "role.revoke", user, role=role)
            return revoked

    async def set_status(self, actor: str, user: str, status: Status) -> Standing:
        async with self._action() as session:
            await self._require_known(session, user)
            before, after = await UserStore.set_in(session, user, status=status)
            if before.status == status:
                raise Conflict(f"user {user!r} is already {status}")
            action = "user.suspend" if status == "suspended" else "user.reinstate"
            await self._audit(session, actor, action, user)
            return after

    async def set_consent(self, actor: str, user: str, *, withdrawn: bool) -> Standing:
        async with self._action() as session:
            await self._require_known(session, user)
            before, after = await UserStore.set_in(session, user, consent_withdrawn=withdrawn)
            if before.consent_withdrawn == withdrawn:
                state = "withdrawn" if withdrawn else "given"
                raise Conflict(f"consent of user {user!r} is already {state}")
            action = "consent.withdraw" if withdrawn else "consent.restore"
            await self._audit(session, actor, action, user)
            return after

    async def create_key(
        self, actor: str, principal: str, kind: PrincipalKind, feature: str | None
    ) -> tuple[KeyInfo, str]:
        policy = self._policy()
        if feature is not None and policy is not None and feature not in policy.features:
            raise BadRequest(f"unknown feature {feature!r}")
        async with self._action() as session:
            try:
                info, plaintext = await self._keys.create_in(session, principal, kind, feature)
            except KeyStoreError as exc:
                raise BadRequest(str(exc)) from None
            details = {"kind": info.kind, "principal": info.principal, "feature": info.feature}
            await self._audit(session, actor, "key.create", info.id, **details)
            return info, plaintext

    async def rotate_key(self, actor: str, key_id: str) -> tuple[KeyInfo, str]:
        async with self._action() as session:
            info, plaintext = await self._key_change(self._keys.rotate_in(session, key_id))
            details = {"principal": info.principal, "replaced": key_id}
            await self._audit(session, actor, "key.rotate", info.id, **details)
            return info, plaintext

    async def revoke_key(self, actor: str, key_id: str) -> KeyInfo:
        async with self._action() as session:
            info = await self._key_change(self._keys.revoke_in(session, key_id))
            await self._audit(session, actor, "key.revoke", key_id, principal=info.principal)
            return info

    @staticmethod
    async def _key_change(change: Awaitable[T]) -> T:
        try:
            return await change
        except UnknownKey as exc:
            raise NotFound(str(exc)) from None
        except KeyStoreError as exc:
            raise Conflict(str(exc)) from None
