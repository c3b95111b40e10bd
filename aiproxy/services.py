"""Everything a request needs that lives longer than a request, built once in the app lifespan."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from aiproxy.auth.cache import AccessCaches
from aiproxy.auth.keys import KeyStore
from aiproxy.auth.roles import RoleStore
from aiproxy.background import BackgroundWork
from aiproxy.hooks import AccessGate, ExchangeObserver
from aiproxy.keyring import Keyring
from aiproxy.observability.metrics import Metrics
from aiproxy.policy.loader import LoadedPolicy
from aiproxy.privacy.findings import Analyzer
from aiproxy.privacy.tokens import TokenCounter
from aiproxy.providers.base import ProviderAdapter
from aiproxy.settings import Settings
from aiproxy.store.database import Database


@dataclass(frozen=True)
class PolicyRuntime:
    """A loaded policy with the adapters built from it; swapped whole on reload."""

    loaded: LoadedPolicy
    adapters: dict[str, ProviderAdapter]


@dataclass
class Services:
    settings: Settings
    runtime: PolicyRuntime
    database: Database
    keys: KeyStore
    roles: RoleStore
    tokens: TokenCounter
    analyzer: Analyzer
    keyring: Keyring
    background: BackgroundWork = field(default_factory=BackgroundWork)
    #: Prometheus instruments (GET /metrics); observers, relay and log purges feed them.
    metrics: Metrics = field(default_factory=Metrics)
    #: Step 3 checks beyond roles (suspension, consent, quotas, rate limits).
    gates: list[AccessGate] = field(default_factory=list)
    #: Step 10 consumers of every finished call (metrics, audit, usage, prompt log).
    observers: list[ExchangeObserver] = field(default_factory=list)
    #: Injectable so retention and quotas can be tested without waiting.
    clock: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))
    #: Short-lived copies of keys, roles and standing (AIPROXY_ACCESS_CACHE_SECONDS).
    access: AccessCaches = field(default_factory=lambda: AccessCaches(0))
    ready: bool = field(default=False)
