"""The access decision: roles grant features, features allow models."""

from __future__ import annotations

import pytest

from aiproxy.errors import ModelNotAllowed, UnknownFeature, UserNotAllowed
from aiproxy.policy.decide import decide, models_for, resolve_feature
from aiproxy.policy.loader import parse_policy

POLICY = parse_policy("""
version: 1
providers:
  p: {kind: echo, models: [m1, m2, m3]}
features:
  a: {purpose: A, models: [m1, m2]}
  b: {purpose: B, models: [m3]}
roles:
  ra: {features: [a]}
  rb: {features: [b]}
  admin: {admin: true}
""").policy


def test_role_granting_the_feature_allows_its_model() -> None:
    decision = decide(POLICY, "a", {"ra", "admin"}, "m2")
    assert decision.granting_roles == ("ra",)


def test_user_without_a_granting_role_is_refused() -> None:
    with pytest.raises(UserNotAllowed):
        decide(POLICY, "a", {"rb"}, "m1")


def test_roles_removed_from_the_policy_grant_nothing() -> None:
    with pytest.raises(UserNotAllowed):
        decide(POLICY, "a", {"old-role"}, "m1")


def test_model_outside_the_feature_is_refused() -> None:
    with pytest.raises(ModelNotAllowed):
        decide(POLICY, "a", {"ra"}, "m3")


def test_bound_key_feature_wins_and_cannot_be_overridden() -> None:
    assert resolve_feature(POLICY, None, "b") == "b"
    with pytest.raises(UserNotAllowed):
        resolve_feature(POLICY, "a", "b")


@pytest.mark.parametrize("requested", [None, "zzz"])
def test_missing_or_unknown_feature_is_a_bad_request(requested: str | None) -> None:
    with pytest.raises(UnknownFeature):
        resolve_feature(POLICY, requested, None)


def test_models_for_lists_only_granted_features() -> None:
    assert models_for(POLICY, {"ra"}, None) == ["m1", "m2"]
    assert models_for(POLICY, {"ra", "rb"}, "b") == ["m3"]
    assert models_for(POLICY, set(), None) == []
