"""Policy validation names the exact path of every problem."""

from __future__ import annotations

from pathlib import Path

import pytest

from aiproxy.errors import PolicyError
from aiproxy.policy.loader import load_policy, parse_policy

ROOT = Path(__file__).resolve().parents[2]

BASE = """
version: 1
providers:
  openai:
    kind: openai
    api_key_env: OPENAI_API_KEY
    models: [gpt-4o-mini]
features:
  support-summary:
    purpose: Summaries
    models: [gpt-4o-mini]
roles:
  agent: {features: [support-summary]}
"""


def problems(text: str) -> list[str]:
    with pytest.raises(PolicyError) as info:
        parse_policy(text)
    return info.value.problems


@pytest.mark.parametrize("name", ["default.yaml", "demo.yaml"])
def test_shipped_policies_are_valid(name: str) -> None:
    loaded = load_policy(ROOT / "policies" / name)
    assert loaded.policy.features and len(loaded.version) == 12


def test_unknown_model_names_the_feature_and_index() -> None:
    text = BASE.replace("    models: [gpt-4o-mini]\nroles", "    models: [gpt-5]\nroles")
    assert problems(text) == ["features.support-summary.models[0]: unknown model 'gpt-5'"]


def test_role_naming_an_unknown_feature_is_an_error() -> None:
    text = BASE.replace("features: [support-summary]", "features: [support-summary, nope]")
    assert problems(text) == ["roles.agent.features[1]: unknown feature 'nope'"]


def test_unknown_keys_are_errors_not_ignored() -> None:
    text = BASE.replace("    purpose: Summaries", "    purpose: Summaries\n    retention: 3d")
    assert problems(text) == ["features.support-summary.retention: unknown key"]


def test_bad_values_name_their_path() -> None:
    text = BASE.replace("kind: openai", "kind: openia")
    [problem] = problems(text)
    assert problem.startswith("providers.openai.kind: ")


def test_every_problem_is_reported_at_once() -> None:
    text = BASE.replace("[gpt-4o-mini]\nroles", "[gpt-5]\nroles").replace(
        "[support-summary]", "[ghost]"
    )
    assert len(problems(text)) == 2


def test_unknown_entity_type_is_an_error() -> None:
    text = BASE.replace(
        "    purpose: Summaries", "    purpose: Summaries\n    redact: {block: [SSN]}"
    )
    assert problems(text) == ["features.support-summary.redact.block[0]: unknown entity type 'SSN'"]


def test_invalid_yaml_names_the_line() -> None:
    [problem] = problems("version: 1\nproviders: [\n")
    assert "not valid YAML at line" in problem


def test_invalid_retention_is_an_error() -> None:
    text = BASE.replace(
        "    purpose: Summaries", "    purpose: Summaries\n    log: {retention: 3w}"
    )
    [problem] = problems(text)
    assert problem.startswith("features.support-summary.log.retention: ")


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(PolicyError) as info:
        load_policy(tmp_path / "absent.yaml")
    assert "cannot read policy file" in info.value.problems[0]


def test_version_changes_when_the_file_does() -> None:
    assert parse_policy(BASE).version != parse_policy(BASE + "\n# edited\n").version
