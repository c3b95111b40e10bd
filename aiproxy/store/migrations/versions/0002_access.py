"""Admin control of access: the hash-chained audit log (with its head row) and usage counters.

Revision ID: 0002_access
Revises: 0001
Create Date: 2025-01-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_access"
down_revision: str | None = "0001"
branch_labels: str | None = None
depends_on: str | None = None

#: The hash an empty chain starts from (the first entry's `prev_hash`).
GENESIS_HASH = "0" * 64


def _timestamp(name: str) -> sa.Column[object]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=False)


def upgrade() -> None:
    op.create_table(
        "audit_events",
        sa.Column("seq", sa.BigInteger(), autoincrement=False, nullable=False),
        _timestamp("at"),
        sa.Column("actor", sa.String(255), nullable=False),
        sa.Column("action", sa.String(100), nullable=False),
        sa.Column("subject", sa.String(255), nullable=False),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_audit_events")),
    )
    for column in ("at", "actor", "action", "subject"):
        op.create_index(op.f(f"ix_audit_events_{column}"), "audit_events", [column])
    head = op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_head")),
    )
    # The head row exists from the start, so appenders only ever lock it, never race to create it.
    op.bulk_insert(head, [{"id": 1, "seq": 0, "hash": GENESIS_HASH}])
    op.create_table(
        "usage_counters",
        sa.Column("key", sa.String(400), nullable=False),
        sa.Column("value", sa.BigInteger(), nullable=False),
        _timestamp("expires_at"),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_usage_counters")),
    )
    op.create_index(op.f("ix_usage_counters_expires_at"), "usage_counters", ["expires_at"])


def downgrade() -> None:
    op.drop_index(op.f("ix_usage_counters_expires_at"), table_name="usage_counters")
    op.drop_table("usage_counters")
    op.drop_table("audit_head")
    for column in ("subject", "action", "actor", "at"):
        op.drop_index(op.f(f"ix_audit_events_{column}"), table_name="audit_events")
    op.drop_table("audit_events")
