"""Provider kinds by name, and the adapters (with one pooled HTTP client each) for a policy."""

from __future__ import annotations

from collections.abc import Mapping

import httpx

from aiproxy.policy.schema import Policy, Provider
from aiproxy.providers.anthropic import AnthropicAdapter
from aiproxy.providers.base import ProviderAdapter
from aiproxy.providers.echo import EchoAdapter, echo_transport
from aiproxy.providers.openai import AzureOpenAIAdapter, OpenAIAdapter, OpenAICompatibleAdapter

ADAPTERS: Mapping[str, type[ProviderAdapter]] = {
    cls.kind: cls
    for cls in (
        OpenAIAdapter,
        OpenAICompatibleAdapter,
        AzureOpenAIAdapter,
        AnthropicAdapter,
        EchoAdapter,
    )
}


def make_client(config: Provider) -> httpx.AsyncClient:
    """One pooled client per provider: explicit timeouts, redirects never followed."""
    t = config.timeout
    return httpx.AsyncClient(
        timeout=httpx.Timeout(connect=t.connect, read=t.read, write=t.write, pool=t.pool),
        follow_redirects=False,
        limits=httpx.Limits(max_connections=200, max_keepalive_connections=50),
        transport=echo_transport() if config.kind == "echo" else None,
    )


def build_adapters(policy: Policy) -> dict[str, ProviderAdapter]:
    return {
        name: ADAPTERS[config.kind](name, config, make_client(config))
        for name, config in policy.providers.items()
    }


async def close_adapters(adapters: Mapping[str, ProviderAdapter]) -> None:
    for adapter in adapters.values():
        await adapter.client.aclose()
