"""`aiproxy logs purge`, and `aiproxy serve` refusing a master key the database does not know."""

from __future__ import annotations

import base64
from pathlib import Path

from aiproxy.keyring import Keyring, generate_master_key
from aiproxy.records.crypto import verify_master_key
from aiproxy.store.database import Database
from tests.test_cli import POLICY, Aiproxy


def test_logs_purge_reports_what_it_destroyed(tmp_path: Path) -> None:
    result = Aiproxy(tmp_path)("logs", "purge")
    assert result.returncode == 0, result.stderr
    assert "destroyed 0 expired data keys, deleted 0 log entries" in result.stdout


async def test_serve_refuses_in_one_line_when_master_key_differs(tmp_path: Path) -> None:
    cli = Aiproxy(tmp_path, AIPROXY_MASTER_KEY=generate_master_key())
    db = await Database.connect(cli.env["AIPROXY_DATABASE_URL"])
    try:
        await verify_master_key(db, Keyring(base64.b64decode(generate_master_key())))
    finally:
        await db.close()
    policy = tmp_path / "policy.yaml"
    policy.write_text(POLICY)
    result = cli("serve", "--policy", str(policy), "--port", "1")
    assert result.returncode == 1
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("aiproxy: error: the master key does not match")
