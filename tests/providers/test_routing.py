"""Routing never falls back to a provider that misses a requirement."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest

from aiproxy.errors import ModelNotServed, NoCompliantProvider
from aiproxy.policy.loader import parse_policy
from aiproxy.policy.schema import Requirements
from aiproxy.providers.base import ProviderAdapter
from aiproxy.providers.registry import build_adapters, close_adapters
from aiproxy.providers.routing import route

POLICY = parse_policy("""
version: 1
providers:
  cheap:
    kind: openai_compatible
    base_url: http://127.0.0.1:9/v1
    api_key_env: K
    contract: {no_training: false, regions: [us]}
    models: [gpt]
  safe-eu:
    kind: openai_compatible
    base_url: http://127.0.0.1:9/v1
    api_key_env: K
    contract: {no_training: true, zero_data_retention: true, regions: [eu]}
    models: [gpt]
  claude:
    kind: anthropic
    api_key_env: K
    contract: {no_training: true, regions: [us]}
    models: [claude]
""").policy


@pytest.fixture
def adapters() -> Iterator[dict[str, ProviderAdapter]]:
    built = build_adapters(POLICY)
    yield built
    asyncio.run(close_adapters(built))


def test_first_compliant_provider_is_chosen(adapters: dict[str, ProviderAdapter]) -> None:
    chosen = route(adapters, "gpt", "chat", Requirements(no_training=True))
    assert chosen.name == "safe-eu"


def test_no_compliant_provider_names_every_unmet_flag(adapters: dict[str, ProviderAdapter]) -> None:
    with pytest.raises(NoCompliantProvider) as info:
        route(adapters, "gpt", "chat", Requirements(no_training=True, regions=("us",)))
    assert "cheap: no_training" in info.value.message
    assert "safe-eu: regions us" in info.value.message


def test_model_only_served_by_the_other_api_family_is_not_served(
    adapters: dict[str, ProviderAdapter],
) -> None:
    with pytest.raises(ModelNotServed):
        route(adapters, "claude", "chat", Requirements())
