"""The access decision: may this user use this feature with this model? Pure, no I/O."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from aiproxy.errors import ModelNotAllowed, UnknownFeature, UserNotAllowed
from aiproxy.policy.schema import Feature, Policy


@dataclass(frozen=True)
class Decision:
    feature_name: str
    feature: Feature
    #: The roles that granted the feature (quotas and limits come from them).
    granting_roles: tuple[str, ...]


def resolve_feature(policy: Policy, requested: str | None, bound: str | None) -> str:
    """The feature named by header, or bound to the key; a key's binding cannot be overridden."""
    if bound and requested and requested != bound:
        raise UserNotAllowed(
            f"this API key is bound to feature {bound!r} and cannot be used for {requested!r}"
        )
    name = bound or requested
    if not name:
        raise UnknownFeature(
            "no feature given: send the X-AIProxy-Feature header or use a key bound to a feature"
        )
    if name not in policy.features:
        raise UnknownFeature(f"unknown feature {name!r}")
    return name


def decide(policy: Policy, feature_name: str, roles: Collection[str], model: str) -> Decision:
    feature = policy.features[feature_name]
    granting = tuple(
        sorted(r for r in roles if r in policy.roles and feature_name in policy.roles[r].features)
    )
    if not granting:
        raise UserNotAllowed(
            f"the user holds no role that grants feature {feature_name!r}"
            if roles
            else "the user has no AI roles assigned"
        )
    if model not in feature.models:
        raise ModelNotAllowed(
            f"feature {feature_name!r} does not allow model {model!r}", param="model"
        )
    return Decision(feature_name, feature, granting)


def models_for(policy: Policy, roles: Collection[str], feature_name: str | None) -> list[str]:
    """Models the user may call, optionally through one feature only."""
    names = {f for r in roles if r in policy.roles for f in policy.roles[r].features}
    if feature_name is not None:
        names &= {feature_name}
    return sorted({m for f in names for m in policy.features[f].models})
