"""Chat completions through the official OpenAI SDK: enforcement, minimization, access, errors."""

from __future__ import annotations

import asyncio

import httpx
import openai
import pytest

from tests import sdk
from tests.conftest import Proxy
from tests.fake_upstream import Behaviour, FakeUpstream


def client(
    proxy: Proxy, user: str = "alice", feature: str = "support", key: str | None = None
) -> openai.OpenAI:
    return sdk.openai_client(
        api_key=key or proxy.key,
        base_url=proxy.url + "/v1",
        max_retries=0,
        default_headers={"X-AIProxy-User": user, "X-AIProxy-Feature": feature},
    )


def ask(text: str) -> list[dict[str, str]]:
    return [{"role": "user", "content": text}]


def test_no_training_flags_are_forced_when_client_sets_the_opposite(
    proxy: Proxy, upstream: FakeUpstream
) -> None:
    raw = client(proxy).chat.completions.with_raw_response.create(
        model="gpt-test",
        messages=ask("What is the refund policy?"),
        store=True,
        metadata={"customer": "acme"},
        user="alice@example.com",
        prompt_cache_retention="24h",  # type: ignore[arg-type]
    )
    sent = upstream.last.body
    assert sent["store"] is False
    assert "metadata" not in sent
    assert sent["user"].startswith("u_") and "alice" not in sent["user"]
    assert sent["prompt_cache_retention"] == "in_memory"
    enforced = raw.headers["x-aiproxy-enforced"]
    assert "store=false" in enforced and "metadata removed" in enforced
    assert raw.parse().choices[0].message.content == "Echo: What is the refund policy?"


def test_user_pseudonym_is_stable_per_user_and_differs_between_users(
    proxy: Proxy, upstream: FakeUpstream
) -> None:
    proxy.grant("bob", "agent")
    for user in ("alice", "alice", "bob"):
        client(proxy, user=user).chat.completions.create(
            model="gpt-test", messages=ask("hi"), user="whatever"
        )
    first, second, third = (r.body["user"] for r in upstream.requests)
    assert first == second != third


def test_fields_the_feature_does_not_allow_never_arrive_upstream(
    proxy: Proxy, upstream: FakeUpstream
) -> None:
    raw = client(proxy).chat.completions.with_raw_response.create(
        model="gpt-test",
        messages=ask("hello"),
        frequency_penalty=0.5,
        logit_bias={"50256": -100},
        seed=7,
    )
    sent = upstream.last.body
    assert not {"frequency_penalty", "logit_bias", "seed"} & set(sent)
    assert raw.headers["x-aiproxy-dropped"] == "frequency_penalty, logit_bias, seed"


def test_max_tokens_is_capped_at_the_feature_limit(proxy: Proxy, upstream: FakeUpstream) -> None:
    client(proxy).chat.completions.create(model="gpt-test", messages=ask("hi"), max_tokens=9000)
    assert upstream.last.body["max_tokens"] == 500


def test_streaming_chat_arrives_in_chunks_with_flags_forced(
    proxy: Proxy, upstream: FakeUpstream
) -> None:
    stream = client(proxy).chat.completions.create(
        model="gpt-test", messages=ask("stream this please"), stream=True, store=True
    )
    pieces = [c.choices[0].delta.content or "" for c in stream if c.choices]
    assert "".join(pieces) == "Echo: stream this please"
    assert len([p for p in pieces if p]) > 3
    assert upstream.last.body["store"] is False


def test_user_without_roles_is_refused_and_nothing_is_sent(
    proxy: Proxy, upstream: FakeUpstream
) -> None:
    with pytest.raises(openai.PermissionDeniedError) as info:
        client(proxy, user="mallory").chat.completions.create(model="gpt-test", messages=ask("x"))
    assert info.value.code == "user_not_allowed"
    assert info.value.response.headers["x-should-retry"] == "false"
    assert upstream.requests == []


