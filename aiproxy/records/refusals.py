"""Audits every refused AI request: who, which feature, the reason code; never any content."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from aiproxy.hooks import ExchangeRecord
from aiproxy.records import audit
from aiproxy.store.database import Database


class RefusalAuditor:
    def __init__(self, db: Database, clock: Callable[[], datetime]) -> None:
        self._db = db
        self._clock = clock

    async def observe(self, record: ExchangeRecord) -> None:
        if record.outcome != "refused":
            return
        details = {
            "request_id": record.request_id,
            "feature": record.feature,
            "model": record.model,
            "reason": record.reason_code,
            "status": record.status,
        }
        async with self._db.session(immediate=True) as session:
            await audit.append(
                session,
                record.principal or "(unauthenticated)",
                "request.refused",
                record.user or "(unknown)",
                details,
                clock=self._clock,
            )
