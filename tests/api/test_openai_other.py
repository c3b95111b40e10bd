"""Responses, embeddings, models, Azure and OpenRouter enforcement through the OpenAI SDK."""

from __future__ import annotations

import openai
import pytest

from tests import sdk
from tests.api.test_openai_chat import ask, client
from tests.conftest import Proxy
from tests.fake_upstream import FakeUpstream


def test_responses_api_is_forced_stateless(proxy: Proxy, upstream: FakeUpstream) -> None:
    response = client(proxy).responses.create(
        model="gpt-test", input="Summarize the ticket", store=True, metadata={"k": "v"}
    )
    assert upstream.last.path == "/v1/responses"
    assert upstream.last.body["store"] is False
    assert "metadata" not in upstream.last.body
    assert response.output_text == "Echo: Summarize the ticket"


@pytest.mark.parametrize(
    ("field", "value"), [("previous_response_id", "resp_123"), ("background", True)]
)
def test_provider_side_state_is_refused_when_zero_retention_is_required(
    proxy: Proxy, upstream: FakeUpstream, field: str, value: object
) -> None:
    with pytest.raises(openai.BadRequestError) as info:
        client(proxy).responses.create(model="gpt-test", input="x", **{field: value})  # type: ignore[call-overload]
    assert info.value.code == "stateful_request_refused"
    assert upstream.requests == []


def test_streamed_responses_arrive_as_text_deltas(proxy: Proxy, upstream: FakeUpstream) -> None:
    stream = client(proxy).responses.create(model="gpt-test", input="stream me", stream=True)
    deltas = [e.delta for e in stream if e.type == "response.output_text.delta"]
    assert "".join(deltas) == "Echo: stream me"


def test_embeddings_pass_with_user_pseudonymized(proxy: Proxy, upstream: FakeUpstream) -> None:
    result = client(proxy, feature="embeddings").embeddings.create(
        model="embed-test", input=["refund policy", "shipping times"], user="alice"
    )
    assert len(result.data) == 2
    assert upstream.last.body["user"].startswith("u_")


def test_models_lists_only_what_the_user_may_use(proxy: Proxy) -> None:
    models = {m.id for m in client(proxy, feature="strict-budget").models.list()}
    assert models == {"gpt-test"}
    every = {
        m.id
        for m in sdk.openai_client(
            api_key=proxy.key,
            base_url=proxy.url + "/v1",
            default_headers={"X-AIProxy-User": "alice"},
        ).models.list()
    }
    assert {"gpt-test", "claude-test", "embed-test"} <= every
    none = list(
        sdk.openai_client(
            api_key=proxy.key,
            base_url=proxy.url + "/v1",
            default_headers={"X-AIProxy-User": "nobody"},
        ).models.list()
    )
    assert none == []


def test_azure_requests_use_the_deployment_url_version_and_api_key_header(
    proxy: Proxy, upstream: FakeUpstream
) -> None:
    client(proxy).chat.completions.create(model="gpt-azure", messages=ask("hi"))
    sent = upstream.last
    assert sent.path == "/openai/deployments/prod-deployment/chat/completions"
    assert sent.query == {"api-version": "2024-10-21"}
    assert sent.headers["api-key"] == "sk-fake-openai"
    assert "authorization" not in sent.headers
    assert sent.body["store"] is False


def test_openrouter_gets_data_collection_deny_and_zdr(proxy: Proxy, upstream: FakeUpstream) -> None:
    client(proxy).chat.completions.create(
        model="router-test",
        messages=ask("hi"),
        extra_body={"provider": {"data_collection": "allow", "order": ["x"]}},
    )
    assert upstream.last.body["provider"] == {
        "data_collection": "deny",
        "zdr": True,
        "order": ["x"],
    }


def test_key_bound_to_a_feature_cannot_be_used_for_another(
    proxy: Proxy, upstream: FakeUpstream
) -> None:
    bound = proxy.create_key("embedder", feature="embeddings")
    proxy.grant("embedder", "agent")
    result = sdk.openai_client(api_key=bound, base_url=proxy.url + "/v1", max_retries=0)
    result.embeddings.create(model="embed-test", input="hello")
    with pytest.raises(openai.PermissionDeniedError):
        client(proxy, key=bound).chat.completions.create(model="gpt-test", messages=ask("x"))


def test_caller_cannot_choose_the_upstream_url(proxy: Proxy, upstream: FakeUpstream) -> None:
    client(proxy).chat.completions.create(
        model="gpt-test",
        messages=ask("hi"),
        extra_headers={"Host": "evil.example", "X-Forwarded-Host": "evil.example"},
        extra_body={"base_url": "http://evil.example"},
    )
    assert upstream.last.path == "/v1/chat/completions"
    assert "base_url" not in upstream.last.body
    assert "x-forwarded-host" not in upstream.last.headers
