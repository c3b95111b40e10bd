"""The `aiproxy` command: run the proxy, check a policy, manage API keys and role assignments.

Each command group is one module with a `register(commands)` function. Every failure ends as
one line on stderr and a non-zero exit status, never a traceback. Keys are printed only once,
by the command that creates them.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from aiproxy.auth.keys import KeyStoreError
from aiproxy.auth.roles import AssignmentError
from aiproxy.cli import audit, docs, keys, logs, serve, users
from aiproxy.cli.common import Handler, UsageError
from aiproxy.demo import DemoError
from aiproxy.errors import AIProxyError, PolicyError
from aiproxy.keyring import MasterKeyError
from aiproxy.store.database import DatabaseUnavailable

GROUPS = (serve, keys, users, docs, audit, logs)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="aiproxy", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for module in GROUPS:
        module.register(commands)
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
    except (KeyStoreError, AssignmentError, AIProxyError, DatabaseUnavailable, DemoError) as exc:
        return _fail(str(exc))
    except MasterKeyError as exc:
        return _fail(str(exc))
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # the last line of defence: one line, never a traceback
        detail = (str(exc).splitlines() or [""])[0]
        return _fail(f"unexpected {type(exc).__name__}: {detail}")
