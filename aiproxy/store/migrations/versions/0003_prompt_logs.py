"""Prompt logs: log rows, wrapped per-window data keys, tombstones, and the master key check.

Revision ID: 0003_prompt_logs
Revises: 0002_access
Create Date: 2025-01-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_prompt_logs"
down_revision: str | None = "0002_access"
branch_labels: str | None = None
depends_on: str | None = None

_LOG_INDEXES = (
    "request_id",
    "created_at",
    "expires_at",
    "user_pseudonym",
    "feature",
    "status",
    "key_window",
)
_TOMBSTONE_INDEXES = ("request_id", "expires_at")


def _timestamp(name: str) -> sa.Column[object]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=False)


def _text(name: str, length: int, *, nullable: bool = True) -> sa.Column[object]:
    return sa.Column(name, sa.String(length), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "key_checks",
        _text("purpose", 100, nullable=False),
        _text("value", 64, nullable=False),
        _timestamp("created_at"),
        sa.PrimaryKeyConstraint("purpose", name=op.f("pk_key_checks")),
    )
    op.create_table(
        "log_data_keys",
        _text("key_window", 16, nullable=False),
        _timestamp("not_after"),
        sa.Column("wrapped", sa.LargeBinary(), nullable=False),
        _timestamp("created_at"),
        sa.PrimaryKeyConstraint("key_window", name=op.f("pk_log_data_keys")),
    )
    op.create_index(op.f("ix_log_data_keys_not_after"), "log_data_keys", ["not_after"])
    op.create_table(
        "prompt_logs",
        _text("id", 40, nullable=False),
        _text("request_id", 128, nullable=False),
        _timestamp("created_at"),
        _timestamp("expires_at"),
        _text("principal", 255),
        _text("user_pseudonym", 64),
        _text("feature", 100),
        _text("model", 255),
        _text("provider", 100),
        _text("policy_version", 32),
        _text("dialect", 16, nullable=False),
        sa.Column("stream", sa.Boolean(), nullable=False),
        sa.Column("status", sa.Integer(), nullable=False),
        _text("outcome", 16, nullable=False),
        _text("reason_code", 100),
        sa.Column("input_tokens", sa.Integer(), nullable=True),
        sa.Column("output_tokens", sa.Integer(), nullable=True),
        _text("usage_source", 16, nullable=False),
        sa.Column("latency_ms", sa.Float(), nullable=False),
        sa.Column("upstream_ms", sa.Float(), nullable=False),
        sa.Column("redactions", sa.JSON(), nullable=False),
        sa.Column("redaction_actions", sa.JSON(), nullable=False),
        sa.Column("blocked", sa.JSON(), nullable=False),
        sa.Column("enforced", sa.JSON(), nullable=False),
        sa.Column("dropped_fields", sa.JSON(), nullable=False),
        _text("key_window", 16),
        sa.Column("content", sa.LargeBinary(), nullable=True),
        sa.CheckConstraint(
            "outcome IN ('ok', 'refused', 'upstream_error', 'interrupted')",
            name=op.f("ck_prompt_logs_outcome"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_prompt_logs")),
    )
    for column in _LOG_INDEXES:
        op.create_index(op.f(f"ix_prompt_logs_{column}"), "prompt_logs", [column])
    op.create_table(
        "prompt_log_tombstones",
        _text("id", 40, nullable=False),
        _text("request_id", 128, nullable=False),
        _text("reason", 16, nullable=False),
        _timestamp("removed_at"),
        _timestamp("expires_at"),
        sa.CheckConstraint(
            "reason IN ('expired', 'erased')", name=op.f("ck_prompt_log_tombstones_reason")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_prompt_log_tombstones")),
    )
    for column in _TOMBSTONE_INDEXES:
        op.create_index(
            op.f(f"ix_prompt_log_tombstones_{column}"), "prompt_log_tombstones", [column]
        )


def downgrade() -> None:
    for column in reversed(_TOMBSTONE_INDEXES):
        op.drop_index(
            op.f(f"ix_prompt_log_tombstones_{column}"), table_name="prompt_log_tombstones"
        )
    op.drop_table("prompt_log_tombstones")
    for column in reversed(_LOG_INDEXES):
        op.drop_index(op.f(f"ix_prompt_logs_{column}"), table_name="prompt_logs")
    op.drop_table("prompt_logs")
    op.drop_index(op.f("ix_log_data_keys_not_after"), table_name="log_data_keys")
    op.drop_table("log_data_keys")
    op.drop_table("key_checks")
