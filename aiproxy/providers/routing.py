"""Choosing the upstream: a provider that serves the model and meets every contract requirement.

There is no fallback to a non-compliant provider: if none qualifies the request is refused,
naming the unmet requirement.
"""

from __future__ import annotations

from collections.abc import Mapping

from aiproxy.errors import ModelNotServed, NoCompliantProvider
from aiproxy.policy.schema import Contract, Requirements
from aiproxy.providers.base import Dialect, ProviderAdapter


def unmet_requirements(contract: Contract, require: Requirements) -> list[str]:
    unmet = []
    if require.no_training and not contract.no_training:
        unmet.append("no_training")
    if require.zero_data_retention and not contract.zero_data_retention:
        unmet.append("zero_data_retention")
    if require.regions and not set(require.regions) & set(contract.regions):
        unmet.append("regions " + "/".join(require.regions))
    return unmet


def route(
    adapters: Mapping[str, ProviderAdapter], model: str, dialect: Dialect, require: Requirements
) -> ProviderAdapter:
    """The first compliant provider, in policy order, that serves `model` on this API."""
    serving = [a for a in adapters.values() if model in a.config.models]
    speaking = [a for a in serving if dialect in a.dialects]
    if serving and not speaking:
        raise ModelNotServed(
            f"model {model!r} is not served through this endpoint's API", param="model"
        )
    refusals = []
    for adapter in speaking:
        unmet = unmet_requirements(adapter.config.contract, require)
        if not unmet:
            return adapter
        refusals.append(f"{adapter.name}: {', '.join(unmet)}")
    raise NoCompliantProvider(
        f"no provider for model {model!r} meets this feature's requirements "
        f"(unmet: {'; '.join(refusals) or 'no provider serves the model'})",
        unmet=refusals,
    )
