"""Role assignments: which end users hold which policy roles, as admins decided at runtime.

Role *definitions* live in the policy; callers check a role name against it before granting.
Revoking never needs the policy, so a role removed from the policy can still be taken away.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from aiproxy.store.database import Database
from aiproxy.store.tables import NAME_LENGTH, SUBJECT_LENGTH, RoleAssignmentRow, utcnow


class AssignmentError(ValueError):
    """A grant or revoke that does not match the stored assignments."""


class AlreadyGranted(AssignmentError):
    """The user already holds the role."""


class NotAssigned(AssignmentError):
    """The user does not hold the role."""


@dataclass(frozen=True)
class RoleAssignment:
    subject: str
    role: str
    granted_by: str
    granted_at: datetime


def _check(what: str, value: str, limit: int = SUBJECT_LENGTH) -> None:
    if not value.strip() or len(value) > limit:
        raise AssignmentError(f"invalid {what} {value!r}: must be 1-{limit} characters")


class RoleStore:
    """Grants, revokes and looks up the roles assigned to end users."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def grant(self, subject: str, role: str, actor: str) -> RoleAssignment:
        """Give `subject` the `role`; granting a role the user already holds is an error."""
        _check("user", subject)
        _check("role", role, NAME_LENGTH)
        _check("actor", actor)
        row = RoleAssignmentRow(subject=subject, role=role, granted_by=actor, granted_at=utcnow())
        try:
            async with self._db.session() as session:
                session.add(row)
        except IntegrityError:
            raise AlreadyGranted(f"user {subject!r} already has role {role!r}") from None
        return RoleAssignment(subject, role, actor, row.granted_at)

    async def revoke(self, subject: str, role: str, actor: str) -> RoleAssignment:
        """Take `role` away from `subject`; `actor` is for the caller's audit record."""
        _check("actor", actor)
        # Read-then-write: on SQLite take the write lock up front, or a concurrent writer
        # (usage counters, audit) makes the upgrade fail with "database is locked".
        async with self._db.session(immediate=True) as session:
            row = await session.get(RoleAssignmentRow, (subject, role))
            if row is None:
                raise NotAssigned(f"user {subject!r} does not have role {role!r}")
            await session.delete(row)
            return RoleAssignment(row.subject, row.role, row.granted_by, row.granted_at)

    @staticmethod
    async def grant_in(
        session: AsyncSession, subject: str, role: str, actor: str
    ) -> RoleAssignment:
        """`grant` inside the caller's transaction (so an audit entry commits with it)."""
        _check("user", subject)
        _check("role", role, NAME_LENGTH)
        _check("actor", actor)
        if await session.get(RoleAssignmentRow, (subject, role)) is not None:
            raise AlreadyGranted(f"user {subject!r} already has role {role!r}")
        row = RoleAssignmentRow(subject=subject, role=role, granted_by=actor, granted_at=utcnow())
        try:
            async with session.begin_nested():
                session.add(row)
        except IntegrityError:  # granted by another replica between our read and write
            raise AlreadyGranted(f"user {subject!r} already has role {role!r}") from None
        return RoleAssignment(subject, role, actor, row.granted_at)

    @staticmethod
    async def revoke_in(session: AsyncSession, subject: str, role: str) -> RoleAssignment:
        """`revoke` inside the caller's transaction."""
        row = await session.get(RoleAssignmentRow, (subject, role), with_for_update=True)
        if row is None:
            raise NotAssigned(f"user {subject!r} does not have role {role!r}")
        await session.delete(row)
        await session.flush()
        return RoleAssignment(row.subject, row.role, row.granted_by, row.granted_at)

    @staticmethod
    async def holders_in(session: AsyncSession, roles: frozenset[str]) -> set[str]:
        """Every user holding any of `roles` (e.g. every admin), as the transaction sees it."""
        if not roles:
            return set()
        query = select(RoleAssignmentRow.subject).where(RoleAssignmentRow.role.in_(roles))
        return set(await session.scalars(query))

    async def roles_for(self, subject: str) -> frozenset[str]:
        """The roles `subject` holds now (checked on every request)."""
        async with self._db.session() as session:
            roles = await session.scalars(
                select(RoleAssignmentRow.role).where(RoleAssignmentRow.subject == subject)
            )
            return frozenset(roles)

    async def list_assignments(self) -> list[RoleAssignment]:
        """Every assignment, ordered by user then role."""
        async with self._db.session() as session:
            rows = await session.scalars(
                select(RoleAssignmentRow).order_by(
                    RoleAssignmentRow.subject, RoleAssignmentRow.role
                )
            )
            return [RoleAssignment(r.subject, r.role, r.granted_by, r.granted_at) for r in rows]
