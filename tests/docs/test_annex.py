"""The annex and sub-processor list: rendered from the policy alone, and changing with it.

The golden file is the annex of policies/default.yaml (without the version line, so comment-only
edits of the policy do not churn it). After an intended change to the policy or the wording,
regenerate it and review the diff like any other change to a published document:

    AIPROXY_REGENERATE_GOLDEN=1 pytest tests/docs/test_annex.py
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

import aiproxy
from aiproxy.docs.annex import render_annex
from aiproxy.docs.subprocessors import render_json, render_markdown, subprocessors_data
from aiproxy.policy.loader import load_policy
from aiproxy.policy.schema import Policy

REPO = Path(aiproxy.__file__).resolve().parent.parent
GOLDEN = Path(__file__).parent.parent / "data" / "golden" / "annex_default.md"


def default_policy() -> Policy:
    return load_policy(REPO / "policies" / "default.yaml").policy


def changed(policy: Policy, path: tuple[str, ...], value: Any) -> Policy:
    """A copy of `policy` with one nested value replaced, validated like a loaded file."""
    data = policy.model_dump()
    node = data
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    return Policy.model_validate(data)


def section(annex: str, feature: str) -> str:
    return annex.split(f"\n## {feature}\n", 1)[1].split("\n## ", 1)[0]


def test_annex_of_the_default_policy_matches_the_golden_file() -> None:
    rendered = render_annex(default_policy())
    if os.environ.get("AIPROXY_REGENERATE_GOLDEN"):
        GOLDEN.write_text(rendered, encoding="utf-8")
    assert rendered == GOLDEN.read_text(encoding="utf-8")


def test_annex_is_deterministic_and_names_the_policy_version() -> None:
    loaded = load_policy(REPO / "policies" / "default.yaml")
    first = render_annex(loaded.policy, loaded.version)
    assert first == render_annex(loaded.policy, loaded.version)
    assert f"Policy version: `{loaded.version}`." in first


def test_changing_a_features_retention_changes_its_section_only() -> None:
    policy = default_policy()
    before = render_annex(policy)
    after = render_annex(changed(policy, ("features", "support-summary", "log", "retention"), "7d"))
    assert "kept encrypted for 7 days" in section(after, "support-summary")
    assert "kept encrypted for 72 hours" in section(before, "support-summary")
    assert section(after, "reply-drafting") == section(before, "reply-drafting")


def test_turning_content_logging_off_says_no_content_is_kept() -> None:
    policy = changed(default_policy(), ("features", "reply-drafting", "log", "content"), "none")
    text = section(render_annex(policy), "reply-drafting")
    assert "No prompt or answer content is kept." in text
    assert "kept encrypted" not in text


def test_a_provider_losing_a_required_contract_flag_disappears_from_the_features_it_served() -> (
    None
):
    policy = default_policy()
    before = section(render_annex(policy), "support-summary")
    assert "| anthropic | Anthropic API |" in before
    no_longer = changed(policy, ("providers", "anthropic", "contract", "no_training"), False)
    after = section(render_annex(no_longer), "support-summary")
    assert "| anthropic |" not in after and "| openai | OpenAI API |" in after
    data = subprocessors_data(no_longer)["subprocessors"]
    assert next(p for p in data if p["name"] == "anthropic")["features"] == []


def test_a_new_provider_serving_a_features_model_is_listed_for_it() -> None:
    policy = default_policy()
    data = policy.model_dump()
    data["providers"]["azure-eu"] = {
        "kind": "azure_openai",
        "base_url": "https://acme-eu.openai.azure.com",
        "api_version": "2024-10-21",
        "contract": {"no_training": True, "zero_data_retention": True, "regions": ["eu", "us"]},
        "models": ["gpt-4o-mini"],
    }
    text = section(render_annex(Policy.model_validate(data)), "support-summary")
    assert (
        "| azure-eu | Azure OpenAI Service | acme-eu.openai.azure.com | gpt-4o-mini | yes | yes "
        "| eu, us |" in text
    )


def test_a_feature_no_provider_qualifies_for_says_requests_are_refused() -> None:
    policy = changed(default_policy(), ("features", "help-search", "require", "regions"), ["eu"])
    text = section(render_annex(policy), "help-search")
    assert "No provider meets these requirements, so requests are refused." in text


def test_blocked_types_are_listed_as_refused_not_as_redacted() -> None:
    text = section(render_annex(default_policy()), "support-summary")
    assert "US social security numbers (`US_SSN`) are refused; nothing is sent." in text
    assert "| US social security numbers (`US_SSN`) |" not in text


def test_allow_list_terms_are_counted_not_published() -> None:
    text = render_annex(default_policy())
    assert "2 terms of our own" in text
    assert "support@acme.example" not in text


@pytest.mark.parametrize("render", [render_markdown, render_json])
def test_subprocessor_list_renders_every_provider_with_its_contract(render: Any) -> None:
    text = render(default_policy(), "abc123")
    for name in ("openai", "anthropic"):
        assert name in text
    assert "abc123" in text


def test_subprocessor_json_is_data_a_trust_page_can_consume() -> None:
    data = json.loads(render_json(default_policy()))
    openai = next(p for p in data["subprocessors"] if p["name"] == "openai")
    assert openai["contract"] == {
        "no_training": True,
        "zero_data_retention": False,
        "regions": ["us"],
    }
    assert openai["endpoint"] == "api.openai.com"
    assert openai["features"] == ["help-search", "reply-drafting", "support-summary"]
