"""Quotas and rate limits from role definitions, through the OpenAI SDK, on an injected clock."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import openai
import pytest

from tests.api.admin_support import AdminProxy, admin_proxy, fresh_user

__all__ = ["admin_proxy"]

#: "hi" costs 3 tokens on the fake upstream: 1 prompt word, 2 reply words ("Echo: hi").
CALL_TOKENS = 3


class Clock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock(admin_proxy: AdminProxy) -> Iterator[Clock]:
    services = admin_proxy.services
    original = services.clock
    fake = Clock(datetime(2030, 1, 2, 10, 0, 30, tzinfo=UTC))
    services.clock = fake
    yield fake
    services.clock = original


def _grant(admin: AdminProxy, user: str, *roles: str) -> None:
    for role in roles:
        assert admin.http.post(f"/users/{user}/roles", json={"role": role}).status_code == 201


def test_requests_per_minute_are_limited_with_retry_after_until_next_minute(
    admin_proxy: AdminProxy, clock: Clock
) -> None:
    user = fresh_user()
    _grant(admin_proxy, user, "limited")
    for _ in range(3):
        admin_proxy.ask(user)
    with pytest.raises(openai.RateLimitError) as limited:
        admin_proxy.ask(user)
    assert limited.value.code == "rate_limited"
    assert limited.value.response.headers["retry-after"] == "30"
    clock.advance(seconds=30)
    assert admin_proxy.ask(user) == "Echo: hi"


def test_daily_tokens_are_refused_once_used_up_and_allowed_after_midnight(
    admin_proxy: AdminProxy, clock: Clock
) -> None:
    user = fresh_user()
    _grant(admin_proxy, user, "limited")  # 10 tokens a day
    clock.now = datetime(2030, 1, 2, 23, 50, tzinfo=UTC)
    for _ in range(4):  # 0, 3, 6, 9 used before each call: all under 10
        admin_proxy.ask(user)
        admin_proxy.settle()
        clock.advance(minutes=1)
    with pytest.raises(openai.RateLimitError) as exceeded:
        admin_proxy.ask(user)
    assert exceeded.value.code == "quota_exceeded"
    assert exceeded.value.response.headers["retry-after"] == str(6 * 60)
    assert exceeded.value.response.headers["x-should-retry"] == "false"
    clock.now = datetime(2030, 1, 3, 0, 0, 5, tzinfo=UTC)
    assert admin_proxy.ask(user) == "Echo: hi"


def test_most_generous_role_sets_the_quota_when_user_holds_several(
    admin_proxy: AdminProxy, clock: Clock
) -> None:
    user = fresh_user()
    _grant(admin_proxy, user, "limited", "generous")  # generous: 100000 tokens, no rate limit
    for _ in range(6):
        admin_proxy.ask(user)
        admin_proxy.settle()
    assert admin_proxy.ask(user) == "Echo: hi"


def test_feature_quota_is_shared_by_all_users_of_the_feature(
    admin_proxy: AdminProxy, clock: Clock
) -> None:
    clock.now = datetime(2030, 2, 1, 12, tzinfo=UTC)  # a day no other test used
    first, second = fresh_user(), fresh_user()
    _grant(admin_proxy, first, "agent")
    _grant(admin_proxy, second, "agent")
    for _ in range(12 // CALL_TOKENS):
        admin_proxy.ask(first, "capped")
        admin_proxy.settle()
    with pytest.raises(openai.RateLimitError) as exceeded:
        admin_proxy.ask(second, "capped")
    assert exceeded.value.code == "quota_exceeded"
    assert "feature 'capped'" in exceeded.value.message
    assert admin_proxy.ask(second, "support") == "Echo: hi"


def test_refused_calls_are_not_counted_as_usage(admin_proxy: AdminProxy, clock: Clock) -> None:
    clock.now = datetime(2030, 3, 1, 12, tzinfo=UTC)
    user = fresh_user()
    _grant(admin_proxy, user, "limited")
    for _ in range(3):
        admin_proxy.ask(user)
    with pytest.raises(openai.RateLimitError):
        admin_proxy.ask(user)
    admin_proxy.settle()
    clock.advance(minutes=1)
    admin_proxy.ask(user)  # 9 tokens used before it: under the quota of 10
