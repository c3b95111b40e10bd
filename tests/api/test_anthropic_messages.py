"""Anthropic Messages through the official anthropic SDK: enforcement, streaming, error shape."""

from __future__ import annotations

import anthropic
import httpx
import pytest

from tests import sdk
from tests.conftest import Proxy
from tests.fake_upstream import Behaviour, FakeUpstream


def client(
    proxy: Proxy, user: str = "alice", feature: str = "support-claude", **headers: str
) -> anthropic.Anthropic:
    return sdk.anthropic_client(
        api_key=proxy.key,
        base_url=proxy.url,
        max_retries=0,
        default_headers={"X-AIProxy-User": user, "X-AIProxy-Feature": feature, **headers},
    )


def test_message_is_forwarded_with_user_pseudonymized_and_region_forced(
    proxy: Proxy, upstream: FakeUpstream
) -> None:
    raw = client(proxy).messages.with_raw_response.create(
        model="claude-test",
        max_tokens=100,
        system="You are a support assistant.",
        messages=[{"role": "user", "content": "Where is my parcel?"}],
        metadata={"user_id": "alice@example.com"},
    )
    sent = upstream.last
    assert sent.path == "/v1/messages"
    assert sent.headers["x-api-key"] == "sk-ant-fake"
    assert sent.headers["anthropic-version"]
    assert sent.body["metadata"]["user_id"].startswith("u_")
    assert sent.body["inference_geo"] == "us"
    assert sent.headers["x-contract-id"] == "C-123"
    assert "inference_geo=us" in raw.headers["x-aiproxy-enforced"]
    message = raw.parse()
    assert message.content[0].text == "Echo: Where is my parcel?"  # type: ignore[union-attr]
    assert message.usage.input_tokens > 0


def test_caller_cannot_weaken_the_region(proxy: Proxy, upstream: FakeUpstream) -> None:
    client(proxy).messages.create(
        model="claude-test",
        max_tokens=10,
        messages=[{"role": "user", "content": "hi"}],
        extra_body={"inference_geo": "global"},
    )
    assert upstream.last.body["inference_geo"] == "us"


def test_beta_headers_are_dropped_unless_the_feature_allows_them(
    proxy: Proxy, upstream: FakeUpstream
) -> None:
    c = client(proxy, **{"anthropic-beta": "files-api-2025-04-14,tools-2024-04-04"})
    raw = c.messages.with_raw_response.create(
        model="claude-test", max_tokens=10, messages=[{"role": "user", "content": "hi"}]
    )
    assert upstream.last.headers["anthropic-beta"] == "tools-2024-04-04"
    assert "anthropic-beta dropped" in raw.headers["x-aiproxy-enforced"]


def test_streamed_message_arrives_as_text_deltas(proxy: Proxy, upstream: FakeUpstream) -> None:
    with client(proxy).messages.stream(
        model="claude-test",
        max_tokens=50,
        messages=[{"role": "user", "content": "tell me about shipping"}],
    ) as stream:
        text = "".join(stream.text_stream)
        final = stream.get_final_message()
    assert text == "Echo: tell me about shipping"
    assert final.stop_reason == "end_turn"


def test_refusal_comes_back_in_anthropic_error_shape(proxy: Proxy, upstream: FakeUpstream) -> None:
    with pytest.raises(anthropic.PermissionDeniedError) as info:
        client(proxy, user="mallory").messages.create(
            model="claude-test", max_tokens=10, messages=[{"role": "user", "content": "hi"}]
        )
    body = info.value.body
    assert isinstance(body, dict) and body["type"] == "error"
    assert body["error"]["code"] == "user_not_allowed"
    assert upstream.requests == []


def test_upstream_error_body_is_relayed_unchanged(proxy: Proxy, upstream: FakeUpstream) -> None:
    error = {"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}}
    upstream.then(Behaviour(status=529, body=error))
    with pytest.raises(anthropic.APIStatusError) as info:
        client(proxy).messages.create(
            model="claude-test", max_tokens=10, messages=[{"role": "user", "content": "hi"}]
        )
    assert info.value.status_code == 529
    assert info.value.body == error


def test_stream_dropped_by_upstream_raises_in_the_sdk(proxy: Proxy, upstream: FakeUpstream) -> None:
    upstream.then(Behaviour(cut_after=4))
    with (
        pytest.raises(anthropic.APIError),
        client(proxy).messages.stream(
            model="claude-test",
            max_tokens=50,
            messages=[{"role": "user", "content": "a long story please"}],
        ) as stream,
    ):
        for _ in stream.text_stream:
            pass


def test_malformed_body_gets_anthropic_error_shape(proxy: Proxy) -> None:
    response = httpx.post(
        proxy.url + "/v1/messages", content=b"[1,2", headers={"x-api-key": proxy.key}
    )
    assert response.status_code == 400
    assert response.json()["type"] == "error"
    assert response.json()["error"]["code"] == "malformed_body"
