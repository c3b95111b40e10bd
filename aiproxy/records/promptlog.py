"""The prompt log (step 10): one row per AI call, metadata in the clear, content encrypted.

The content written is the record's redacted request exactly as it went upstream and the
response exactly as it came back, so the log never holds the original personal values.

Each entry has its own id (`log_…`): callers may choose request ids, so a repeated request id
gets a second entry instead of hiding the call from the log.

Crash safety: rows are written in transactions (with their data key, if that window's key is
new), so a crash leaves a call either fully logged or not at all. Under load the rows of
several calls share one transaction (`Coalescer`); if that transaction fails, each row is
retried in a transaction of its own so one bad row cannot take the others with it. Usage
accounting is another observer and commits separately (its counters may live in Redis, which
no SQL transaction can span); both run after the response and are drained at shutdown, so
only a hard crash can lose them, and only for the calls in flight. The log row carries the
call's token counts, so it is the durable record a day's accounting can be reconciled with.
`stage` adds the row to a caller's open transaction, for a writer that wants both together.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from aiproxy.background import BackgroundWork, Coalescer
from aiproxy.hooks import ExchangeRecord
from aiproxy.policy.schema import Policy
from aiproxy.records.crypto import LogCipher
from aiproxy.store.database import Database
from aiproxy.store.log_tables import ENTRY_PREFIX, PromptLogRow

log = logging.getLogger(__name__)


def content_retention(policy: Policy, record: ExchangeRecord) -> timedelta | None:
    """How long this call's content may be kept: None when only metadata is kept."""
    feature = policy.features.get(record.feature) if record.feature else None
    if feature is None or feature.log.content == "none" or record.request_body is None:
        return None
    return min(feature.log.retention_delta, policy.logs.max_retention_delta)


def content_of(record: ExchangeRecord) -> bytes:
    document = {"request": record.request_body, "response": record.response_text}
    return json.dumps(document, ensure_ascii=False, sort_keys=True).encode()


def new_entry_id() -> str:
    return ENTRY_PREFIX + uuid.uuid4().hex


def metadata_row(record: ExchangeRecord, expires_at: datetime) -> PromptLogRow:
    return PromptLogRow(
        id=new_entry_id(),
        request_id=record.request_id,
        created_at=record.started_at,
        expires_at=expires_at,
        principal=record.principal,
        user_pseudonym=record.user_pseudonym,
        feature=record.feature,
        model=record.model,
        provider=record.provider,
        policy_version=record.policy_version,
        dialect=record.dialect,
        stream=record.stream,
        status=record.status,
        outcome=record.outcome,
        reason_code=record.reason_code,
        input_tokens=record.input_tokens,
        output_tokens=record.output_tokens,
        usage_source=record.usage_source,
        latency_ms=round(record.latency_ms, 3),
        upstream_ms=round(record.upstream_ms, 3),
        redactions=dict(record.redactions),
        redaction_actions=dict(record.actions),
        blocked=dict(record.blocked),
        enforced=list(record.enforced),
        dropped_fields=list(record.dropped_fields),
    )


class PromptLog:
    """Observer that writes each finished call to the prompt log."""

    def __init__(
        self,
        database: Database,
        cipher: LogCipher,
        policy: Callable[[], Policy],
        background: BackgroundWork,
    ) -> None:
        self._database = database
        self._cipher = cipher
        #: Read per call, so a policy reload changes retention for the calls after it.
        self._policy = policy
        self._queue: Coalescer[ExchangeRecord] = Coalescer(self._write, background, "prompt log")

    async def observe(self, record: ExchangeRecord) -> None:
        if record.principal is None:
            return  # no valid key: nobody's call, nothing to review (and no write to flood)
        self._queue.submit(record)

    async def _write(self, records: list[ExchangeRecord]) -> None:
        try:
            async with self._database.session(immediate=True) as session:
                for record in records:
                    await self.stage(session, record)
        except Exception:
            if len(records) == 1:
                raise
            for record in records:  # alone, so one failing row loses only itself
                try:
                    async with self._database.session(immediate=True) as session:
                        await self.stage(session, record)
                except Exception as exc:
                    log.error("prompt log entry lost: %s", type(exc).__name__)

    async def stage(self, session: AsyncSession, record: ExchangeRecord) -> None:
        """Add the call's row to `session`'s transaction (committed with it)."""
        policy = self._policy()
        retention = content_retention(policy, record)
        keep = retention is not None
        expires_at = record.started_at + (
            retention if retention is not None else policy.logs.metadata_retention_delta
        )
        row = metadata_row(record, expires_at)
        if keep:
            row.key_window, row.content = await self._cipher.seal(
                session, row.id, expires_at, content_of(record)
            )
        session.add(row)
        log.debug(
            "logged %s as %s (%s, content %s)", record.request_id, row.id, record.outcome, keep
        )
