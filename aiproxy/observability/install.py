"""Wiring observability into a running app: the metrics and request-log observers."""

from __future__ import annotations

from aiproxy.observability.labels import CurrentNames
from aiproxy.observability.metrics import MetricsObserver
from aiproxy.observability.request_log import RequestLog
from aiproxy.services import Services


def install(services: Services) -> None:
    """Count and log every exchange against whichever policy is loaded at the time (reloads
    swap `services.runtime`, so the names are looked up per record, not captured now)."""
    names = CurrentNames(lambda: services.runtime.loaded)
    services.metrics.policy_loaded(services.runtime.loaded.version)
    services.observers.extend([MetricsObserver(services.metrics, names), RequestLog(names)])
