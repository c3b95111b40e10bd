"""The relational schema: one table per concept, shared by the Alembic migrations and the stores."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    DateTime,
    Dialect,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

#: Deterministic constraint names, so migrations can refer to (and later alter) them by name.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

NAME_LENGTH = 100
SUBJECT_LENGTH = 255


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware UTC timestamp on every backend.

    SQLite stores no offset, so values would come back naive there and aware on PostgreSQL;
    normalising in one type keeps comparisons and JSON output identical on both.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are ambiguous; pass a timezone-aware value")
        return value.astimezone(UTC)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        assert isinstance(value, datetime)
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class PrincipalRow(Base):
    """A calling service or person that holds API keys."""

    __tablename__ = "principals"
    __table_args__ = (CheckConstraint("kind IN ('service', 'person')", name="kind"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(NAME_LENGTH), unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class ApiKeyRow(Base):
    """One API key; only the SHA-256 of its secret part is stored."""

    __tablename__ = "api_keys"

    #: The public part of the key (`aip_<id>_<secret>`), safe to show in lists and logs.
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    secret_hash: Mapped[str] = mapped_column(String(64))
    principal_id: Mapped[int] = mapped_column(
        ForeignKey("principals.id", ondelete="CASCADE"), index=True
    )
    #: When set, the key may only be used for this feature.
    feature: Mapped[str | None] = mapped_column(String(NAME_LENGTH))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class RoleAssignmentRow(Base):
    """An admin's decision that an end user holds a role defined in the policy."""

    __tablename__ = "role_assignments"

    subject: Mapped[str] = mapped_column(String(SUBJECT_LENGTH), primary_key=True)
    role: Mapped[str] = mapped_column(String(NAME_LENGTH), primary_key=True)
    granted_by: Mapped[str] = mapped_column(String(SUBJECT_LENGTH))
    granted_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class UserRow(Base):
    """An end user's account state as admins set it (suspension, withdrawn consent)."""

    __tablename__ = "users"
    __table_args__ = (CheckConstraint("status IN ('active', 'suspended')", name="status"),)

    subject: Mapped[str] = mapped_column(String(SUBJECT_LENGTH), primary_key=True)
    status: Mapped[str] = mapped_column(String(16), default="active", server_default="active")
    consent_withdrawn: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)


class AuditEventRow(Base):
    """One entry of the hash-chained audit log; `seq` is its position in the one chain."""

    __tablename__ = "audit_events"

    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    actor: Mapped[str] = mapped_column(String(SUBJECT_LENGTH), index=True)
    action: Mapped[str] = mapped_column(String(NAME_LENGTH), index=True)
    subject: Mapped[str] = mapped_column(String(SUBJECT_LENGTH), index=True)
    #: Canonical JSON (sorted keys), stored as text so the hashed bytes survive a round trip.
    details: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AuditHeadRow(Base):
    """The chain's single head row: locking it serialises appends across replicas."""

    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    seq: Mapped[int] = mapped_column(BigInteger)
    hash: Mapped[str] = mapped_column(String(64))


class UsageCounterRow(Base):
    """A usage counter for one window (a day of tokens, a minute of requests) when no Redis."""

    __tablename__ = "usage_counters"

    key: Mapped[str] = mapped_column(String(400), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
