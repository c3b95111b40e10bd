"""A proxy of this package's own, so exact metric counts are not polluted by other tests."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

from aiproxy.privacy.engine import DetectionService
from tests.conftest import Proxy, start_proxy
from tests.fake_upstream import FakeUpstream
from tests.harness import ServerLoop


@pytest.fixture(scope="module")
def own_proxy(
    server_loop: ServerLoop,
    analyzer: DetectionService,
    upstream: FakeUpstream,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[Proxy]:
    running = start_proxy(server_loop, analyzer, upstream, tmp_path_factory.mktemp("observed"))
    yield running
    running.server.stop()


def settle(proxy: Proxy) -> None:
    """Wait for the observers of every finished call (they run after the response)."""
    proxy.server.run(proxy.pipeline.services.background.drain())


def scrape(proxy: Proxy) -> str:
    settle(proxy)
    response = httpx.get(proxy.url + "/metrics")
    assert response.status_code == 200
    return response.text


def sample(text: str, name: str, **labels: str) -> float:
    """The value of one series; 0 when it was never created."""
    for family in text_string_to_metric_families(text):
        for s in family.samples:
            if s.name == name and s.labels == labels:
                return float(s.value)
    return 0.0
