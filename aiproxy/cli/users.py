"""`aiproxy users …`: end users' roles, suspension and consent; every change audited.

Changes go through the same audited actions as the admin API. `grant` needs the policy (to
check the role exists); other commands use it when given (or in AIPROXY_POLICY) to refuse
revoking the last admin, and otherwise act as the operator's break-glass path.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from aiproxy.auth.roles import RoleStore
from aiproxy.cli.audited import actions
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
from aiproxy.policy.schema import Policy
from aiproxy.settings import Settings


def _policy(given: Path | None) -> Policy | None:
    path = given or Settings().policy
    return load_policy(path).policy if path is not None else None


async def _grant(args: argparse.Namespace) -> None:
    path = policy_path(args.policy, Settings(), f"cannot check that role {args.role!r} exists")
    policy = load_policy(path).policy
    if args.role not in policy.roles:
        known = ", ".join(policy.roles) or "none"
        raise UsageError(f"role {args.role!r} is not defined in {path} (defined: {known})")
    async with database() as db:
        await actions(db, policy).grant(actor(), args.user, args.role)
    print(f"granted role {args.role!r} to {args.user!r}")


async def _revoke(args: argparse.Namespace) -> None:
    policy = _policy(args.policy)
    async with database() as db:
        await actions(db, policy).revoke(actor(), args.user, args.role)
    print(f"revoked role {args.role!r} from {args.user!r}")


async def _suspend(args: argparse.Namespace) -> None:
    async with database() as db:
        await actions(db, None).set_status(actor(), args.user, "suspended")
    print(f"suspended {args.user!r} from AI features")


async def _reinstate(args: argparse.Namespace) -> None:
    async with database() as db:
        await actions(db, None).set_status(actor(), args.user, "active")
    print(f"reinstated {args.user!r}")


async def _consent(args: argparse.Namespace) -> None:
    async with database() as db:
        await actions(db, None).set_consent(actor(), args.user, withdrawn=args.withdraw)
    state = "withdrawn" if args.withdraw else "given"
    print(f"consent of {args.user!r} recorded as {state}")


async def _list(args: argparse.Namespace) -> None:
    async with database() as db:
        assignments = await RoleStore(db).list_assignments()
    if not assignments:
        print("no role assignments")
        return
    rows = [(a.subject, a.role, a.granted_by, stamp(a.granted_at)) for a in assignments]
    table(("USER", "ROLE", "GRANTED BY", "GRANTED AT"), rows)


def register(commands: Subcommands) -> None:
    users = group(commands, "users", "manage end users: roles, suspension, consent")
    grant = add(users, "grant", sync(_grant), "give a user a role the policy defines")
    revoke = add(users, "revoke", sync(_revoke), "take a role from a user")
    for sub in (grant, revoke):
        sub.add_argument("user")
        sub.add_argument("role")
        sub.add_argument("--policy", type=Path, help=POLICY_HELP)
    add(users, "suspend", sync(_suspend), "refuse every AI call of a user").add_argument("user")
    add(users, "reinstate", sync(_reinstate), "lift a suspension").add_argument("user")
    consent = add(users, "consent", sync(_consent), "record a user's consent for optional AI")
    consent.add_argument("user")
    choice = consent.add_mutually_exclusive_group(required=True)
    choice.add_argument("--withdraw", action="store_true", help="consent withdrawn")
    choice.add_argument("--restore", action="store_true", help="consent given again")
    add(users, "list", sync(_list), "list role assignments")
