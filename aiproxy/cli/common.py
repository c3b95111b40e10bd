"""What every command group shares: the database, the policy path, output, and wiring."""

from __future__ import annotations

import argparse
import asyncio
import getpass
import sys
from collections.abc import AsyncIterator, Callable, Coroutine, Sequence
from contextlib import asynccontextmanager
from datetime import datetime
from pathlib import Path
from typing import TypeAlias

from aiproxy.settings import Settings
from aiproxy.store.database import Database

Handler = Callable[[argparse.Namespace], int]
Subcommands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"
POLICY_HELP = "policy file (default: $AIPROXY_POLICY)"


class UsageError(Exception):
    """The command line cannot be acted on as given (exit status 2, like argparse)."""


def policy_path(given: Path | None, settings: Settings, why: str) -> Path:
    path = given or settings.policy
    if path is None:
        raise UsageError(f"{why}: pass --policy PATH or set AIPROXY_POLICY")
    return path


def stamp(moment: datetime | None) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%SZ") if moment else "-"


def table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))


def actor() -> str:
    """Who ran the command, for the record of who changed what."""
    try:
        return f"cli:{getpass.getuser()}"
    except (OSError, KeyError):
        return "cli"


@asynccontextmanager
async def database() -> AsyncIterator[Database]:
    db = await Database.connect(Settings().resolved_database_url())
    try:
        yield db
    finally:
        await db.close()


def show_new_key(key_id: str, plaintext: str, whose: str) -> None:
    # The key alone goes to stdout so `KEY=$(aiproxy keys create ...)` captures just the key.
    print(plaintext)
    print(f"created API key {key_id} for {whose}", file=sys.stderr)
    print("store it now: it cannot be shown again", file=sys.stderr)


def sync(command: Callable[[argparse.Namespace], Coroutine[object, None, None]]) -> Handler:
    def run(args: argparse.Namespace) -> int:
        asyncio.run(command(args))
        return 0

    return run


def add(parent: Subcommands, name: str, handler: Handler, help_: str) -> argparse.ArgumentParser:
    sub = parent.add_parser(name, help=help_, description=help_)
    sub.set_defaults(handler=handler)
    return sub


def group(parent: Subcommands, name: str, help_: str) -> Subcommands:
    return parent.add_parser(name, help=help_).add_subparsers(
        dest="action", required=True, metavar="ACTION"
    )
