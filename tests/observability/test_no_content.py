"""The promise operators rely on: logs and metrics never hold content.

Prompts full of personal values and secrets go through every endpoint, on the happy path and
every error path (upstream 500 echoing the prompt, upstream timeout, a stream cut mid-way, a
refused user, an unknown model named after a person, a malformed body, a blocked entity). Every
log record of every logger, at DEBUG, and the /metrics text are then searched for the values.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from aiproxy.observability.logging import JsonFormatter, logging_config
from tests.conftest import Proxy
from tests.fake_upstream import Behaviour, FakeUpstream
from tests.observability.conftest import scrape, settle

USER = "chloe.dubois-7731"
SECRETS = {
    "name": "Oluwaseun Adeyemi",
    "email": "seun.adeyemi@brightmail.example",
    "phone": "+44 20 7946 0958",
    "card": "4111 1111 1111 1111",
    "iban": "GB82 WEST 1234 5698 7654 32",
    "api_key": "sk-live-4f9aQ2xZ7bT1mK8pL3vN6rW0",
    "password": "hunter2-Correct-Horse",
    "user": USER,
}
FRAGMENTS = (
    "Adeyemi",
    "Oluwaseun",
    "brightmail",
    "7946 0958",
    "1111 1111",
    "WEST 1234",
    "4f9aQ2xZ",
    "Correct-Horse",
    "chloe",
    "536-22-8726",
)
PROMPT = (
    f"Customer {SECRETS['name']} ({SECRETS['email']}, {SECRETS['phone']}) paid with "
    f"{SECRETS['card']} from {SECRETS['iban']}. Their key is {SECRETS['api_key']} and "
    f"password: {SECRETS['password']}."
)
CHAT = {"model": "gpt-test", "messages": [{"role": "user", "content": PROMPT}]}


class Capture(logging.Handler):
    """Every record as our JSON formatter writes it and as a plain formatter would."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.json = JsonFormatter()
        self.plain = logging.Formatter("%(name)s %(levelname)s %(message)s")
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.json.format(record))
        self.lines.append(self.plain.format(record))


@pytest.fixture
def granted(own_proxy: Proxy) -> None:
    own_proxy.grant(USER, "agent")  # set-up, before capture: only traffic is under test


@pytest.fixture
def captured(granted: None) -> Iterator[Capture]:
    """DEBUG everywhere, with the per-logger levels `aiproxy serve` configures."""
    handler = Capture()
    pinned = logging_config("DEBUG")["loggers"]
    names = ["", *pinned]
    loggers = [logging.getLogger(name) for name in names]
    levels = [lg.level for lg in loggers]
    for name, lg in zip(names, loggers, strict=True):
        lg.addHandler(handler)
        lg.setLevel(pinned.get(name, {}).get("level", "DEBUG"))
    yield handler
    for lg, level in zip(loggers, levels, strict=True):
        lg.removeHandler(handler)
        lg.setLevel(level)


def post(proxy: Proxy, path: str, body: Any, feature: str = "support", **headers: str) -> int:
    base = {
        "authorization": f"Bearer {proxy.key}",
        "x-aiproxy-user": USER,
        "x-aiproxy-feature": feature,
    }
    kwargs: dict[str, Any] = {"content": body} if isinstance(body, bytes) else {"json": body}
    with httpx.stream("POST", proxy.url + path, headers={**base, **headers}, **kwargs) as r:
        r.read()
        return r.status_code


def traffic(proxy: Proxy, upstream: FakeUpstream) -> list[int]:
    limit = proxy.pipeline.services.runtime.loaded.policy.max_body_bytes
    claude = {
        "model": "claude-test",
        "max_tokens": 100,
        "system": PROMPT,
        "messages": [{"role": "user", "content": PROMPT}],
    }
    statuses = [
        post(proxy, "/v1/chat/completions", CHAT),
        post(proxy, "/v1/chat/completions", {**CHAT, "stream": True}),
        post(proxy, "/v1/responses", {"model": "gpt-test", "input": PROMPT}),
        post(proxy, "/v1/responses", {"model": "gpt-test", "input": PROMPT, "stream": True}),
        post(proxy, "/v1/embeddings", {"model": "embed-test", "input": [PROMPT]}, "embeddings"),
        post(proxy, "/v1/messages", claude, "support-claude"),
        post(proxy, "/v1/messages", {**claude, "stream": True}, "support-claude"),
        post(proxy, "/v1/privacy/analyze", {"feature": "support", "text": PROMPT}),
        post(proxy, "/v1/privacy/analyze", {"feature": "support", "api": "chat", "request": CHAT}),
    ]
    upstream.then(Behaviour(status=500, body={"error": {"message": f"bad input: {PROMPT}"}}))
    statuses.append(post(proxy, "/v1/chat/completions", CHAT))
    upstream.then(Behaviour(hold=asyncio.Event()))  # never released: the read timeout fires
    statuses.append(post(proxy, "/v1/chat/completions", CHAT))
    upstream.then(Behaviour(cut_after=3))
    statuses.append(post(proxy, "/v1/chat/completions", {**CHAT, "stream": True}))
    statuses += [
        post(proxy, "/v1/chat/completions", CHAT, **{"x-aiproxy-user": "stranger-" + USER}),
        post(proxy, "/v1/chat/completions", {**CHAT, "model": f"gpt-{SECRETS['name']}"}),
        post(proxy, "/v1/chat/completions", f'{{"messages": "{PROMPT}'.encode()),
        post(proxy, "/v1/chat/completions", {**CHAT, SECRETS["email"]: PROMPT}),
        post(proxy, "/v1/messages", {**claude, "system": "SSN 536-22-8726"}, "support"),
        post(proxy, "/v1/chat/completions", {**CHAT, "x": PROMPT * (limit // len(PROMPT) + 1)}),
    ]
    return statuses


def test_no_personal_value_or_secret_reaches_logs_or_metrics(
    own_proxy: Proxy, upstream: FakeUpstream, captured: Capture
) -> None:
    statuses = traffic(own_proxy, upstream)
    settle(own_proxy)
    # Every path was really taken: successes, refusals, upstream failures.
    assert statuses[:9] == [200] * 9
    assert statuses[9:] == [500, 504, 200, 403, 403, 400, 200, 400, 413]
    assert any('"logger":"aiproxy.requests"' in line for line in captured.lines)
    metrics = scrape(own_proxy)
    forbidden = [*SECRETS.values(), *FRAGMENTS, own_proxy.key]
    for line in captured.lines:
        for value in forbidden:
            assert value not in line, f"{value!r} leaked into a log line: {line[:200]}"
    for value in forbidden:
        assert value not in metrics
