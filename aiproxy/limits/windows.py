"""Counter windows: which minute or UTC day a moment falls in, the counter keys for it, and how
long until it resets (for Retry-After). Pure functions of the injected clock's time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from math import ceil


def minute_of(now: datetime) -> datetime:
    return now.astimezone(UTC).replace(second=0, microsecond=0)


def day_of(now: datetime) -> datetime:
    return now.astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)


def minute_ends(now: datetime) -> datetime:
    return minute_of(now) + timedelta(minutes=1)


def day_ends(now: datetime) -> datetime:
    return day_of(now) + timedelta(days=1)


def seconds_until(end: datetime, now: datetime) -> int:
    return max(1, ceil((end - now).total_seconds()))


def requests_key(user: str, now: datetime) -> str:
    return f"rpm:user:{minute_of(now):%Y-%m-%dT%H:%M}:{user}"


def user_tokens_key(user: str, now: datetime) -> str:
    return f"tokens:user:{day_of(now):%Y-%m-%d}:{user}"


def feature_tokens_key(feature: str, now: datetime) -> str:
    return f"tokens:feature:{day_of(now):%Y-%m-%d}:{feature}"
