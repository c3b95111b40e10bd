"""The demo set-up: a key for a demo service, roles for a demo user, and a first request to try.

Kept apart from the CLI so the set-up can be tested without starting a server.
"""

from __future__ import annotations

import json
from contextlib import suppress
from pathlib import Path

from aiproxy.auth.keys import KeyStore
from aiproxy.auth.roles import AlreadyGranted, RoleStore
from aiproxy.policy.schema import Policy
from aiproxy.store.database import Database

DEMO_SERVICE = "demo-service"
DEMO_USER = "demo-user"
DEMO_ACTOR = "aiproxy demo"
PACKAGE_DIR = Path(__file__).resolve().parent
_ANY_ADDRESS = ("0.0.0.0", "::", "")  # noqa: S104 (compared with, never bound)


class DemoError(RuntimeError):
    """The demo cannot be set up (its policy is missing or defines nothing to try)."""


def demo_policy_path() -> Path:
    """policies/demo.yaml in a source checkout; the copy shipped in the package otherwise."""
    for candidate in (
        PACKAGE_DIR.parent / "policies" / "demo.yaml",
        PACKAGE_DIR / "demo_policy.yaml",
    ):
        if candidate.is_file():
            return candidate
    raise DemoError("the demo policy is missing (policies/demo.yaml or aiproxy/demo_policy.yaml)")


def first_request(base_url: str, feature: str, model: str) -> str:
    """How to call the demo with curl and with the OpenAI SDK; the key comes from $AIPROXY_KEY."""
    messages = [
        {"role": "user", "content": "Hi, I am Jane Doe (jane@example.com). What can you do?"}
    ]
    body = json.dumps({"model": model, "messages": messages})
    headers = json.dumps({"X-AIProxy-User": DEMO_USER, "X-AIProxy-Feature": feature})
    return f"""Send a first request with curl:

  curl {base_url}/chat/completions \\
    -H "Authorization: Bearer $AIPROXY_KEY" \\
    -H "X-AIProxy-User: {DEMO_USER}" \\
    -H "X-AIProxy-Feature: {feature}" \\
    -H "Content-Type: application/json" \\
    -d '{body}'

or with the OpenAI Python SDK:

  import os
  from openai import OpenAI

  client = OpenAI(
      base_url="{base_url}",
      api_key=os.environ["AIPROXY_KEY"],
      default_headers={headers},
  )
  reply = client.chat.completions.create(model="{model}", messages={json.dumps(messages)})
  print(reply.choices[0].message.content)
"""


async def prepare_demo(db: Database, policy: Policy, host: str, port: int) -> str:
    """Make the demo usable at once and return what to tell the person who started it.

    Safe to run again: an existing key is kept (its secret was shown when it was created and
    is not stored) and roles the demo user already holds are left as they are.
    """
    if not policy.features:
        raise DemoError("the demo policy defines no features")
    feature_name, feature = next(iter(policy.features.items()))
    lines: list[str] = []
    keys = KeyStore(db)
    existing = [k for k in await keys.list() if k.principal == DEMO_SERVICE and k.active]
    if existing:
        lines.append(f"Using demo key {existing[0].id} of {DEMO_SERVICE}, created earlier.")
        lines.append(f"Lost it? `aiproxy keys rotate {existing[0].id}` issues a new one.")
    else:
        info, plaintext = await keys.create(DEMO_SERVICE)
        lines.append(f"Created demo key {info.id} for {DEMO_SERVICE}; it cannot be shown again:")
        lines.append(f"\n  export AIPROXY_KEY={plaintext}\n")
    roles = RoleStore(db)
    granted = [name for name, role in policy.roles.items() if role.features]
    for role in granted:
        with suppress(AlreadyGranted):
            await roles.grant(DEMO_USER, role, DEMO_ACTOR)
    lines.append(f"{DEMO_USER} holds the roles: {', '.join(granted) or '(none)'}\n")
    client_host = "127.0.0.1" if host in _ANY_ADDRESS else host
    lines.append(first_request(f"http://{client_host}:{port}/v1", feature_name, feature.models[0]))
    return "\n".join(lines)
