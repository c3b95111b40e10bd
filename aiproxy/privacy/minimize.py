"""Minimization: only the fields, attachments and tokens a feature allows may go upstream."""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import Any

from aiproxy.errors import ContentNotAllowed, FieldNotAllowed, OverTokenBudget
from aiproxy.policy.schema import Feature

#: Output-length fields per API; each is capped at the feature's max_output_tokens.
OUTPUT_FIELDS: dict[str, tuple[str, ...]] = {
    "chat": ("max_tokens", "max_completion_tokens"),
    "responses": ("max_output_tokens",),
    "messages": ("max_tokens",),
    "embeddings": (),
}
#: Where the conversation lives per API, for history truncation.
HISTORY_FIELD = {"chat": "messages", "messages": "messages", "responses": "input"}


@dataclass(frozen=True)
class Minimized:
    body: dict[str, Any]
    dropped_fields: tuple[str, ...]
    input_tokens: int
    truncated_turns: int = 0


def drop_fields(body: dict[str, Any], allowed: Collection[str]) -> tuple[dict[str, Any], list[str]]:
    """Keep allowed top-level fields. Dropping `stream` would change the response's shape, so a
    streaming request to a feature that does not allow it is refused instead."""
    if body.get("stream") and "stream" not in allowed:
        raise FieldNotAllowed("this feature does not allow streaming", param="stream")
    kept = {k: v for k, v in body.items() if k in allowed}
    return kept, sorted(k for k in body if k not in allowed)


def refuse_attachments(kinds: Collection[str], feature: Feature) -> None:
    allowed = {k for k in ("images", "audio", "files") if getattr(feature.attachments, k)}
    refused = sorted(set(kinds) - allowed)
    if refused:
        raise ContentNotAllowed(
            f"this feature does not allow {', '.join(refused)} in requests", kinds=refused
        )


def cap_output(body: dict[str, Any], dialect: str, limit: int | None) -> dict[str, Any]:
    if limit is None:
        return body
    fields = OUTPUT_FIELDS.get(dialect, ())
    present = [f for f in fields if f in body]
    capped = dict(body)
    for name in present:
        value = capped[name]
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise FieldNotAllowed(f"'{name}' must be a positive integer", param=name)
        capped[name] = min(value, limit)
    if fields and not present:
        capped[fields[-1]] = limit
    return capped


def fit_budget(
    body: dict[str, Any],
    dialect: str,
    feature: Feature,
    count: Callable[[dict[str, Any]], int],
) -> tuple[dict[str, Any], int, int]:
    """Enforce max_input_tokens: refuse, or drop the oldest non-system turns until it fits.

    A turn is a user message and everything after it up to the next user message, so tool
    calls are never separated from their results. The last turn is never dropped.
    """
    tokens = count(body)
    limit = feature.max_input_tokens
    if limit is None or tokens <= limit:
        return body, tokens, 0
    field = HISTORY_FIELD.get(dialect)
    history = body.get(field) if field else None
    if feature.overflow == "truncate_history" and isinstance(history, list):
        dropped = 0
        current = body
        while tokens > limit:
            shorter = _without_oldest_turn(current[field])  # type: ignore[index]
            if shorter is None:
                break
            current = {**current, field: shorter}  # type: ignore[dict-item]
            tokens = count(current)
            dropped += 1
        if tokens <= limit:
            return current, tokens, dropped
    raise OverTokenBudget(
        f"request has {tokens} input tokens; this feature allows at most {limit}",
        tokens=tokens,
        limit=limit,
    )


def _is_system(item: Any) -> bool:
    return isinstance(item, dict) and item.get("role") in ("system", "developer")


def _is_user(item: Any) -> bool:
    return isinstance(item, dict) and item.get("role") == "user"


def _without_oldest_turn(items: list[Any]) -> list[Any] | None:
    turns = [i for i, item in enumerate(items) if _is_user(item)]
    if len(turns) < 2:
        return None
    start = next(i for i, item in enumerate(items) if not _is_system(item))
    end = turns[1] if turns[0] == start else turns[0]
    if end <= start:
        return None
    return [item for i, item in enumerate(items) if not (start <= i < end)]


def minimize(
    body: dict[str, Any],
    dialect: str,
    feature: Feature,
    attachments: Callable[[dict[str, Any]], Collection[str]],
    count: Callable[[dict[str, Any]], int],
) -> Minimized:
    """Fields first, so attachments and tokens are judged on what would actually be sent."""
    kept, dropped = drop_fields(body, feature.allow_fields)
    refuse_attachments(attachments(kept), feature)
    kept = cap_output(kept, dialect, feature.max_output_tokens)
    fitted, tokens, truncated = fit_budget(kept, dialect, feature, count)
    return Minimized(fitted, tuple(dropped), tokens, truncated)
