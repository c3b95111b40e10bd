"""`aiproxy keys …`: issue, list, revoke and rotate API keys; every change is audited."""

from __future__ import annotations

import argparse

from aiproxy.auth.keys import KeyStore
from aiproxy.cli.audited import actions
from aiproxy.cli.common import (
    Subcommands,
    actor,
    add,
    database,
    group,
    show_new_key,
    stamp,
    sync,
    table,
)


async def _create(args: argparse.Namespace) -> None:
    async with database() as db:
        info, plaintext = await actions(db, None).create_key(
            actor(), args.principal, args.kind, args.feature
        )
    scope = f", feature {info.feature}" if info.feature else ""
    show_new_key(info.id, plaintext, f"{info.kind} {info.principal!r}{scope}")


async def _list(args: argparse.Namespace) -> None:
    async with database() as db:
        keys = await KeyStore(db).list()
    if not keys:
        print("no API keys")
        return
    header = ("ID", "PRINCIPAL", "KIND", "FEATURE", "CREATED", "REVOKED")
    rows = [
        (k.id, k.principal, k.kind, k.feature or "*", stamp(k.created_at), stamp(k.revoked_at))
        for k in keys
    ]
    table(header, rows)


async def _revoke(args: argparse.Namespace) -> None:
    async with database() as db:
        info = await actions(db, None).revoke_key(actor(), args.key_id)
    print(f"revoked API key {info.id} of {info.principal!r}")


async def _rotate(args: argparse.Namespace) -> None:
    async with database() as db:
        info, plaintext = await actions(db, None).rotate_key(actor(), args.key_id)
    show_new_key(info.id, plaintext, f"{info.principal!r}, replacing {args.key_id} (revoked)")


def register(commands: Subcommands) -> None:
    keys = group(commands, "keys", "manage API keys")
    create = add(keys, "create", sync(_create), "issue a key (shown once)")
    create.add_argument("--principal", required=True, help="the service or person holding it")
    create.add_argument("--kind", choices=("service", "person"), default="service")
    create.add_argument("--feature", help="limit the key to this feature")
    add(keys, "list", sync(_list), "list keys (never their secrets)")
    add(keys, "revoke", sync(_revoke), "revoke a key now").add_argument("key_id")
    add(keys, "rotate", sync(_rotate), "revoke a key, issue its successor").add_argument("key_id")
