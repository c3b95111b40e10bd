"""The audited admin actions as the CLI uses them: acting now, as the operator who ran it."""

from __future__ import annotations

from datetime import UTC, datetime

from aiproxy.admin.actions import AdminActions
from aiproxy.policy.schema import Policy
from aiproxy.store.database import Database


def actions(db: Database, policy: Policy | None) -> AdminActions:
    return AdminActions(db, lambda: policy, lambda: datetime.now(UTC))
