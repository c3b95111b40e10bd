"""One call's record, timed and completed as the call goes, handed to observers at the end
(step 10). Observers run after the caller has its answer."""

from __future__ import annotations

import time

from aiproxy.errors import AIProxyError, BlockedEntities, UpstreamError
from aiproxy.hooks import ExchangeRecord
from aiproxy.providers.usage import Usage
from aiproxy.services import Services


class Exchange:
    def __init__(self, services: Services, dialect: str, request_id: str) -> None:
        self.services = services
        self.record = ExchangeRecord(request_id, services.clock(), dialect)
        self._started = time.perf_counter()
        self._upstream_started: float | None = None
        self._done = False

    def upstream_started(self) -> None:
        self._upstream_started = time.perf_counter()

    def upstream_finished(self) -> None:
        if self._upstream_started is not None:
            self.record.upstream_ms = (time.perf_counter() - self._upstream_started) * 1000

    def usage(self, usage: Usage, generated: str) -> None:
        """Provider-reported usage, or tiktoken's count where the provider reported none."""
        record = self.record
        if usage.input_tokens is not None:
            record.input_tokens = usage.input_tokens
        else:
            record.usage_source = "counted"
        if usage.output_tokens is not None:
            record.output_tokens = usage.output_tokens
        else:
            record.usage_source = "counted"
            model = record.model or ""
            record.output_tokens = self.services.tokens.count_text(model, generated)

    def refused(self, error: AIProxyError) -> None:
        self.record.status = error.status
        self.record.reason_code = error.code
        self.record.outcome = "upstream_error" if isinstance(error, UpstreamError) else "refused"
        if isinstance(error, BlockedEntities):  # types and counts only: safe to keep
            counts = error.details.get("counts", {})
            self.record.blocked = {str(k): int(v) for k, v in counts.items()}

    def finish(self, status: int | None = None, outcome: str | None = None) -> None:
        """Complete the record once and hand it to every observer in the background."""
        if self._done:
            return
        self._done = True
        record = self.record
        if status is not None:
            record.status = status
        if outcome is not None:
            record.outcome = outcome
        if record.outcome == "ok" and record.status >= 400:
            record.outcome = "upstream_error"
        record.latency_ms = (time.perf_counter() - self._started) * 1000
        for observer in self.services.observers:
            self.services.background.spawn(observer.observe(record), type(observer).__name__)
