"""GET /metrics after known traffic: exact counts, labels only from the policy's own names."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from collections.abc import AsyncGenerator

import httpx
import openai
import pytest

from aiproxy.observability.metrics import Metrics
from tests.api.test_openai_chat import ask, client
from tests.conftest import Proxy
from tests.fake_upstream import Behaviour, FakeUpstream
from tests.observability.conftest import sample, scrape, settle

REQUESTS = "aiproxy_requests_total"


def requests(text: str, outcome: str, model: str = "gpt-test", feature: str = "support") -> float:
    provider = "fake-openai" if outcome in ("ok", "upstream_error") else "none"
    return sample(
        text,
        REQUESTS,
        api="chat",
        feature=feature,
        provider=provider,
        model=model,
        outcome=outcome,
    )


def test_answered_calls_are_counted_with_tokens_and_latency(
    own_proxy: Proxy, upstream: FakeUpstream
) -> None:
    before = scrape(own_proxy)
    usage = [
        client(own_proxy).chat.completions.create(model="gpt-test", messages=ask(text)).usage
        for text in ("one two three", "four five")
    ]
    after = scrape(own_proxy)
    assert requests(after, "ok") - requests(before, "ok") == 2
    sent_in = sum(u.prompt_tokens for u in usage if u)
    sent_out = sum(u.completion_tokens for u in usage if u)
    tokens = "aiproxy_tokens_total"
    assert (
        sample(after, tokens, feature="support", direction="input")
        - sample(before, tokens, feature="support", direction="input")
        == sent_in
    )
    assert (
        sample(after, tokens, feature="support", direction="output")
        - sample(before, tokens, feature="support", direction="output")
        == sent_out
    )
    latency = "aiproxy_upstream_latency_seconds_count"
    labels = {"provider": "fake-openai", "model": "gpt-test"}
    assert sample(after, latency, **labels) - sample(before, latency, **labels) == 2
    overhead = "aiproxy_proxy_overhead_seconds_count"
    assert sample(after, overhead, api="chat") - sample(before, overhead, api="chat") == 2
    redaction = "aiproxy_redaction_seconds_count"
    assert sample(after, redaction, api="chat") - sample(before, redaction, api="chat") == 2
    spent = "aiproxy_redaction_seconds_sum"
    assert sample(after, spent, api="chat") > sample(before, spent, api="chat")


def test_refusals_are_counted_by_reason_code_and_unknown_models_stay_unlabelled(
    own_proxy: Proxy, upstream: FakeUpstream
) -> None:
    before = scrape(own_proxy)
    own_proxy.grant("viewer-1", "viewer")
    for user, model in (("viewer-1", "gpt-test"), ("alice", "model-of-Oluwaseun")):
        with pytest.raises(openai.APIStatusError):
            client(own_proxy, user=user).chat.completions.create(model=model, messages=ask("x"))
    after = scrape(own_proxy)
    refused = "refused:user_not_allowed"
    assert requests(after, refused) - requests(before, refused) == 1
    not_allowed = "refused:model_not_allowed"
    assert (
        requests(after, not_allowed, model="unknown")
        - requests(before, not_allowed, model="unknown")
        == 1
    )
    assert "Oluwaseun" not in after
    assert upstream.requests == []


def test_upstream_errors_are_counted_apart_from_refusals(
    own_proxy: Proxy, upstream: FakeUpstream
) -> None:
    before = scrape(own_proxy)
    upstream.then(Behaviour(status=500, body={"error": {"message": "boom"}}))
    with pytest.raises(openai.InternalServerError):
        client(own_proxy).chat.completions.create(model="gpt-test", messages=ask("x"))
    after = scrape(own_proxy)
    assert requests(after, "upstream_error") - requests(before, "upstream_error") == 1


def test_redactions_and_blocked_types_are_counted_by_entity_type(
    own_proxy: Proxy, upstream: FakeUpstream
) -> None:
    before = scrape(own_proxy)
    client(own_proxy).chat.completions.create(
        model="gpt-test",
        messages=ask("Write to seun.adeyemi@brightmail.example and ada@lovelace.example"),
    )
    with pytest.raises(openai.BadRequestError):
        client(own_proxy).chat.completions.create(
            model="gpt-test", messages=ask("My SSN is 536-22-8726 and 536-22-8727.")
        )
    after = scrape(own_proxy)
    redacted = {"feature": "support", "entity_type": "EMAIL_ADDRESS", "action": "pseudonymize"}
    name = "aiproxy_redactions_total"
    assert sample(after, name, **redacted) - sample(before, name, **redacted) == 2
    blocked = {"feature": "support", "entity_type": "US_SSN"}
    name = "aiproxy_blocked_requests_total"
    assert sample(after, name, **blocked) - sample(before, name, **blocked) == 1
    refused = "refused:blocked_entities"
    assert requests(after, refused) - requests(before, refused) == 1


def test_streams_leave_the_in_flight_gauge_at_zero(
    own_proxy: Proxy, upstream: FakeUpstream
) -> None:
    before = scrape(own_proxy)
    stream = client(own_proxy).chat.completions.create(
        model="gpt-test", messages=ask("stream this"), stream=True
    )
    assert "".join(c.choices[0].delta.content or "" for c in stream if c.choices)
    after = scrape(own_proxy)
    assert requests(after, "ok") - requests(before, "ok") == 1
    assert sample(after, "aiproxy_streams_in_flight") == 0


async def test_in_flight_gauge_counts_a_stream_until_it_ends_or_is_abandoned() -> None:
    metrics = Metrics()
    gate = asyncio.Event()

    async def chunks() -> AsyncGenerator[bytes, None]:
        yield b"a"
        await gate.wait()
        yield b"b"

    relayed = metrics.streaming(chunks())
    assert await anext(relayed) == b"a"
    assert metrics.streams._value.get() == 1
    await relayed.aclose()  # the caller hung up
    assert metrics.streams._value.get() == 0


def test_policy_version_and_purges_are_exported(own_proxy: Proxy) -> None:
    version = own_proxy.pipeline.services.runtime.loaded.version
    own_proxy.pipeline.services.metrics.record_purge(keys_destroyed=2, rows_deleted=7)
    text = scrape(own_proxy)
    assert sample(text, "aiproxy_policy_loaded", version=version) == 1
    assert sample(text, "aiproxy_log_purge_runs_total") >= 1
    assert sample(text, "aiproxy_log_purge_keys_destroyed_total") >= 2
    assert sample(text, "aiproxy_log_rows_shredded_total") >= 7


def test_openmetrics_scrape_carries_request_id_exemplars(
    own_proxy: Proxy, upstream: FakeUpstream
) -> None:
    raw = client(own_proxy).chat.completions.with_raw_response.create(
        model="gpt-test", messages=ask("exemplar")
    )
    request_id = raw.headers["x-aiproxy-request-id"]
    settle(own_proxy)
    response = httpx.get(
        own_proxy.url + "/metrics", headers={"accept": "application/openmetrics-text"}
    )
    assert response.headers["content-type"].startswith("application/openmetrics-text")
    assert f'# {{request_id="{request_id}"}}' in response.text


def test_metrics_merge_across_worker_processes_when_multiprocess_dir_is_set(
    tmp_path: os.PathLike[str],
) -> None:
    script = (
        "from aiproxy.observability.metrics import Metrics\n"
        "m = Metrics(); m.record_purge(1, 3); m.policy_loaded('v1')\n"
        "print(m.render(None)[0].decode())\n"
    )
    env = {**os.environ, "PROMETHEUS_MULTIPROC_DIR": str(tmp_path)}
    outputs = [
        subprocess.run(  # noqa: S603 (our own interpreter)
            [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
        ).stdout
        for _ in range(2)
    ]
    assert sample(outputs[1], "aiproxy_log_purge_runs_total") == 2
    assert sample(outputs[1], "aiproxy_log_rows_shredded_total") == 6
