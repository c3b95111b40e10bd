"""`aiproxy serve`, `aiproxy demo` and `aiproxy policy check`."""

from __future__ import annotations

import argparse
import asyncio
from pathlib import Path

from aiproxy.cli.common import POLICY_HELP, Subcommands, add, database, group, policy_path
from aiproxy.demo import demo_policy_path, prepare_demo
from aiproxy.keyring import Keyring, load_master_key
from aiproxy.policy.loader import load_policy
from aiproxy.policy.schema import Policy
from aiproxy.records.crypto import verify_master_key
from aiproxy.settings import Settings


async def _check_master_key(settings: Settings) -> None:
    """Refuse a master key other than the database's before binding a port (one clear line
    instead of a failed lifespan's traceback)."""
    secret = settings.master_key.get_secret_value() if settings.master_key else None
    keyring = Keyring(load_master_key(secret, settings.data_dir))
    async with database() as db:
        await verify_master_key(db, keyring)


def _run_server(settings: Settings, policy: Path, host: str, port: int) -> int:
    from aiproxy import server  # imported late: the web stack is not needed by other commands

    asyncio.run(_check_master_key(settings))
    server.run(settings.model_copy(update={"policy": policy}), host, port)
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    settings = Settings()
    policy = policy_path(args.policy, settings, "no policy to serve")
    load_policy(policy)  # refuse a bad policy before binding a port
    return _run_server(settings, policy, args.host, args.port)


async def _demo_setup(policy: Policy, host: str, port: int) -> None:
    async with database() as db:
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


def _listen_options(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("--host", default="127.0.0.1")
    sub.add_argument("--port", type=int, default=8080)


def register(commands: Subcommands) -> None:
    serve = add(commands, "serve", cmd_serve, "run the proxy")
    serve.add_argument("--policy", type=Path, help=POLICY_HELP)
    _listen_options(serve)
    _listen_options(add(commands, "demo", cmd_demo, "run the proxy with a demo policy and key"))
    policy = group(commands, "policy", "work with policy files")
    add(policy, "check", cmd_policy_check, "validate a policy file").add_argument("path", type=Path)
