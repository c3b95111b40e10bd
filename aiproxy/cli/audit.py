"""`aiproxy audit …`: check the audit chain and read it from the command line."""

from __future__ import annotations

import argparse
import asyncio
import json

from aiproxy.cli.common import Subcommands, add, database, group, stamp, sync, table
from aiproxy.records import audit


async def _verify() -> audit.BrokenLink | None:
    async with database() as db:
        return await audit.verify(db)


def cmd_verify(args: argparse.Namespace) -> int:
    """Exit 0 when the chain holds; 1 naming the first broken entry otherwise."""
    broken = asyncio.run(_verify())
    if broken is None:
        print("ok: the audit chain is intact")
        return 0
    print(f"audit chain broken at entry {broken.seq}: {broken.reason}")
    return 1


async def _list(args: argparse.Namespace) -> None:
    where = audit.AuditFilter(
        actor=args.actor, subject=args.subject, action=args.action, limit=args.limit
    )
    async with database() as db:
        entries = await audit.query(db, where)
    if not entries:
        print("no audit entries")
        return
    rows = [
        (str(e.seq), stamp(e.at), e.actor, e.action, e.subject, json.dumps(dict(e.details)))
        for e in entries
    ]
    table(("ID", "AT", "ACTOR", "ACTION", "SUBJECT", "DETAILS"), rows)


def register(commands: Subcommands) -> None:
    audit_group = group(commands, "audit", "check and read the tamper-evident audit log")
    add(audit_group, "verify", cmd_verify, "check the hash chain; name the first broken entry")
    listing = add(audit_group, "list", sync(_list), "show audit entries, oldest first")
    for name in ("actor", "subject", "action"):
        listing.add_argument(f"--{name}")
    listing.add_argument("--limit", type=int, default=100)