def test_revoked_role_takes_effect_on_the_next_request(
    proxy: Proxy, upstream: FakeUpstream
) -> None:
    proxy.grant("carol", "agent")
    client(proxy, user="carol").chat.completions.create(model="gpt-test", messages=ask("x"))
    proxy.revoke("carol", "agent")
    with pytest.raises(openai.PermissionDeniedError):
        client(proxy, user="carol").chat.completions.create(model="gpt-test", messages=ask("x"))
    assert len(upstream.requests) == 1


def test_unknown_key_is_unauthenticated(proxy: Proxy, upstream: FakeUpstream) -> None:
    with pytest.raises(openai.AuthenticationError) as info:
        client(proxy, key="aip_nope_nope").chat.completions.create(
            model="gpt-test", messages=ask("x")
        )
    assert info.value.code == "unauthenticated"
    assert upstream.requests == []


def test_unknown_feature_is_a_bad_request(proxy: Proxy) -> None:
    with pytest.raises(openai.BadRequestError) as info:
        client(proxy, feature="nope").chat.completions.create(model="gpt-test", messages=ask("x"))
    assert info.value.code == "unknown_feature"


def test_model_outside_the_feature_is_refused(proxy: Proxy, upstream: FakeUpstream) -> None:
    with pytest.raises(openai.PermissionDeniedError) as info:
        client(proxy, feature="strict-budget").chat.completions.create(
            model="claude-test", messages=ask("x")
        )
    assert info.value.code == "model_not_allowed"
    assert upstream.requests == []


@pytest.mark.parametrize(
    ("feature", "model", "unmet"),
    [("cheap", "gpt-cheap", "no_training"), ("eu-only", "claude-test", "regions eu")],
)
def test_feature_no_provider_meets_is_refused_and_nothing_is_sent(
    proxy: Proxy, upstream: FakeUpstream, feature: str, model: str, unmet: str
) -> None:
    if model == "claude-test":
        import anthropic

        with pytest.raises(anthropic.PermissionDeniedError) as caught:
            sdk.anthropic_client(
                api_key=proxy.key,
                base_url=proxy.url,
                max_retries=0,
                default_headers={"X-AIProxy-User": "alice", "X-AIProxy-Feature": feature},
            ).messages.create(model=model, max_tokens=10, messages=ask("x"))  # type: ignore[arg-type]
        assert unmet in caught.value.message
    else:
        with pytest.raises(openai.PermissionDeniedError) as info:
            client(proxy, feature=feature).chat.completions.create(model=model, messages=ask("x"))
        assert info.value.code == "no_compliant_provider"
        assert unmet in info.value.message
    assert upstream.requests == []


def test_over_budget_prompt_is_refused_with_count_and_limit(
    proxy: Proxy, upstream: FakeUpstream
) -> None:
    with pytest.raises(openai.BadRequestError) as info:
        client(proxy, feature="strict-budget").chat.completions.create(
            model="gpt-test", messages=ask("please classify this rather long message " * 5)
        )
    assert info.value.code == "over_token_budget"
    assert "at most 20" in info.value.message
    assert upstream.requests == []


def test_over_budget_history_is_truncated_oldest_first_when_configured(
    proxy: Proxy, upstream: FakeUpstream
) -> None:
    history = [{"role": "system", "content": "Be brief."}]
    for turn in range(6):
        history += [
            {"role": "user", "content": f"question number {turn} about the invoice"},
            {"role": "assistant", "content": f"answer number {turn}"},
        ]
    history.append({"role": "user", "content": "and the final question?"})
    raw = client(proxy, feature="short-context").chat.completions.with_raw_response.create(
        model="gpt-test",
        messages=history,  # type: ignore[arg-type]
    )
    sent = upstream.last.body["messages"]
    assert sent[0] == {"role": "system", "content": "Be brief."}
    assert sent[-1]["content"] == "and the final question?"
    assert len(sent) < len(history)
    assert sent[1]["role"] == "user"
    assert int(raw.headers["x-aiproxy-truncated-turns"]) >= 1


