"""Shared pieces of the prompt-log tests: a proxy on the logs policy with a reviewer, an admin
and an admin who also reviews; a clock the tests move; helpers to call and to read the audit."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest

from aiproxy.privacy.findings import Analyzer
from aiproxy.records import audit
from aiproxy.records.retention import PurgeResult, purge_now
from aiproxy.services import Services
from tests.conftest import Proxy, start_proxy
from tests.fake_upstream import FakeUpstream
from tests.harness import ServerLoop

REVIEWER, ADMIN, BOTH = "rita-reviewer", "adam-admin", "bea-admin-reviewer"
REASON = "Incident INC-42: customer reports a wrong refund summary"
VALUES = {
    "name": "Oluwaseun Adeyemi",
    "email": "seun.adeyemi@brightmail.example",
    "phone": "+44 20 7946 0958",
    "card": "4111 1111 1111 1111",
}
PROMPT = (
    f"Customer {VALUES['name']} wrote from {VALUES['email']} and asked us to call back on "
    f"{VALUES['phone']}. They paid with card {VALUES['card']} and want a refund."
)
_names = itertools.count()


@dataclass
class Clock:
    """The injectable clock: tests set `now` and move it instead of waiting."""

    now: datetime = field(default_factory=lambda: datetime.now(UTC))

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@dataclass
class LogsProxy:
    proxy: Proxy
    keys: dict[str, str]
    clock: Clock
    #: SDK clients handed out by `ai`, closed after each test so no socket outlives it.
    clients: list[openai.OpenAI] = field(default_factory=list)

    @property
    def services(self) -> Services:
        return self.proxy.pipeline.services

    def new_user(self, role: str | None = "agent") -> str:
        """A user no other test uses (so tests sharing the proxy never see each other's logs)."""
        user = f"logs-user-{next(_names)}"
        if role is not None:
            self.proxy.grant(user, role)
        return user

    def settle(self) -> None:
        """Wait for the work done after responses (the prompt log among it)."""
        self.proxy.server.run(self.services.background.drain())

    def ai(self, user: str, feature: str = "support") -> openai.OpenAI:
        client = openai.OpenAI(
            api_key=self.proxy.key,
            base_url=self.proxy.url + "/v1",
            max_retries=0,
            default_headers={"X-AIProxy-User": user, "X-AIProxy-Feature": feature},
        )
        self.clients.append(client)
        return client

    def close_clients(self) -> None:
        while self.clients:
            self.clients.pop().close()

    def chat(self, user: str, text: str = PROMPT, feature: str = "support") -> str:
        """Send one chat call and wait until it is logged; returns its request id."""
        raw = self.ai(user, feature).chat.completions.with_raw_response.create(
            model="gpt-test", messages=[{"role": "user", "content": text}]
        )
        self.settle()
        return raw.headers["x-aiproxy-request-id"]

    def get(
        self, path: str, who: str = REVIEWER, reason: str | None = REASON, **params: Any
    ) -> httpx.Response:
        headers = {"authorization": f"Bearer {self.keys[who]}"}
        if reason is not None:
            headers["x-aiproxy-justification"] = reason
        return httpx.get(self.proxy.url + path, headers=headers, params=params, timeout=30)

    def delete(self, path: str, who: str = ADMIN, reason: str | None = REASON) -> httpx.Response:
        headers = {"authorization": f"Bearer {self.keys[who]}"}
        if reason is not None:
            headers["x-aiproxy-justification"] = reason
        return httpx.delete(self.proxy.url + path, headers=headers, timeout=30)

    def purge(self) -> PurgeResult:
        return self.proxy.server.run(purge_now(self.services))

    def audit(self, action: str, actor: str | None = None) -> list[audit.AuditEntry]:
        where = audit.AuditFilter(action=action, actor=actor, limit=1000)
        return self.proxy.server.run(audit.query(self.services.database, where))


def start_logs_proxy(
    server_loop: ServerLoop,
    analyzer: Analyzer,
    upstream: FakeUpstream,
    tmp: Path,
    database_url: str | None = None,
) -> LogsProxy:
    proxy = start_proxy(
        server_loop, analyzer, upstream, tmp, policy="logs.yaml", database_url=database_url
    )
    keys = {}
    people = {REVIEWER: ["reviewer"], ADMIN: ["admin"], BOTH: ["admin", "reviewer"]}
    for name, roles in people.items():
        keys[name] = proxy.create_key(name)
        for role in roles:
            proxy.grant(name, role)
    clock = Clock()
    proxy.pipeline.services.clock = clock
    return LogsProxy(proxy, keys, clock)


@pytest.fixture(scope="module")
def logs_proxy(
    server_loop: ServerLoop,
    analyzer: Analyzer,
    upstream: FakeUpstream,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[LogsProxy]:
    running = start_logs_proxy(server_loop, analyzer, upstream, tmp_path_factory.mktemp("logs"))
    yield running
    running.proxy.server.stop()


@pytest.fixture
def logs(logs_proxy: LogsProxy) -> Iterator[LogsProxy]:
    """The module's proxy with its clock back at the real time for each test."""
    logs_proxy.clock.now = datetime.now(UTC)
    yield logs_proxy
    logs_proxy.close_clients()
