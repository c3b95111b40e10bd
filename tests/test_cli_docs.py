"""`aiproxy annex` and `aiproxy subprocessors`, run as real processes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from aiproxy.docs.annex import render_annex
from aiproxy.policy.loader import load_policy
from tests.test_cli import POLICY, REPO_ROOT, Aiproxy

DEFAULT = REPO_ROOT / "policies" / "default.yaml"


@pytest.fixture
def cli(tmp_path: Path) -> Aiproxy:
    return Aiproxy(tmp_path)


def test_annex_prints_the_rendered_annex_with_the_policy_version(cli: Aiproxy) -> None:
    result = cli("annex", str(DEFAULT))
    assert result.returncode == 0, result.stderr
    loaded = load_policy(DEFAULT)
    assert result.stdout == render_annex(loaded.policy, loaded.version)


def test_annex_reads_the_policy_from_the_environment_when_no_path_is_given(
    tmp_path: Path,
) -> None:
    policy = tmp_path / "p.yaml"
    policy.write_text(POLICY)
    result = Aiproxy(tmp_path, AIPROXY_POLICY=str(policy))("annex")
    assert result.returncode == 0, result.stderr
    assert "## support-summary" in result.stdout


def test_subprocessors_as_json_and_markdown(cli: Aiproxy) -> None:
    as_json = cli("subprocessors", str(DEFAULT), "--format", "json")
    assert as_json.returncode == 0, as_json.stderr
    names = [p["name"] for p in json.loads(as_json.stdout)["subprocessors"]]
    assert names == ["anthropic", "openai"]
    as_markdown = cli("subprocessors", str(DEFAULT))
    assert as_markdown.returncode == 0
    assert as_markdown.stdout.startswith("# Sub-processors for generative AI")


def test_an_invalid_policy_is_refused_with_its_exact_problem(cli: Aiproxy, tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(POLICY.replace("kind: echo", "kind: telepathy"))
    result = cli("annex", str(bad))
    assert result.returncode == 1
    assert "providers.echo.kind" in result.stderr and result.stdout == ""


def test_no_policy_at_all_is_a_usage_error(cli: Aiproxy) -> None:
    result = cli("subprocessors")
    assert result.returncode == 2
    assert "AIPROXY_POLICY" in result.stderr


def test_an_unknown_format_is_refused_by_the_parser(cli: Aiproxy) -> None:
    result = cli("subprocessors", str(DEFAULT), "--format", "pdf")
    assert result.returncode == 2
