"""Health, readiness, and a client that hangs up in the middle of a stream."""

from __future__ import annotations

import httpx

from tests.conftest import Proxy
from tests.fake_upstream import FakeUpstream


def test_healthz_and_readyz_report_ready(proxy: Proxy) -> None:
    assert httpx.get(proxy.url + "/healthz").json() == {"status": "ok"}
    ready = httpx.get(proxy.url + "/readyz")
    assert ready.status_code == 200
    assert ready.json()["checks"] == {"policy": True, "database": True, "detection": True}


def test_client_hanging_up_mid_stream_leaves_the_proxy_serving(
    proxy: Proxy, upstream: FakeUpstream
) -> None:
    upstream.piece_size = 1
    headers = {
        "authorization": f"Bearer {proxy.key}",
        "x-aiproxy-user": "alice",
        "x-aiproxy-feature": "support",
    }
    body = {
        "model": "gpt-test",
        "stream": True,
        "messages": [{"role": "user", "content": "a fairly long answer please " * 5}],
    }
    with httpx.stream(
        "POST", proxy.url + "/v1/chat/completions", json=body, headers=headers
    ) as response:
        assert response.status_code == 200
        next(response.iter_bytes())  # read one chunk, then hang up
    proxy.server.run(proxy.pipeline.services.background.drain())
    again = httpx.post(
        proxy.url + "/v1/chat/completions", headers=headers, json={**body, "stream": False}
    )
    assert again.status_code == 200
