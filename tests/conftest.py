"""Session fixtures: one server loop, one detection engine, one fake upstream, one proxy."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from aiproxy.app import create_app
from aiproxy.keyring import generate_master_key
from aiproxy.pipeline import Pipeline
from aiproxy.privacy.engine import DetectionService
from aiproxy.privacy.findings import Analyzer
from aiproxy.settings import Settings
from tests import sdk
from tests.fake_upstream import FakeUpstream
from tests.harness import RunningServer, ServerLoop

POLICY_DIR = Path(__file__).parent / "policies"


@pytest.fixture(scope="session")
def server_loop() -> Iterator[ServerLoop]:
    loop = ServerLoop()
    yield loop
    loop.close()


@pytest.fixture(scope="session")
def analyzer(server_loop: ServerLoop) -> Iterator[DetectionService]:
    """The real detection engine, loaded once per session, run in-process."""
    service = DetectionService(workers=0, timeout=30.0)
    server_loop.call(service.start())
    yield service
    server_loop.call(service.close())


@pytest.fixture(scope="session")
def upstream(server_loop: ServerLoop) -> Iterator[FakeUpstream]:
    fake = FakeUpstream()
    server = RunningServer(server_loop, fake.app).start()
    fake.url = server.url  # type: ignore[attr-defined]
    yield fake
    server.stop()


@dataclass
class Proxy:
    server: RunningServer
    url: str
    key: str
    settings: Settings

    @property
    def pipeline(self) -> Pipeline:
        pipeline: Pipeline = self.server.app.state.pipeline  # type: ignore[attr-defined]
        return pipeline

    def create_key(self, principal: str, feature: str | None = None) -> str:
        _, key = self.server.run(self.pipeline.services.keys.create(principal, feature=feature))
        return key

    def grant(self, user: str, role: str) -> None:
        """Like an admin grant through this replica: applied, and its access cache cleared."""
        self.server.run(self.pipeline.services.roles.grant(user, role, "tests"))
        self.pipeline.services.access.clear()

    def revoke(self, user: str, role: str) -> None:
        self.server.run(self.pipeline.services.roles.revoke(user, role, "tests"))
        self.pipeline.services.access.clear()


def render_policy(name: str, upstream_url: str, target: Path) -> Path:
    text = (POLICY_DIR / name).read_text().replace("{UPSTREAM}", upstream_url)
    target.write_text(text)
    return target


def start_proxy(
    server_loop: ServerLoop,
    analyzer: Analyzer,
    upstream: FakeUpstream,
    tmp: Path,
    policy: str = "proxy.yaml",
    database_url: str | None = None,
) -> Proxy:
    os.environ["FAKE_OPENAI_KEY"] = "sk-fake-openai"
    os.environ["FAKE_ANTHROPIC_KEY"] = "sk-ant-fake"
    settings = Settings(
        policy=render_policy(policy, upstream.url, tmp / "policy.yaml"),  # type: ignore[attr-defined]
        database_url=database_url or f"sqlite+aiosqlite:///{tmp / 'aiproxy.db'}",
        master_key=generate_master_key(),  # type: ignore[arg-type]
        data_dir=tmp,
    )
    server = RunningServer(server_loop, create_app(settings, analyzer=analyzer)).start()
    proxy = Proxy(server, server.url, "", settings)
    proxy.key = proxy.create_key("support-service")
    proxy.grant("alice", "agent")
    return proxy


@pytest.fixture(scope="session")
def proxy(
    server_loop: ServerLoop,
    analyzer: DetectionService,
    upstream: FakeUpstream,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[Proxy]:
    running = start_proxy(server_loop, analyzer, upstream, tmp_path_factory.mktemp("proxy"))
    yield running
    running.server.stop()


@pytest.fixture(autouse=True)
def _close_sdk_clients() -> Iterator[None]:
    yield
    sdk.close_all()


@pytest.fixture(autouse=True)
def _fresh_upstream(request: pytest.FixtureRequest) -> Iterator[None]:
    fake = request.getfixturevalue("upstream") if "upstream" in request.fixturenames else None
    if fake is not None:
        fake.reset()
    yield
    if fake is not None:
        fake.reset()
