"""Everything a request needs that lives longer than a request, built once in the app lifespan."""

from __future__ import annotations

from dataclasses import dataclass, field

from aiproxy.auth.keys import KeyStore
from aiproxy.auth.roles import RoleStore
from aiproxy.keyring import Keyring
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
    ready: bool = field(default=False)
