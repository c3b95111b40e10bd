"""When detection fails or times out, nothing goes upstream: the caller gets a clear 503."""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from pathlib import Path

import openai
import pytest

from aiproxy.privacy.engine import DetectionService
from aiproxy.privacy.findings import DetectionSpec, Finding
from tests import sdk
from tests.conftest import Proxy, start_proxy
from tests.fake_upstream import FakeUpstream
from tests.harness import ServerLoop


class BrokenDetector:
    """A detector whose model crashed: the failure aiproxy must turn into a refusal."""

    def __init__(self, spacy_model: str) -> None:
        self.spacy_model = spacy_model

    def analyze_batch(self, texts: Sequence[str], spec: DetectionSpec) -> list[list[Finding]]:
        raise RuntimeError("model weights corrupted")


class StuckDetector:
    """A detector that hangs until released, so the engine's timeout has to fire."""

    release = threading.Event()

    def __init__(self, spacy_model: str) -> None:
        self.spacy_model = spacy_model

    def analyze_batch(self, texts: Sequence[str], spec: DetectionSpec) -> list[list[Finding]]:
        self.release.wait(30)
        return [[] for _ in texts]


@pytest.fixture(scope="module")
def broken_proxy(
    server_loop: ServerLoop, upstream: FakeUpstream, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Proxy]:
    engine = DetectionService(workers=0, timeout=5, detector_factory=BrokenDetector)
    server_loop.call(engine.start())
    proxy = start_proxy(server_loop, engine, upstream, tmp_path_factory.mktemp("broken"))
    yield proxy
    proxy.server.stop()
    server_loop.call(engine.close())


def ask(proxy: Proxy) -> None:
    sdk.openai_client(
        api_key=proxy.key,
        base_url=proxy.url + "/v1",
        max_retries=0,
        default_headers={"X-AIProxy-User": "alice", "X-AIProxy-Feature": "support"},
    ).chat.completions.create(
        model="gpt-test", messages=[{"role": "user", "content": "Call Jane Doe on 555-0100"}]
    )


def test_detection_error_refuses_and_sends_nothing(
    broken_proxy: Proxy, upstream: FakeUpstream
) -> None:
    with pytest.raises(openai.APIStatusError) as info:
        ask(broken_proxy)
    assert info.value.status_code == 503
    assert info.value.code == "detection_failed"
    assert "Jane" not in info.value.message and "weights" not in info.value.message
    assert upstream.requests == []


def test_detection_timeout_refuses_and_sends_nothing(
    server_loop: ServerLoop, upstream: FakeUpstream, tmp_path: Path
) -> None:
    engine = DetectionService(workers=0, timeout=0.3, detector_factory=StuckDetector)
    server_loop.call(engine.start())
    proxy = start_proxy(server_loop, engine, upstream, tmp_path)
    try:
        with pytest.raises(openai.APIStatusError) as info:
            ask(proxy)
    finally:
        StuckDetector.release.set()
        proxy.server.stop()
        server_loop.call(engine.close())
    assert info.value.code == "detection_failed"
    assert upstream.requests == []
