"""The `aiproxy` command: run the proxy, check a policy, manage API keys and role assignments.

Every failure ends as one line on stderr and a non-zero exit status, never a traceback.
Keys are printed only once, by the command that creates them.
"""

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

from aiproxy.auth.keys import KeyStore, KeyStoreError
from aiproxy.auth.roles import AssignmentError, RoleStore
from aiproxy.demo import DemoError, demo_policy_path, prepare_demo
from aiproxy.errors import PolicyError
from aiproxy.policy.loader import load_policy
from aiproxy.policy.schema import Policy
from aiproxy.settings import Settings
from aiproxy.store.database import Database, DatabaseUnavailable


class UsageError(Exception):
    """The command line cannot be acted on as given (exit status 2, like argparse)."""


def _policy_path(given: Path | None, settings: Settings, why: str) -> Path:
    path = given or settings.policy
    if path is None:
        raise UsageError(f"{why}: pass --policy PATH or set AIPROXY_POLICY")
    return path


def _stamp(moment: datetime | None) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%SZ") if moment else "-"


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))


def _actor() -> str:
    """Who ran the command, for the record of who granted a role."""
    try:
        return f"cli:{getpass.getuser()}"
    except (OSError, KeyError):
        return "cli"


@asynccontextmanager
async def _database() -> AsyncIterator[Database]:
    db = await Database.connect(Settings().resolved_database_url())
    try:
        yield db
    finally:
        await db.close()


def _show_new_key(key_id: str, plaintext: str, whose: str) -> None:
    # The key alone goes to stdout so `KEY=$(aiproxy keys create ...)` captures just the key.
    print(plaintext)
    print(f"created API key {key_id} for {whose}", file=sys.stderr)
    print("store it now: it cannot be shown again", file=sys.stderr)


# --- serve, demo, policy -----------------------------------------------------------------


def _run_server(settings: Settings, policy: Path, host: str, port: int) -> int:
    from aiproxy import server  # imported late: the web stack is not needed by other commands

    server.run(settings.model_copy(update={"policy": policy}), host, port)
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    settings = Settings()
    policy = _policy_path(args.policy, settings, "no policy to serve")
    load_policy(policy)  # refuse a bad policy before binding a port
    return _run_server(settings, policy, args.host, args.port)


async def _demo_setup(policy: Policy, host: str, port: int) -> None:
    async with _database() as db:
        print(await prepare_demo(db, policy, host, port))


def cmd_demo(args: argparse.Namespace) -> int:
    path = demo_policy_path()
    asyncio.run(_demo_setup(load_policy(path).policy, args.host, args.port))
    return _run_server(Settings(), path, args.host, args.port)


def cmd_policy_check(args: argparse.Namespace) -> int:
    loaded = load_policy(args.path)
    p = loaded.policy
    print(
        f"ok: {len(p.providers)} providers, {len(p.features)} features, "
        f"{len(p.roles)} roles (version {loaded.version})"
    )
    return 0


# --- keys --------------------------------------------------------------------------------


async def _keys_create(args: argparse.Namespace) -> None:
    async with _database() as db:
        info, plaintext = await KeyStore(db).create(args.principal, args.kind, args.feature)
    scope = f", feature {info.feature}" if info.feature else ""
    _show_new_key(info.id, plaintext, f"{info.kind} {info.principal!r}{scope}")


async def _keys_list(args: argparse.Namespace) -> None:
    async with _database() as db:
        keys = await KeyStore(db).list()
    if not keys:
        print("no API keys")
        return
    header = ("ID", "PRINCIPAL", "KIND", "FEATURE", "CREATED", "REVOKED")
    rows = [
        (k.id, k.principal, k.kind, k.feature or "*", _stamp(k.created_at), _stamp(k.revoked_at))
        for k in keys
    ]
    _table(header, rows)


async def _keys_revoke(args: argparse.Namespace) -> None:
    async with _database() as db:
        info = await KeyStore(db).revoke(args.key_id)
    print(f"revoked API key {info.id} of {info.principal!r}")


async def _keys_rotate(args: argparse.Namespace) -> None:
    async with _database() as db:
        info, plaintext = await KeyStore(db).rotate(args.key_id)
    _show_new_key(info.id, plaintext, f"{info.principal!r}, replacing {args.key_id} (revoked)")


# --- users -------------------------------------------------------------------------------


