"""The demo set-up: one key shown once, roles for the demo user, and a request to copy."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from aiproxy.auth.keys import KeyStore
from aiproxy.auth.roles import RoleStore
from aiproxy.demo import DEMO_SERVICE, DEMO_USER, DemoError, demo_policy_path, prepare_demo
from aiproxy.policy.loader import parse_policy
from aiproxy.policy.schema import Policy
from aiproxy.store.database import Database

POLICY = """\
version: 1
providers:
  echo: {kind: echo, models: [echo-1, echo-2]}
features:
  support-summary: {purpose: Summarize a ticket, models: [echo-2, echo-1]}
  drafting: {purpose: Draft a reply, models: [echo-1]}
roles:
  support-agent: {features: [support-summary]}
  writer: {features: [drafting]}
  incident-reviewer: {review_logs: true}
"""
KEY_LINE = re.compile(r"export AIPROXY_KEY=(aip_\S+)")


@pytest.fixture
def policy() -> Policy:
    return parse_policy(POLICY).policy


@pytest.fixture
async def db(tmp_path: Path) -> AsyncIterator[Database]:
    database = await Database.connect(f"sqlite+aiosqlite:///{tmp_path / 'demo.db'}")
    yield database
    await database.close()


async def test_prepare_demo_creates_working_key_when_database_is_new(
    db: Database, policy: Policy
) -> None:
    text = await prepare_demo(db, policy, "127.0.0.1", 8080)
    [key] = KEY_LINE.findall(text)
    principal = await KeyStore(db).authenticate(key)
    assert principal is not None
    assert principal.name == DEMO_SERVICE


async def test_prepare_demo_grants_feature_roles_when_run(db: Database, policy: Policy) -> None:
    await prepare_demo(db, policy, "127.0.0.1", 8080)
    assert await RoleStore(db).roles_for(DEMO_USER) == frozenset({"support-agent", "writer"})


async def test_prepare_demo_keeps_key_and_roles_without_showing_key_when_run_again(
    db: Database, policy: Policy
) -> None:
    first = await prepare_demo(db, policy, "127.0.0.1", 8080)
    second = await prepare_demo(db, policy, "127.0.0.1", 8080)
    assert KEY_LINE.search(first)
    assert "aip_" not in second
    assert len(await KeyStore(db).list()) == 1
    assert len(await RoleStore(db).list_assignments()) == 2


async def test_prepare_demo_explains_first_request_when_listening_on_any_address(
    db: Database, policy: Policy
) -> None:
    text = await prepare_demo(db, policy, "0.0.0.0", 9000)  # noqa: S104
    assert "http://127.0.0.1:9000/v1/chat/completions" in text
    assert 'base_url="http://127.0.0.1:9000/v1"' in text
    assert "X-AIProxy-User: demo-user" in text
    assert "X-AIProxy-Feature: support-summary" in text
    assert '"model": "echo-2"' in text


async def test_prepare_demo_refuses_when_policy_has_no_features(db: Database) -> None:
    empty = parse_policy("version: 1\nproviders: {echo: {kind: echo, models: [m]}}\n").policy
    with pytest.raises(DemoError, match="no features"):
        await prepare_demo(db, empty, "127.0.0.1", 8080)


def test_demo_policy_path_is_valid_policy_when_shipped() -> None:
    try:
        path = demo_policy_path()
    except DemoError:
        pytest.skip("no demo policy in this checkout yet")
    assert parse_policy(path.read_text()).policy.features
