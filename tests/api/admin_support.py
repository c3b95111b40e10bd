"""Shared pieces of the admin API tests: a proxy on the admin policy, an admin client, helpers."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import openai
import pytest

from aiproxy.privacy.engine import DetectionService
from aiproxy.services import Services
from tests import sdk
from tests.conftest import Proxy, start_proxy
from tests.fake_upstream import FakeUpstream
from tests.harness import ServerLoop

ADMIN = "root-admin"
_names = itertools.count()


@dataclass
class AdminProxy:
    proxy: Proxy
    admin_key: str
    http: httpx.Client

    @property
    def services(self) -> Services:
        return self.proxy.pipeline.services

    def settle(self) -> None:
        """Wait for the work done after responses (usage counts, audit of refusals)."""
        self.proxy.server.run(self.services.background.drain())

    def ai(self, user: str, feature: str = "support") -> openai.OpenAI:
        return sdk.openai_client(
            api_key=self.proxy.key,
            base_url=self.proxy.url + "/v1",
            max_retries=0,
            default_headers={"X-AIProxy-User": user, "X-AIProxy-Feature": feature},
        )

    def ask(self, user: str, feature: str = "support", text: str = "hi") -> str | None:
        with self.ai(user, feature) as client:
            reply = client.chat.completions.create(
                model="gpt-test", messages=[{"role": "user", "content": text}]
            )
        return reply.choices[0].message.content


def fresh_user(prefix: str = "user") -> str:
    """A user id no other test uses, so tests sharing one proxy never see each other's state."""
    return f"{prefix}-{next(_names)}"


def open_admin_proxy(
    server_loop: ServerLoop, analyzer: DetectionService, upstream: FakeUpstream, tmp: Path
) -> AdminProxy:
    """A proxy on the admin policy, its own SQLite database, and an admin with a key."""
    proxy = start_proxy(server_loop, analyzer, upstream, tmp, policy="admin.yaml")
    key = proxy.create_key(ADMIN)
    proxy.grant(ADMIN, "admin")
    http = httpx.Client(
        base_url=proxy.url + "/admin/v1", headers={"Authorization": f"Bearer {key}"}, timeout=30
    )
    return AdminProxy(proxy, key, http)


def close_admin_proxy(admin: AdminProxy) -> None:
    admin.http.close()
    admin.proxy.server.stop()


@pytest.fixture(scope="module")
def admin_proxy(
    server_loop: ServerLoop,
    analyzer: DetectionService,
    upstream: FakeUpstream,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[AdminProxy]:
    admin = open_admin_proxy(server_loop, analyzer, upstream, tmp_path_factory.mktemp("admin"))
    yield admin
    close_admin_proxy(admin)