async def _users_grant(args: argparse.Namespace) -> None:
    path = _policy_path(args.policy, Settings(), f"cannot check that role {args.role!r} exists")
    defined = load_policy(path).policy.roles
    if args.role not in defined:
        known = ", ".join(defined) or "none"
        raise UsageError(f"role {args.role!r} is not defined in {path} (defined: {known})")
    async with _database() as db:
        await RoleStore(db).grant(args.user, args.role, _actor())
    print(f"granted role {args.role!r} to {args.user!r}")


async def _users_revoke(args: argparse.Namespace) -> None:
    async with _database() as db:
        await RoleStore(db).revoke(args.user, args.role, _actor())
    print(f"revoked role {args.role!r} from {args.user!r}")


async def _users_list(args: argparse.Namespace) -> None:
    async with _database() as db:
        assignments = await RoleStore(db).list_assignments()
    if not assignments:
        print("no role assignments")
        return
    rows = [(a.subject, a.role, a.granted_by, _stamp(a.granted_at)) for a in assignments]
    _table(("USER", "ROLE", "GRANTED BY", "GRANTED AT"), rows)


# --- wiring ------------------------------------------------------------------------------

Handler = Callable[[argparse.Namespace], int]
Subcommands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


def _sync(command: Callable[[argparse.Namespace], Coroutine[object, None, None]]) -> Handler:
    def run(args: argparse.Namespace) -> int:
        asyncio.run(command(args))
        return 0

    return run


def _add(parent: Subcommands, name: str, handler: Handler, help_: str) -> argparse.ArgumentParser:
    sub = parent.add_parser(name, help=help_, description=help_)
    sub.set_defaults(handler=handler)
    return sub


def _group(parent: Subcommands, name: str, help_: str) -> Subcommands:
    return parent.add_parser(name, help=help_).add_subparsers(
        dest="action", required=True, metavar="ACTION"
    )


def _listen_options(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("--host", default="127.0.0.1")
    sub.add_argument("--port", type=int, default=8080)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="aiproxy", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    policy_help = "policy file (default: $AIPROXY_POLICY)"

    serve = _add(commands, "serve", cmd_serve, "run the proxy")
    serve.add_argument("--policy", type=Path, help=policy_help)
    _listen_options(serve)
    _listen_options(_add(commands, "demo", cmd_demo, "run the proxy with a demo policy and key"))

    policy = _group(commands, "policy", "work with policy files")
    _add(policy, "check", cmd_policy_check, "validate a policy file").add_argument(
        "path", type=Path
    )

    keys = _group(commands, "keys", "manage API keys")
    create = _add(keys, "create", _sync(_keys_create), "issue a key (shown once)")
    create.add_argument("--principal", required=True, help="the service or person holding it")
    create.add_argument("--kind", choices=("service", "person"), default="service")
    create.add_argument("--feature", help="limit the key to this feature")
    _add(keys, "list", _sync(_keys_list), "list keys (never their secrets)")
    _add(keys, "revoke", _sync(_keys_revoke), "revoke a key now").add_argument("key_id")
    _add(keys, "rotate", _sync(_keys_rotate), "revoke a key, issue its successor").add_argument(
        "key_id"
    )

    users = _group(commands, "users", "manage the roles of end users")
    grant = _add(users, "grant", _sync(_users_grant), "give a user a role the policy defines")
    revoke = _add(users, "revoke", _sync(_users_revoke), "take a role from a user")
    for sub in (grant, revoke):
        sub.add_argument("user")
        sub.add_argument("role")
    grant.add_argument("--policy", type=Path, help=policy_help)
    _add(users, "list", _sync(_users_list), "list role assignments")
    return parser


def _fail(message: str, status: int = 1) -> int:
    print(f"aiproxy: error: {message}", file=sys.stderr)
    return status


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    handler: Handler = args.handler
    try:
        return handler(args)
    except PolicyError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return 1
    except UsageError as exc:
        return _fail(str(exc), 2)
    except (KeyStoreError, AssignmentError, DatabaseUnavailable, DemoError) as exc:
        return _fail(str(exc))
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # the last line of defence: one line, never a traceback
        detail = (str(exc).splitlines() or [""])[0]
        return _fail(f"unexpected {type(exc).__name__}: {detail}")


if __name__ == "__main__":
    sys.exit(main())
