"""The sub-processor list: every provider the policy names, with its contract flags and regions.

The policy's provider list *is* the sub-processor list (design.md), so this is a rendering of
it, never a separate document. A provider is eligible for a feature when it serves one of the
feature's models and its contract meets every requirement of the feature, exactly the rule
routing applies to each request (aiproxy.providers.routing).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any
from urllib.parse import urlsplit

from aiproxy.policy.schema import Feature, Policy, Provider
from aiproxy.providers.routing import unmet_requirements

KIND_NAMES = MappingProxyType(
    {
        "openai": "OpenAI API",
        "anthropic": "Anthropic API",
        "azure_openai": "Azure OpenAI Service",
        "openai_compatible": "OpenAI-compatible API",
        "echo": "built-in echo model (no data leaves aiproxy)",
    }
)


@dataclass(frozen=True)
class Eligible:
    """A provider that may receive a feature's requests, and for which of its models."""

    name: str
    provider: Provider
    models: tuple[str, ...]


def eligible_providers(policy: Policy, feature: Feature) -> list[Eligible]:
    out = []
    for name in sorted(policy.providers):
        provider = policy.providers[name]
        models = tuple(sorted(set(feature.models) & set(provider.models)))
        if models and not unmet_requirements(provider.contract, feature.require):
            out.append(Eligible(name, provider, models))
    return out


def features_using(policy: Policy, provider_name: str) -> list[str]:
    return sorted(
        fname
        for fname, feature in policy.features.items()
        if any(e.name == provider_name for e in eligible_providers(policy, feature))
    )


def endpoint(provider: Provider) -> str:
    """Where requests go: the host of the base URL (the provider's default when unset)."""
    if provider.kind == "echo":
        return "inside aiproxy"
    if provider.base_url:
        return urlsplit(provider.base_url).hostname or provider.base_url
    return {"openai": "api.openai.com", "anthropic": "api.anthropic.com"}.get(
        provider.kind, "provider default"
    )


def yes_no(flag: bool) -> str:
    return "yes" if flag else "no"


def regions(provider: Provider) -> str:
    return ", ".join(provider.contract.regions) or "not restricted by contract"


def subprocessors_data(policy: Policy, version: str | None = None) -> dict[str, Any]:
    """The list as plain data (the JSON rendering, and what tests compare)."""
    return {
        "policy_version": version,
        "subprocessors": [
            {
                "name": name,
                "service": KIND_NAMES[p.kind],
                "endpoint": endpoint(p),
                "contract": {
                    "no_training": p.contract.no_training,
                    "zero_data_retention": p.contract.zero_data_retention,
                    "regions": list(p.contract.regions),
                },
                "models": sorted(p.models),
                "features": features_using(policy, name),
            }
            for name, p in sorted(policy.providers.items())
        ],
    }


def render_json(policy: Policy, version: str | None = None) -> str:
    return json.dumps(subprocessors_data(policy, version), indent=2, sort_keys=True) + "\n"


def render_markdown(policy: Policy, version: str | None = None) -> str:
    lines = [
        "# Sub-processors for generative AI",
        "",
        "These providers may receive the data described in our generative-AI annex, and only",
        "for the features listed. Each request goes only to a provider whose contract meets",
        "every requirement of the feature it serves.",
    ]
    if version:
        lines += ["", f"Generated from policy version `{version}`."]
    lines += [
        "",
        "| Sub-processor | Service | Endpoint | No training on our data | Zero data retention "
        "| Regions | Features |",
        "|---|---|---|---|---|---|---|",
    ]
    for item in subprocessors_data(policy)["subprocessors"]:
        contract = item["contract"]
        lines.append(
            f"| {item['name']} | {item['service']} | {item['endpoint']} "
            f"| {yes_no(contract['no_training'])} | {yes_no(contract['zero_data_retention'])} "
            f"| {', '.join(contract['regions']) or 'not restricted by contract'} "
            f"| {', '.join(item['features']) or 'none'} |"
        )
    return "\n".join(lines) + "\n"
