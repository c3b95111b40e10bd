"""The pipeline's extension points: gates that may refuse a call before anything is sent
(step 3), and observers told about every finished or refused call (step 10).

Quotas, suspension and consent are gates; metrics, the audit log, usage accounting and the
prompt log are observers. The pipeline knows only these two protocols, so each concern lives
in its own module and can be tested alone.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from aiproxy.policy.decide import Decision

#: Recorded instead of a model name the policy does not know: the caller chose that string, and
#: it could be anything, so it never reaches logs, metrics, the audit log or the prompt log.
UNKNOWN_MODEL = "unknown"


@dataclass(frozen=True)
class GateContext:
    """Who wants to use what: everything a gate may decide on. No content."""

    request_id: str
    principal: str
    user: str
    decision: Decision
    model: str


class AccessGate(Protocol):
    async def check(self, ctx: GateContext) -> None:
        """Raise an AIProxyError to refuse; return to allow."""


@dataclass
class ExchangeRecord:
    """One call as it happened. Content fields hold only what left aiproxy (redacted) and what
    came back before restoration, so nothing built from a record can hold original values."""

    request_id: str
    started_at: datetime
    dialect: str
    principal: str | None = None
    #: The keyed pseudonym of the end user (never the raw id).
    user_pseudonym: str | None = None
    feature: str | None = None
    model: str | None = None
    provider: str | None = None
    policy_version: str | None = None
    status: int = 0
    #: ok | refused | upstream_error | interrupted
    outcome: str = "ok"
    reason_code: str | None = None
    stream: bool = False
    input_tokens: int | None = None
    output_tokens: int | None = None
    #: Whether input/output tokens were reported by the provider or counted by aiproxy.
    usage_source: str = "provider"
    latency_ms: float = 0.0
    upstream_ms: float = 0.0
    #: Step 5: finding and redacting personal data, waiting for a detection worker included.
    redaction_ms: float = 0.0
    redactions: Mapping[str, int] = field(default_factory=dict)
    actions: Mapping[str, str] = field(default_factory=dict)
    #: Blocked entity types found in a refused call, with their counts (never the values).
    blocked: Mapping[str, int] = field(default_factory=dict)
    enforced: tuple[str, ...] = ()
    dropped_fields: tuple[str, ...] = ()
    #: The redacted request exactly as sent upstream (None when refused before step 8).
    request_body: dict[str, Any] | None = None
    #: The upstream response body as it came back (raw SSE text for streams), unrestored.
    response_text: str | None = None
    #: The real user id, kept only in memory for gates/observers that key on it (quotas).
    user: str | None = None

    def __repr__(self) -> str:
        return f"ExchangeRecord({self.request_id}, {self.outcome}, {self.status})"


class ExchangeObserver(Protocol):
    async def observe(self, record: ExchangeRecord) -> None:
        """Called once per call, after the caller has its answer; must not raise."""