def test_upstream_error_status_and_body_reach_the_caller(
    proxy: Proxy, upstream: FakeUpstream
) -> None:
    upstream.then(
        Behaviour(
            status=429,
            body={"error": {"message": "slow down", "type": "rate", "code": "rate_limit_exceeded"}},
            headers={"retry-after": "7"},
        )
    )
    with pytest.raises(openai.RateLimitError) as info:
        client(proxy).chat.completions.create(model="gpt-test", messages=ask("x"))
    assert info.value.code == "rate_limit_exceeded"
    assert info.value.response.headers["retry-after"] == "7"


def test_upstream_5xx_reaches_the_caller_as_server_error(
    proxy: Proxy, upstream: FakeUpstream
) -> None:
    upstream.then(Behaviour(status=503, body={"error": {"message": "overloaded"}}))
    with pytest.raises(openai.InternalServerError) as info:
        client(proxy).chat.completions.create(model="gpt-test", messages=ask("x"))
    assert info.value.status_code == 503


def test_upstream_timeout_is_a_gateway_timeout(proxy: Proxy, upstream: FakeUpstream) -> None:
    upstream.then(Behaviour(hold=asyncio.Event()))  # never released: the read timeout fires
    with pytest.raises(openai.APIStatusError) as info:
        client(proxy).chat.completions.create(model="gpt-test", messages=ask("x"))
    assert info.value.status_code == 504
    assert info.value.code == "upstream_timeout"


def test_stream_cut_by_upstream_ends_with_an_error_event(
    proxy: Proxy, upstream: FakeUpstream
) -> None:
    upstream.then(Behaviour(cut_after=3))
    stream = client(proxy).chat.completions.create(
        model="gpt-test", messages=ask("a long answer is coming"), stream=True
    )
    with pytest.raises(openai.APIError) as info:
        for _ in stream:
            pass
    assert "could not be reached" in info.value.message or "failed" in info.value.message


def test_malformed_json_gets_a_clear_error_in_openai_shape(proxy: Proxy) -> None:
    response = httpx.post(
        proxy.url + "/v1/chat/completions",
        content=b"{not json",
        headers={"authorization": f"Bearer {proxy.key}"},
    )
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "malformed_body"


def test_wrong_types_get_a_clear_error(proxy: Proxy, upstream: FakeUpstream) -> None:
    response = httpx.post(
        proxy.url + "/v1/chat/completions",
        json={"model": 42, "messages": "nope"},
        headers={
            "authorization": f"Bearer {proxy.key}",
            "x-aiproxy-user": "alice",
            "x-aiproxy-feature": "support",
        },
    )
    assert response.status_code == 400
    assert response.json()["error"]["param"] == "model"
    assert upstream.requests == []


def test_oversized_body_is_refused_before_it_is_read(proxy: Proxy) -> None:
    response = httpx.post(
        proxy.url + "/v1/chat/completions",
        content=b"x" * 2_500_000,
        headers={"authorization": f"Bearer {proxy.key}"},
    )
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "body_too_large"


def test_unknown_endpoint_is_a_404_in_openai_shape(proxy: Proxy) -> None:
    response = httpx.post(proxy.url + "/v1/completions", json={})
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


def test_image_parts_are_refused_unless_the_feature_allows_them(
    proxy: Proxy, upstream: FakeUpstream
) -> None:
    image = [
        {"type": "text", "text": "what is this?"},
        {"type": "image_url", "image_url": {"url": "https://example.com/a.png"}},
    ]
    with pytest.raises(openai.BadRequestError) as info:
        client(proxy).chat.completions.create(
            model="gpt-test",
            messages=[{"role": "user", "content": image}],  # type: ignore[list-item]
        )
    assert info.value.code == "content_not_allowed"
    assert upstream.requests == []
    client(proxy, feature="images").chat.completions.create(
        model="gpt-test",
        messages=[{"role": "user", "content": image}],  # type: ignore[list-item]
    )
    assert upstream.last.body["messages"][0]["content"][1]["type"] == "image_url"
