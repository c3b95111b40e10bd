"""`aiproxy annex` and `aiproxy subprocessors`: the documents a privacy team publishes.

Both read only the policy file (no database, no network) and print to stdout, so they run in
CI next to `aiproxy policy check` and their output can be committed or published as is.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from aiproxy.cli.common import POLICY_HELP, Subcommands, add, policy_path
from aiproxy.docs import subprocessors
from aiproxy.docs.annex import render_annex
from aiproxy.policy.loader import LoadedPolicy, load_policy
from aiproxy.settings import Settings


def _load(args: argparse.Namespace) -> LoadedPolicy:
    return load_policy(policy_path(args.path, Settings(), "no policy to render"))


def cmd_annex(args: argparse.Namespace) -> int:
    loaded = _load(args)
    sys.stdout.write(render_annex(loaded.policy, loaded.version))
    return 0


def cmd_subprocessors(args: argparse.Namespace) -> int:
    loaded = _load(args)
    render = subprocessors.render_json if args.format == "json" else subprocessors.render_markdown
    sys.stdout.write(render(loaded.policy, loaded.version))
    return 0


def register(commands: Subcommands) -> None:
    annex = add(
        commands, "annex", cmd_annex, "render the generative-AI annex of a policy as Markdown"
    )
    annex.add_argument("path", type=Path, nargs="?", help=POLICY_HELP)
    subs = add(
        commands,
        "subprocessors",
        cmd_subprocessors,
        "render a policy's sub-processor list (Markdown or JSON)",
    )
    subs.add_argument("path", type=Path, nargs="?", help=POLICY_HELP)
    subs.add_argument("--format", choices=("markdown", "json"), default="markdown")
