"""`aiproxy users …`: the roles of end users (assignments live in the database)."""

from __future__ import annotations

import argparse
from pathlib import Path

from aiproxy.auth.roles import RoleStore
from aiproxy.cli.common import (
    POLICY_HELP,
    Subcommands,
    UsageError,
    actor,
    add,
    database,
    group,
    policy_path,
    stamp,
    sync,
    table,
)
from aiproxy.policy.loader import load_policy
from aiproxy.settings import Settings


async def _grant(args: argparse.Namespace) -> None:
    path = policy_path(args.policy, Settings(), f"cannot check that role {args.role!r} exists")
    defined = load_policy(path).policy.roles
    if args.role not in defined:
        known = ", ".join(defined) or "none"
        raise UsageError(f"role {args.role!r} is not defined in {path} (defined: {known})")
    async with database() as db:
        await RoleStore(db).grant(args.user, args.role, actor())
    print(f"granted role {args.role!r} to {args.user!r}")


async def _revoke(args: argparse.Namespace) -> None:
    async with database() as db:
        await RoleStore(db).revoke(args.user, args.role, actor())
    print(f"revoked role {args.role!r} from {args.user!r}")


async def _list(args: argparse.Namespace) -> None:
    async with database() as db:
        assignments = await RoleStore(db).list_assignments()
    if not assignments:
        print("no role assignments")
        return
    rows = [(a.subject, a.role, a.granted_by, stamp(a.granted_at)) for a in assignments]
    table(("USER", "ROLE", "GRANTED BY", "GRANTED AT"), rows)


def register(commands: Subcommands) -> None:
    users = group(commands, "users", "manage the roles of end users")
    grant = add(users, "grant", sync(_grant), "give a user a role the policy defines")
    revoke = add(users, "revoke", sync(_revoke), "take a role from a user")
    for sub in (grant, revoke):
        sub.add_argument("user")
        sub.add_argument("role")
    grant.add_argument("--policy", type=Path, help=POLICY_HELP)
    add(users, "list", sync(_list), "list role assignments")
