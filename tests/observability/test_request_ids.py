"""X-AIProxy-Request-Id on every response, the same id in the request log line."""

from __future__ import annotations

import logging

import httpx
import pytest

from aiproxy.api.request_id import WELL_FORMED
from tests.conftest import Proxy
from tests.fake_upstream import FakeUpstream
from tests.observability.conftest import settle

HEADER = "x-aiproxy-request-id"


def call_headers(proxy: Proxy, **extra: str) -> dict[str, str]:
    return {
        "authorization": f"Bearer {proxy.key}",
        "x-aiproxy-user": "alice",
        "x-aiproxy-feature": "support",
        **extra,
    }


CHAT = {"model": "gpt-test", "messages": [{"role": "user", "content": "hi"}]}


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("POST", "/v1/chat/completions", CHAT),
        ("POST", "/v1/chat/completions", {**CHAT, "stream": True}),
        ("POST", "/v1/chat/completions", {**CHAT, "model": "nope"}),
        ("POST", "/v1/messages", {"model": "claude-test"}),
        ("GET", "/v1/models", None),
        ("POST", "/v1/privacy/analyze", {"feature": "support", "text": "hi"}),
        ("GET", "/healthz", None),
        ("GET", "/readyz", None),
        ("GET", "/metrics", None),
        ("GET", "/admin/v1/annex", None),
        ("GET", "/no/such/path", None),
        ("DELETE", "/v1/chat/completions", None),
    ],
)
def test_every_response_carries_a_well_formed_request_id(
    own_proxy: Proxy, upstream: FakeUpstream, method: str, path: str, body: object
) -> None:
    response = httpx.request(
        method, own_proxy.url + path, json=body, headers=call_headers(own_proxy)
    )
    request_id = response.headers.get(HEADER)
    assert request_id is not None and WELL_FORMED.fullmatch(request_id)
    assert len(response.headers.get_list(HEADER)) == 1


def test_a_well_formed_caller_id_is_kept_and_reaches_the_request_log(
    own_proxy: Proxy, upstream: FakeUpstream, caplog: pytest.LogCaptureFixture
) -> None:
    mine = "trace-4bf92f3577b34da6:span.00f067aa"
    with caplog.at_level(logging.INFO, logger="aiproxy.requests"):
        response = httpx.post(
            own_proxy.url + "/v1/chat/completions",
            json=CHAT,
            headers=call_headers(own_proxy, **{HEADER: mine}),
        )
        settle(own_proxy)
    assert response.headers[HEADER] == mine
    lines = [r for r in caplog.records if r.name == "aiproxy.requests"]
    assert [r.fields["request_id"] for r in lines] == [mine]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "given", ["short", "has spaces in it", "x" * 129, "email@example.com", "line\\nbreak-xyz"]
)
def test_a_malformed_caller_id_is_replaced(
    own_proxy: Proxy, upstream: FakeUpstream, given: str
) -> None:
    response = httpx.get(own_proxy.url + "/healthz", headers={HEADER: given})
    assert response.headers[HEADER] != given
    assert response.headers[HEADER].startswith("req_")
