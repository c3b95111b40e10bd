"""Building exchange records and a prompt log for the records tests, without a server."""

from __future__ import annotations

import base64
from datetime import UTC, datetime
from typing import Any

from aiproxy.background import BackgroundWork
from aiproxy.hooks import ExchangeRecord
from aiproxy.keyring import Keyring, generate_master_key
from aiproxy.policy.loader import parse_policy
from aiproxy.policy.schema import Policy
from aiproxy.records.crypto import LogCipher
from aiproxy.records.promptlog import PromptLog
from aiproxy.store.database import Database

POLICY = """\
version: 1
providers:
  echo: {kind: echo, models: [echo-1]}
features:
  short: {purpose: Short-lived, models: [echo-1], log: {retention: 2h}}
  long: {purpose: Kept longer, models: [echo-1], log: {retention: 3d}}
  quiet: {purpose: Metadata only, models: [echo-1], log: {retention: 2h, content: none}}
logs: {max_retention: 7d, metadata_retention: 30d}
"""
T0 = datetime(2025, 3, 1, 9, 30, tzinfo=UTC)
REDACTED = "Refund for <PERSON_1> at <EMAIL_ADDRESS_1>, please"


def policy() -> Policy:
    return parse_policy(POLICY).policy


def keyring() -> Keyring:
    return Keyring(base64.b64decode(generate_master_key()))


def record(
    request_id: str, feature: str = "short", at: datetime = T0, **extra: Any
) -> ExchangeRecord:
    values: dict[str, Any] = {
        "principal": "support-service",
        "user_pseudonym": "u_0123456789abcdef01234567",
        "feature": feature,
        "model": "echo-1",
        "provider": "echo",
        "policy_version": "abc123",
        "status": 200,
        "input_tokens": 12,
        "output_tokens": 7,
        "redactions": {"PERSON": 1, "EMAIL_ADDRESS": 1},
        "actions": {"PERSON": "pseudonymize", "EMAIL_ADDRESS": "pseudonymize"},
        "enforced": ("store=false",),
        "dropped_fields": ("logit_bias",),
        "request_body": {"model": "echo-1", "messages": [{"role": "user", "content": REDACTED}]},
        "response_text": '{"choices": [{"message": {"content": "Echo: ' + REDACTED + '"}}]}',
        **extra,
    }
    return ExchangeRecord(request_id, at, "chat", **values)


class WrittenLog:
    """A prompt log whose `observe` returns once the entry is written (the app writes in the
    background and drains at shutdown; tests want each write done before they look)."""

    def __init__(self, db: Database, ring: Keyring) -> None:
        rules = policy()
        self.background = BackgroundWork()
        self.log = PromptLog(db, LogCipher(ring), lambda: rules, self.background)

    async def observe(self, *records: ExchangeRecord) -> None:
        for item in records:  # queued together: written as one batch
            await self.log.observe(item)
        await self.background.drain()


def prompt_log(db: Database, ring: Keyring) -> WrittenLog:
    return WrittenLog(db, ring)
