"""The request log: one JSON line per call, written after the caller has its answer.

It says who (principal, pseudonymous user), what (feature, model, provider, API), how it ended
(status, outcome, reason code), how long it took and how much was counted and redacted. It never
holds content, the raw user id, or caller-chosen strings the policy does not name (an unknown
model is logged as "unknown"; dropped fields are counted, not named).
"""

from __future__ import annotations

import logging
from typing import Any

from aiproxy.hooks import ExchangeRecord
from aiproxy.observability.labels import CurrentNames, PolicyNames
from aiproxy.observability.logging import FIELDS

LOGGER = "aiproxy.requests"


def request_fields(record: ExchangeRecord, names: PolicyNames) -> dict[str, Any]:
    return {
        "request_id": record.request_id,
        "api": record.dialect,
        "principal": record.principal,
        "user": record.user_pseudonym,
        "feature": names.feature(record.feature) if record.feature else None,
        "model": names.model(record.model) if record.model else None,
        "provider": names.provider(record.provider) if record.provider else None,
        "policy_version": record.policy_version,
        "status": record.status,
        "outcome": record.outcome,
        "reason_code": record.reason_code,
        "stream": record.stream,
        "latency_ms": round(record.latency_ms, 1),
        "upstream_ms": round(record.upstream_ms, 1),
        "overhead_ms": round(max(0.0, record.latency_ms - record.upstream_ms), 1),
        "redaction_ms": round(record.redaction_ms, 1),
        "input_tokens": record.input_tokens,
        "output_tokens": record.output_tokens,
        "usage_source": record.usage_source,
        "redactions": {names.entity(k): v for k, v in sorted(record.redactions.items())},
        "blocked": {names.entity(k): v for k, v in sorted(record.blocked.items())},
        "enforced": list(record.enforced),
        "dropped_fields": len(record.dropped_fields),
    }


class RequestLog:
    """Step 10 observer writing the request log line."""

    def __init__(self, names: CurrentNames, logger: logging.Logger | None = None) -> None:
        self._names = names
        self._log = logger or logging.getLogger(LOGGER)

    async def observe(self, record: ExchangeRecord) -> None:
        failed = record.outcome in ("upstream_error", "interrupted")
        level = logging.WARNING if failed else logging.INFO
        self._log.log(level, "request", extra={FIELDS: request_fields(record, self._names())})
