"""End users' account state as admins set it: suspension and withdrawn consent.

Read on every AI request (one primary-key lookup), never cached in process, so a change made
through any replica is enforced by every replica from its next request on.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from sqlalchemy import select, union
from sqlalchemy.ext.asyncio import AsyncSession

from aiproxy.store.database import Database
from aiproxy.store.tables import PrincipalRow, RoleAssignmentRow, UserRow, utcnow

Status = Literal["active", "suspended"]


@dataclass(frozen=True)
class Standing:
    status: Status = "active"
    consent_withdrawn: bool = False


@dataclass(frozen=True)
class UserView:
    """What an admin sees about one user."""

    user: str
    roles: tuple[str, ...]
    standing: Standing

    def as_json(self) -> dict[str, object]:
        return {
            "user": self.user,
            "roles": list(self.roles),
            "status": self.standing.status,
            "consent": "withdrawn" if self.standing.consent_withdrawn else "given",
        }


def _standing(row: UserRow | None) -> Standing:
    if row is None:
        return Standing()
    status: Status = "suspended" if row.status == "suspended" else "active"
    return Standing(status, bool(row.consent_withdrawn))


class UserStore:
    """Looks up and changes users' standing; changes run inside the caller's transaction."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def standing(self, subject: str) -> Standing:
        async with self._db.session() as session:
            return _standing(await session.get(UserRow, subject))

    @staticmethod
    async def known(session: AsyncSession, subject: str) -> bool:
        """Whether aiproxy has ever heard of `subject` (state, a role, or a key of its own)."""
        for query in (
            select(UserRow.subject).where(UserRow.subject == subject),
            select(RoleAssignmentRow.subject).where(RoleAssignmentRow.subject == subject),
            select(PrincipalRow.name).where(PrincipalRow.name == subject),
        ):
            if await session.scalar(query.limit(1)) is not None:
                return True
        return False

    @staticmethod
    async def set_in(
        session: AsyncSession,
        subject: str,
        *,
        status: Status | None = None,
        consent_withdrawn: bool | None = None,
    ) -> tuple[Standing, Standing]:
        """Change a user's standing; returns (before, after)."""
        row = await session.get(UserRow, subject, with_for_update=True)
        before = _standing(row)
        if row is None:
            row = UserRow(subject=subject, status="active", consent_withdrawn=False)
            session.add(row)
        if status is not None:
            row.status = status
        if consent_withdrawn is not None:
            row.consent_withdrawn = consent_withdrawn
        row.updated_at = utcnow()
        await session.flush()
        return before, _standing(row)

    async def page(self, after: str | None, limit: int) -> list[UserView]:
        """Users known by state or roles, ordered by id, `limit` of them after `after`."""
        subjects = union(
            select(UserRow.subject.label("subject")),
            select(RoleAssignmentRow.subject.label("subject")),
        ).subquery()
        query = select(subjects.c.subject).order_by(subjects.c.subject).limit(limit)
        if after is not None:
            query = query.where(subjects.c.subject > after)
        async with self._db.session() as session:
            return await self._views(session, list(await session.scalars(query)))

    async def view(self, subject: str) -> UserView | None:
        """One user as an admin sees them, or None when aiproxy has never heard of them."""
        async with self._db.session() as session:
            if not await self.known(session, subject):
                return None
            return (await self._views(session, [subject]))[0]

    @staticmethod
    async def _views(session: AsyncSession, names: list[str]) -> list[UserView]:
        if not names:
            return []
        found = await session.scalars(select(UserRow).where(UserRow.subject.in_(names)))
        rows = {r.subject: r for r in found}
        roles: dict[str, list[str]] = {n: [] for n in names}
        assigned = await session.execute(
            select(RoleAssignmentRow.subject, RoleAssignmentRow.role)
            .where(RoleAssignmentRow.subject.in_(names))
            .order_by(RoleAssignmentRow.role)
        )
        for subject, role in assigned:
            roles[subject].append(role)
        return [UserView(n, tuple(roles[n]), _standing(rows.get(n))) for n in names]
