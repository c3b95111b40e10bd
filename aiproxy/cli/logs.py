"""`aiproxy logs …`: prompt-log maintenance (the server also purges on a schedule)."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from pathlib import Path

from aiproxy.cli.common import POLICY_HELP, Subcommands, add, database, group, sync
from aiproxy.policy.loader import load_policy
from aiproxy.policy.schema import LogLimits
from aiproxy.records.retention import purge
from aiproxy.settings import Settings


def _limits(given: Path | None) -> LogLimits:
    """The policy's log limits (for how long tombstones stay), or the defaults without one."""
    path = given or Settings().policy
    return load_policy(path).policy.logs if path is not None else LogLimits()


async def _purge(args: argparse.Namespace) -> None:
    keep = _limits(args.policy).metadata_retention_delta
    async with database() as db:
        result = await purge(db, datetime.now(UTC), keep)
    print(
        f"destroyed {result.keys_destroyed} expired data keys, deleted {result.rows_deleted} "
        f"log entries and {result.tombstones_deleted} old tombstones"
    )


def register(commands: Subcommands) -> None:
    logs = group(commands, "logs", "maintain prompt logs")
    sub = add(logs, "purge", sync(_purge), "destroy expired log keys, then delete their entries")
    sub.add_argument("--policy", type=Path, help=POLICY_HELP)
