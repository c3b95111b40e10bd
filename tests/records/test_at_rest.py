"""What is stored holds none of the personal values the client sent: searched in the raw
SQLite files, and in every column of every table on PostgreSQL, after real calls."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from contextlib import AbstractAsyncContextManager
from pathlib import Path

import pytest
from sqlalchemy import text

from aiproxy.privacy.findings import Analyzer
from aiproxy.store.database import Database
from tests.api.logs_support import PROMPT, VALUES, LogsProxy, start_logs_proxy
from tests.fake_upstream import FakeUpstream
from tests.harness import ServerLoop
from tests.store.conftest import POSTGRES_ENV, scratch_postgres_database

#: The values as sent, and the forms a careless store might normalise them to.
NEEDLES = [*VALUES.values(), "4111111111111111", "+442079460958", "Adeyemi", "brightmail"]


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def stored(
    request: pytest.FixtureRequest,
    server_loop: ServerLoop,
    analyzer: Analyzer,
    upstream: FakeUpstream,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[LogsProxy]:
    scratch: AbstractAsyncContextManager[str] | None = None
    url = None
    if request.param == "postgres":
        server = os.environ.get(POSTGRES_ENV)
        if not server:
            pytest.skip(f"{POSTGRES_ENV} is not set")
        scratch = scratch_postgres_database(server)
        url = server_loop.call(scratch.__aenter__())
    tmp = tmp_path_factory.mktemp(f"at-rest-{request.param}")
    logs = start_logs_proxy(server_loop, analyzer, upstream, tmp, database_url=url)
    try:
        yield logs
    finally:
        logs.close_clients()
        logs.proxy.server.stop()
        if scratch is not None:
            server_loop.call(scratch.__aexit__(None, None, None))


def _calls(logs: LogsProxy, user: str) -> list[str]:
    ids = [logs.chat(user)]
    stream = logs.ai(user).chat.completions.with_raw_response.create(
        model="gpt-test", messages=[{"role": "user", "content": PROMPT}], stream=True
    )
    ids.append(stream.headers["x-aiproxy-request-id"])
    for _ in stream.parse():
        pass
    logs.settle()
    return ids


def _sqlite_bytes(folder: Path) -> bytes:
    files = [p for p in folder.iterdir() if p.name.startswith("aiproxy.db")]
    assert files
    return b"".join(p.read_bytes() for p in files)


async def _postgres_text(db: Database) -> str:
    """Every value of every column of every table, as text (bytes as hex and latin-1)."""
    found: list[str] = []
    async with db.session() as session:
        tables = await session.scalars(
            text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
        )
        for table in list(tables):
            result = await session.execute(text(f'SELECT * FROM "{table}"'))  # noqa: S608
            for row in result:
                for value in row:
                    if isinstance(value, bytes | memoryview):
                        raw = bytes(value)
                        found += [raw.hex(), raw.decode("latin-1")]
                    else:
                        found.append(json.dumps(value, default=str, ensure_ascii=False))
    return "\n".join(found)


def test_stored_logs_hold_no_personal_value_the_client_sent(stored: LogsProxy) -> None:
    user = stored.new_user()
    ids = _calls(stored, user)
    contents = [stored.get(f"/admin/v1/logs/{request_id}").json() for request_id in ids]
    decrypted = json.dumps(contents, ensure_ascii=False)
    assert "<EMAIL_ADDRESS_1>" in decrypted  # content was logged, in its redacted form
    if stored.services.database.dialect == "sqlite":
        haystack = _sqlite_bytes(stored.proxy.settings.data_dir).decode("latin-1")
    else:
        haystack = stored.proxy.server.run(_postgres_text(stored.services.database))
    # Positive controls: plain values stored elsewhere are found, so the search does search.
    assert user in haystack and all(request_id in haystack for request_id in ids)
    for needle in NEEDLES:
        assert needle not in decrypted
        assert needle not in haystack
