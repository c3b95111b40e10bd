"""RoleStore: runtime role assignments, with clear errors for double grants and missing ones."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from aiproxy.auth.roles import AlreadyGranted, AssignmentError, NotAssigned, RoleStore
from aiproxy.store.database import Database


@pytest.fixture
def roles(db: Database) -> RoleStore:
    return RoleStore(db)


async def test_roles_for_returns_granted_roles_when_granted(roles: RoleStore) -> None:
    await roles.grant("alice", "support-agent", "admin@example.com")
    await roles.grant("alice", "incident-reviewer", "admin@example.com")
    assert await roles.roles_for("alice") == frozenset({"support-agent", "incident-reviewer"})


async def test_roles_for_is_empty_when_user_has_no_assignments(roles: RoleStore) -> None:
    assert await roles.roles_for("nobody") == frozenset()


async def test_grant_records_actor_and_time_when_granted(roles: RoleStore) -> None:
    before = datetime.now(UTC)
    assignment = await roles.grant("alice", "support-agent", "admin@example.com")
    [listed] = await roles.list_assignments()
    assert listed == assignment
    assert assignment.granted_by == "admin@example.com"
    assert before <= assignment.granted_at <= datetime.now(UTC)


async def test_grant_raises_already_granted_when_user_holds_role(roles: RoleStore) -> None:
    await roles.grant("alice", "support-agent", "admin")
    with pytest.raises(AlreadyGranted, match="already has role 'support-agent'"):
        await roles.grant("alice", "support-agent", "someone-else")
    [assignment] = await roles.list_assignments()
    assert assignment.granted_by == "admin"


async def test_revoke_removes_only_that_role_when_assigned(roles: RoleStore) -> None:
    await roles.grant("alice", "support-agent", "admin")
    await roles.grant("alice", "admin", "admin")
    await roles.grant("bob", "support-agent", "admin")
    removed = await roles.revoke("alice", "support-agent", "admin")
    assert (removed.subject, removed.role) == ("alice", "support-agent")
    assert await roles.roles_for("alice") == frozenset({"admin"})
    assert await roles.roles_for("bob") == frozenset({"support-agent"})


async def test_revoke_raises_not_assigned_when_user_lacks_role(roles: RoleStore) -> None:
    with pytest.raises(NotAssigned, match="does not have role 'admin'"):
        await roles.revoke("alice", "admin", "admin")


async def test_grant_works_again_when_role_was_revoked(roles: RoleStore) -> None:
    await roles.grant("alice", "support-agent", "admin")
    await roles.revoke("alice", "support-agent", "admin")
    await roles.grant("alice", "support-agent", "admin")
    assert await roles.roles_for("alice") == frozenset({"support-agent"})


async def test_list_assignments_is_ordered_when_several_users_hold_roles(
    roles: RoleStore,
) -> None:
    for subject, role in [("bob", "b"), ("alice", "z"), ("alice", "a")]:
        await roles.grant(subject, role, "admin")
    listed = [(a.subject, a.role) for a in await roles.list_assignments()]
    assert listed == [("alice", "a"), ("alice", "z"), ("bob", "b")]


@pytest.mark.parametrize(
    ("subject", "role", "actor"),
    [
        ("", "agent", "admin"),
        ("alice", " ", "admin"),
        ("alice", "agent", ""),
        ("a" * 256, "r", "x"),
    ],
)
async def test_grant_raises_when_an_argument_is_blank_or_too_long(
    roles: RoleStore, subject: str, role: str, actor: str
) -> None:
    with pytest.raises(AssignmentError, match="invalid"):
        await roles.grant(subject, role, actor)
