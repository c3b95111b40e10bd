"""Prometheus metrics: one registry per app, fed by exchange records, scraped at GET /metrics.

Each Metrics object owns its registry (several apps in one test process never collide). With
several worker processes, set PROMETHEUS_MULTIPROC_DIR before start-up: prometheus-client
then keeps values in per-process files and a scrape of any worker merges them all.

Labels are names from the policy (feature, provider, model, entity type, action), API names and
error codes, never a user id, key, prompt or detected value; see aiproxy.observability.labels.
"""

from __future__ import annotations

import os
from collections.abc import AsyncGenerator
from contextlib import aclosing

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, multiprocess
from prometheus_client.exposition import choose_encoder

from aiproxy.hooks import ExchangeRecord
from aiproxy.observability.labels import CurrentNames, PolicyNames, outcome

ACTIONS = frozenset({"pseudonymize", "replace", "mask", "hash"})
UPSTREAM_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 20.0, 30.0, 60.0, 120.0)
OVERHEAD_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0)
#: OpenMetrics caps an exemplar's label names and values at 128 characters in all.
_EXEMPLAR_ROOM = 128 - len("request_id")


class Metrics:
    """Every instrument aiproxy exports, with one method per thing that happens."""

    def __init__(self) -> None:
        self.multiprocess = bool(os.environ.get("PROMETHEUS_MULTIPROC_DIR"))
        self.registry = CollectorRegistry(auto_describe=True)
        r = self.registry
        self.requests = Counter(
            "aiproxy_requests",
            "Proxied API calls by feature, provider, model and outcome "
            "(ok, refused:<reason code>, upstream_error, interrupted).",
            ["api", "feature", "provider", "model", "outcome"],
            registry=r,
        )
        self.upstream_latency = Histogram(
            "aiproxy_upstream_latency_seconds",
            "Time from sending a call upstream to its last byte (whole stream for streams).",
            ["provider", "model"],
            buckets=UPSTREAM_BUCKETS,
            registry=r,
        )
        self.overhead = Histogram(
            "aiproxy_proxy_overhead_seconds",
            "Time aiproxy added to a call: total minus upstream time (all of it when refused).",
            ["api"],
            buckets=OVERHEAD_BUCKETS,
            registry=r,
        )
        self.redaction = Histogram(
            "aiproxy_redaction_seconds",
            "Time to find and redact a call's personal data (step 5), waiting for a detection "
            "worker included; part of the overhead.",
            ["api"],
            buckets=OVERHEAD_BUCKETS,
            registry=r,
        )
        self.tokens = Counter(
            "aiproxy_tokens",
            "Tokens of answered calls by feature and direction (input, output).",
            ["feature", "direction"],
            registry=r,
        )
        self.redactions = Counter(
            "aiproxy_redactions",
            "Personal values redacted before sending, by entity type and action.",
            ["feature", "entity_type", "action"],
            registry=r,
        )
        self.blocked = Counter(
            "aiproxy_blocked_requests",
            "Calls refused because they held a blocked entity type (one per type per call).",
            ["feature", "entity_type"],
            registry=r,
        )
        self.streams = Gauge(
            "aiproxy_streams_in_flight",
            "Streaming responses being relayed right now.",
            registry=r,
            multiprocess_mode="livesum",
        )
        self.policy = Gauge(
            "aiproxy_policy_loaded",
            "1 for the policy version this process enforces.",
            ["version"],
            registry=r,
            multiprocess_mode="livemax",
        )
        self.purge_runs = Counter("aiproxy_log_purge_runs", "Prompt-log purge runs.", registry=r)
        self.purge_keys = Counter(
            "aiproxy_log_purge_keys_destroyed",
            "Expired prompt-log data keys destroyed (crypto-shredding).",
            registry=r,
        )
        self.purge_rows = Counter(
            "aiproxy_log_rows_shredded", "Prompt-log rows deleted after expiry.", registry=r
        )
        self._policy_version: str | None = None

    def policy_loaded(self, version: str) -> None:
        """Mark `version` as the enforced policy (and the previous one as no longer)."""
        previous, self._policy_version = self._policy_version, version
        if previous == version:
            return
        if previous is not None:
            if self.multiprocess:  # per-process files cannot drop a series; zero it instead
                self.policy.labels(previous).set(0)
            else:
                self.policy.remove(previous)
        self.policy.labels(version).set(1)

    def record_purge(self, keys_destroyed: int, rows_deleted: int) -> None:
        self.purge_runs.inc()
        self.purge_keys.inc(keys_destroyed)
        self.purge_rows.inc(rows_deleted)

    async def streaming(self, chunks: AsyncGenerator[bytes, None]) -> AsyncGenerator[bytes, None]:
        """Relay `chunks`, counted in flight until they end, fail or the caller goes away."""
        self.streams.inc()
        try:
            async with aclosing(chunks):
                async for chunk in chunks:
                    yield chunk
        finally:
            self.streams.dec()

    def exchange(self, record: ExchangeRecord, names: PolicyNames) -> None:
        """Count one finished call. Caller-chosen strings pass through `names` first."""
        feature, provider = names.feature(record.feature), names.provider(record.provider)
        model = names.model(record.model)
        exemplar = self._exemplar(record.request_id)
        self.requests.labels(
            record.dialect, feature, provider, model, outcome(record.outcome, record.reason_code)
        ).inc(exemplar=exemplar)
        upstream = record.upstream_ms / 1000
        if record.upstream_ms > 0:
            self.upstream_latency.labels(provider, model).observe(upstream, exemplar=exemplar)
        self.overhead.labels(record.dialect).observe(
            max(0.0, record.latency_ms / 1000 - upstream), exemplar=exemplar
        )
        if record.redaction_ms > 0:
            self.redaction.labels(record.dialect).observe(record.redaction_ms / 1000)
        if record.outcome in ("ok", "interrupted") and record.provider is not None:
            if record.input_tokens:
                self.tokens.labels(feature, "input").inc(record.input_tokens)
            if record.output_tokens:
                self.tokens.labels(feature, "output").inc(record.output_tokens)
        for entity, count in record.redactions.items():
            action = record.actions.get(entity, "")
            action = action if action in ACTIONS else "unknown"
            self.redactions.labels(feature, names.entity(entity), action).inc(count)
        for entity in record.blocked:
            self.blocked.labels(feature, names.entity(entity)).inc()

    def _exemplar(self, request_id: str) -> dict[str, str] | None:
        """Links a sample to its request log line (OpenMetrics scrapes; one process only)."""
        if self.multiprocess or len(request_id) > _EXEMPLAR_ROOM:
            return None
        return {"request_id": request_id}

    def render(self, accept: str | None) -> tuple[bytes, str]:
        """The exposition in the format the scraper asked for (OpenMetrics carries exemplars)."""
        registry = self.registry
        if self.multiprocess:
            registry = CollectorRegistry()
            multiprocess.MultiProcessCollector(registry)  # type: ignore[no-untyped-call]
        encoder, content_type = choose_encoder(accept or "")
        return encoder(registry), content_type

    def close(self) -> None:
        """Let a stopping worker's live gauges go (multiprocess mode)."""
        if self.multiprocess:
            multiprocess.mark_process_dead(os.getpid())  # type: ignore[no-untyped-call]


class MetricsObserver:
    """Step 10 observer: counts each finished call against the policy that is loaded now."""

    def __init__(self, metrics: Metrics, names: CurrentNames) -> None:
        self.metrics = metrics
        self._names = names

    async def observe(self, record: ExchangeRecord) -> None:
        self.metrics.exchange(record, self._names())
