"""The prompt-log observer: one row per call, metadata always, content sealed when kept."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from aiproxy.policy.loader import parse_policy
from aiproxy.records.crypto import LogCipher
from aiproxy.records.promptlog import PromptLog, content_retention
from aiproxy.store.database import Database
from aiproxy.store.log_tables import PromptLogRow
from tests.records.records_support import POLICY, REDACTED, T0, keyring, prompt_log, record


async def _rows(db: Database) -> list[PromptLogRow]:
    async with db.session() as session:
        return list(await session.scalars(select(PromptLogRow).order_by(PromptLogRow.request_id)))


async def test_call_is_logged_with_metadata_and_sealed_content(db: Database) -> None:
    ring = keyring()
    await prompt_log(db, ring).observe(record("req_1"))
    [row] = await _rows(db)
    assert row.created_at == T0 and row.expires_at == T0 + timedelta(hours=2)
    assert (row.principal, row.feature, row.model, row.provider) == (
        "support-service",
        "short",
        "echo-1",
        "echo",
    )
    assert row.redactions == {"PERSON": 1, "EMAIL_ADDRESS": 1} and row.enforced == ["store=false"]
    assert row.dropped_fields == ["logit_bias"] and row.input_tokens == 12
    assert row.content is not None and REDACTED.encode() not in row.content
    async with db.session() as session:
        assert row.key_window is not None
        opened = await LogCipher(ring).open(session, row.id, row.key_window, row.content)
    assert REDACTED in opened.decode()


async def test_feature_with_content_none_keeps_metadata_for_metadata_retention(
    db: Database,
) -> None:
    await prompt_log(db, keyring()).observe(record("req_1", feature="quiet"))
    [row] = await _rows(db)
    assert row.content is None and row.key_window is None
    assert row.expires_at == T0 + timedelta(days=30)


async def test_refused_call_keeps_metadata_only(db: Database) -> None:
    refused = record("req_1", request_body=None, response_text=None, outcome="refused")
    refused.status = 403
    await prompt_log(db, keyring()).observe(refused)
    [row] = await _rows(db)
    assert row.outcome == "refused" and row.content is None


async def test_unauthenticated_call_is_not_logged(db: Database) -> None:
    await prompt_log(db, keyring()).observe(record("req_1", principal=None, outcome="refused"))
    assert await _rows(db) == []


async def test_repeated_request_id_gets_its_own_entry(db: Database) -> None:
    # Callers may choose request ids: reusing one must not keep a call out of the log.
    log = prompt_log(db, keyring())
    await log.observe(record("trace-1234"))
    await log.observe(record("trace-1234", outcome="interrupted"))
    rows = await _rows(db)
    assert sorted(r.outcome for r in rows) == ["interrupted", "ok"]
    assert rows[0].id != rows[1].id and all(r.id.startswith("log_") for r in rows)


def test_retention_is_capped_by_the_global_maximum() -> None:
    # The loader refuses such a policy; the cap is applied again when writing, in depth.
    policy = parse_policy(POLICY).policy
    features = dict(policy.features)
    features["long"] = features["long"].model_copy(
        update={"log": features["long"].log.model_copy(update={"retention": "60d"})}
    )
    uncapped = policy.model_copy(update={"features": features})
    assert content_retention(uncapped, record("r", feature="long")) == timedelta(days=7)


async def test_stage_joins_the_callers_transaction(db: Database) -> None:
    log: PromptLog = prompt_log(db, keyring()).log
    try:
        async with db.session() as session:
            await log.stage(session, record("req_1"))
            raise RuntimeError("the caller's other write failed")
    except RuntimeError:
        pass
    assert await _rows(db) == []


async def test_calls_queued_together_are_all_written(db: Database) -> None:
    await prompt_log(db, keyring()).observe(*(record(f"req_{n}") for n in range(5)))
    assert [r.request_id for r in await _rows(db)] == [f"req_{n}" for n in range(5)]


async def test_a_failing_entry_does_not_take_its_batch_with_it(db: Database) -> None:
    # Content that cannot be serialised fails its own write; the batch is retried entry by entry.
    broken = record("req_2", request_body={"messages": [object()]})
    await prompt_log(db, keyring()).observe(record("req_1"), broken, record("req_3"))
    assert [r.request_id for r in await _rows(db)] == ["req_1", "req_3"]
