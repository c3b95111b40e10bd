"""The `aiproxy` console script, run as a real process against a throwaway SQLite database."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import aiproxy

REPO_ROOT = Path(aiproxy.__file__).resolve().parent.parent
KEY = re.compile(r"^aip_([0-9a-f]{16})_\S+$")
POLICY = """\
version: 1
providers:
  echo:
    kind: echo
    models: [echo-1]
features:
  support-summary:
    purpose: Summarize a support ticket
    models: [echo-1]
roles:
  support-agent: {features: [support-summary]}
  admin: {admin: true}
"""


class Aiproxy:
    """Runs `python -m aiproxy.cli` with a clean AIPROXY_* environment."""

    def __init__(self, workdir: Path, **env: str) -> None:
        self.workdir = workdir
        base = {k: v for k, v in os.environ.items() if not k.startswith("AIPROXY_")}
        self.env = {
            **base,
            "PYTHONPATH": str(REPO_ROOT),
            "AIPROXY_DATABASE_URL": f"sqlite+aiosqlite:///{(workdir / 'cli.db').as_posix()}",
            **env,
        }

    def __call__(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(  # noqa: S603 (our own interpreter and module)
            [sys.executable, "-m", "aiproxy.cli", *args],
            cwd=self.workdir,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )


@pytest.fixture
def cli(tmp_path: Path) -> Aiproxy:
    return Aiproxy(tmp_path)


@pytest.fixture
def policy_file(tmp_path: Path) -> Path:
    path = tmp_path / "policy.yaml"
    path.write_text(POLICY)
    return path


def _one_error_line(result: subprocess.CompletedProcess[str]) -> str:
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_policy_check_prints_summary_when_policy_is_valid(cli: Aiproxy, policy_file: Path) -> None:
    result = cli("policy", "check", str(policy_file))
    assert result.returncode == 0, result.stderr
    assert re.fullmatch(
        r"ok: 1 providers, 1 features, 2 roles \(version [0-9a-f]{12}\)\n", result.stdout
    )


def test_policy_check_prints_each_problem_when_policy_is_invalid(
    cli: Aiproxy, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        POLICY.replace("models: [echo-1]\nroles", "models: [nope]\nroles") + "extra: 1\n"
    )
    result = cli("policy", "check", str(bad))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.splitlines() == ["extra: unknown key"]


def test_policy_check_fails_in_one_line_when_file_is_missing(cli: Aiproxy, tmp_path: Path) -> None:
    result = cli("policy", "check", str(tmp_path / "missing.yaml"))
    assert result.returncode == 1
    assert "cannot read policy file" in _one_error_line(result)


def test_keys_create_prints_key_once_when_created(cli: Aiproxy) -> None:
    created = cli("keys", "create", "--principal", "billing", "--feature", "support-summary")
    assert created.returncode == 0, created.stderr
    match = KEY.match(created.stdout.strip())
    assert match is not None
    assert "cannot be shown again" in created.stderr
    listed = cli("keys", "list")
    assert listed.returncode == 0, listed.stderr
    assert match[1] in listed.stdout
    assert "billing" in listed.stdout
    assert "support-summary" in listed.stdout
    assert created.stdout.strip().split("_", 2)[2] not in listed.stdout + listed.stderr


def test_keys_revoke_marks_key_revoked_when_key_exists(cli: Aiproxy) -> None:
    key_id = KEY.match(cli("keys", "create", "--principal", "billing").stdout.strip())
    assert key_id is not None
    revoked = cli("keys", "revoke", key_id[1])
    assert revoked.returncode == 0, revoked.stderr
    assert f"revoked API key {key_id[1]}" in revoked.stdout
    row = next(line for line in cli("keys", "list").stdout.splitlines() if key_id[1] in line)
    assert re.search(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ\s*$", row)
    again = cli("keys", "revoke", key_id[1])
    assert again.returncode == 1
    assert "already revoked" in _one_error_line(again)


def test_keys_rotate_prints_new_key_when_key_is_active(cli: Aiproxy) -> None:
    old = KEY.match(cli("keys", "create", "--principal", "billing").stdout.strip())
    assert old is not None
    rotated = cli("keys", "rotate", old[1])
    assert rotated.returncode == 0, rotated.stderr
    new = KEY.match(rotated.stdout.strip())
    assert new is not None
    assert new[1] != old[1]
    assert "cannot be shown again" in rotated.stderr


def test_keys_revoke_fails_in_one_line_when_key_is_unknown(cli: Aiproxy) -> None:
    result = cli("keys", "revoke", "ffffffffffffffff")
    assert result.returncode == 1
    assert "no API key with id" in _one_error_line(result)


def test_keys_list_says_so_when_there_are_no_keys(cli: Aiproxy) -> None:
    result = cli("keys", "list")
    assert (result.returncode, result.stdout) == (0, "no API keys\n")


def test_users_grant_list_and_revoke_when_role_is_defined(cli: Aiproxy, policy_file: Path) -> None:
    granted = cli("users", "grant", "alice", "support-agent", "--policy", str(policy_file))
    assert granted.returncode == 0, granted.stderr
    listed = cli("users", "list")
    assert re.search(r"^alice\s+support-agent\s+cli", listed.stdout, re.MULTILINE)
    revoked = cli("users", "revoke", "alice", "support-agent")
    assert revoked.returncode == 0, revoked.stderr
    assert cli("users", "list").stdout == "no role assignments\n"


def test_users_grant_reads_policy_from_environment_when_no_flag(
    tmp_path: Path, policy_file: Path
) -> None:
    cli = Aiproxy(tmp_path, AIPROXY_POLICY=str(policy_file))
    assert cli("users", "grant", "alice", "admin").returncode == 0
    again = cli("users", "grant", "alice", "admin")
    assert again.returncode == 1
    assert "already has role 'admin'" in _one_error_line(again)


def test_users_grant_refuses_when_no_policy_is_given(cli: Aiproxy) -> None:
    result = cli("users", "grant", "alice", "support-agent")
    assert result.returncode == 2
    assert "--policy" in _one_error_line(result)
    assert cli("users", "list").stdout == "no role assignments\n"


def test_users_grant_refuses_when_role_is_not_in_policy(cli: Aiproxy, policy_file: Path) -> None:
    result = cli("users", "grant", "alice", "root", "--policy", str(policy_file))
    assert result.returncode == 2
    assert "role 'root' is not defined" in _one_error_line(result)


def test_users_revoke_fails_in_one_line_when_role_is_not_assigned(cli: Aiproxy) -> None:
    result = cli("users", "revoke", "alice", "admin")
    assert result.returncode == 1
    assert "does not have role 'admin'" in _one_error_line(result)


def test_serve_refuses_when_no_policy_is_given(cli: Aiproxy) -> None:
    result = cli("serve")
    assert result.returncode == 2
    assert "AIPROXY_POLICY" in _one_error_line(result)


def test_serve_refuses_before_listening_when_policy_is_invalid(
    cli: Aiproxy, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("version: 2\n")
    result = cli("serve", "--policy", str(bad), "--port", "1")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.splitlines()[0].startswith("version:")


def test_commands_fail_in_one_line_without_password_when_database_is_unreachable(
    tmp_path: Path,
) -> None:
    url = "postgresql+asyncpg://aiproxy:hunter2@127.0.0.1:1/nowhere"
    result = Aiproxy(tmp_path, AIPROXY_DATABASE_URL=url)("keys", "list")
    assert result.returncode == 1
    line = _one_error_line(result)
    assert "cannot open database" in line
    assert "hunter2" not in line
