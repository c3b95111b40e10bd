"""The prompt-log schema: log rows, the wrapped data keys that encrypt them, and tombstones.

Kept apart from `tables.py` because these rows live by retention rules of their own: a data
key row is destroyed when its window ends, and with it every ciphertext it protected.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Float,
    Integer,
    LargeBinary,
    String,
)
from sqlalchemy.orm import Mapped, mapped_column

from aiproxy.store.tables import NAME_LENGTH, SUBJECT_LENGTH, Base, UTCDateTime, utcnow

#: Callers may choose their request ids (up to 128 characters), so they are not unique.
REQUEST_ID_LENGTH = 128
ENTRY_ID_LENGTH = 40
#: Entry ids start with this; caller-chosen request ids cannot (they have no underscore).
ENTRY_PREFIX = "log_"
WINDOW_LENGTH = 16
OUTCOMES = ("ok", "refused", "upstream_error", "interrupted")


class KeyCheckRow(Base):
    """A keyed check value proving which master key this database was written with."""

    __tablename__ = "key_checks"

    purpose: Mapped[str] = mapped_column(String(NAME_LENGTH), primary_key=True)
    #: HMAC of a fixed label under a key derived for this purpose; reveals nothing of the key.
    value: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class LogDataKeyRow(Base):
    """One retention window's data key, wrapped by the log key-encryption key.

    Deleting the row is crypto-shredding: every log entry of the window becomes unreadable.
    """

    __tablename__ = "log_data_keys"

    key_window: Mapped[str] = mapped_column(String(WINDOW_LENGTH), primary_key=True)
    #: The end of the window: the key is destroyed once the clock passes it.
    not_after: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    wrapped: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class PromptLogRow(Base):
    """One AI call: metadata always, redacted content encrypted when the feature keeps it."""

    __tablename__ = "prompt_logs"
    __table_args__ = (
        CheckConstraint(
            "outcome IN ('ok', 'refused', 'upstream_error', 'interrupted')", name="outcome"
        ),
    )

    #: The entry's own id (`log_…`): request ids may repeat, since callers can choose them.
    id: Mapped[str] = mapped_column(String(ENTRY_ID_LENGTH), primary_key=True)
    request_id: Mapped[str] = mapped_column(String(REQUEST_ID_LENGTH), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    #: Content rows expire with their feature's retention, metadata-only rows later.
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    principal: Mapped[str | None] = mapped_column(String(SUBJECT_LENGTH))
    #: The keyed pseudonym of the end user; the raw id is never stored here.
    user_pseudonym: Mapped[str | None] = mapped_column(String(64), index=True)
    feature: Mapped[str | None] = mapped_column(String(NAME_LENGTH), index=True)
    model: Mapped[str | None] = mapped_column(String(SUBJECT_LENGTH))
    provider: Mapped[str | None] = mapped_column(String(NAME_LENGTH))
    policy_version: Mapped[str | None] = mapped_column(String(32))
    dialect: Mapped[str] = mapped_column(String(16))
    stream: Mapped[bool] = mapped_column(Boolean)
    status: Mapped[int] = mapped_column(Integer, index=True)
    outcome: Mapped[str] = mapped_column(String(16))
    reason_code: Mapped[str | None] = mapped_column(String(NAME_LENGTH))
    input_tokens: Mapped[int | None] = mapped_column(Integer)
    output_tokens: Mapped[int | None] = mapped_column(Integer)
    usage_source: Mapped[str] = mapped_column(String(16))
    latency_ms: Mapped[float] = mapped_column(Float)
    upstream_ms: Mapped[float] = mapped_column(Float)
    #: Entity type → count redacted, type → action taken, blocked type → count (types only).
    redactions: Mapped[dict[str, int]] = mapped_column(JSON)
    redaction_actions: Mapped[dict[str, str]] = mapped_column(JSON)
    blocked: Mapped[dict[str, int]] = mapped_column(JSON)
    enforced: Mapped[list[str]] = mapped_column(JSON)
    dropped_fields: Mapped[list[str]] = mapped_column(JSON)
    #: The data-key window sealing `content`; None for metadata-only rows.
    key_window: Mapped[str | None] = mapped_column(String(WINDOW_LENGTH), index=True)
    content: Mapped[bytes | None] = mapped_column(LargeBinary)


class PromptLogTombstoneRow(Base):
    """That a log entry existed and was removed (expired or erased), so reads say 410 Gone."""

    __tablename__ = "prompt_log_tombstones"
    __table_args__ = (CheckConstraint("reason IN ('expired', 'erased')", name="reason"),)

    id: Mapped[str] = mapped_column(String(ENTRY_ID_LENGTH), primary_key=True)
    request_id: Mapped[str] = mapped_column(String(REQUEST_ID_LENGTH), index=True)
    reason: Mapped[str] = mapped_column(String(16))
    removed_at: Mapped[datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
