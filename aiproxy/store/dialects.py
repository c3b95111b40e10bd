"""Dialect-specific SQL the portable core lacks: INSERT … ON CONFLICT DO NOTHING, and
overwriting deleted rows on SQLite."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession


def insert_for(session: AsyncSession) -> type[postgresql.Insert] | type[sqlite.Insert]:
    """The INSERT construct of the session's dialect, which offers `on_conflict_do_nothing`
    (replicas race to create the same row; the loser must not fail)."""
    return postgresql.Insert if session.get_bind().dialect.name == "postgresql" else sqlite.Insert


async def scrub_deletions(session: AsyncSession) -> None:
    """Make SQLite overwrite what this connection deletes (secure_delete), so erased rows and
    destroyed keys do not linger in free pages of the live file. PostgreSQL reclaims dead rows
    by VACUUM instead."""
    if session.get_bind().dialect.name == "sqlite":
        await session.execute(text("PRAGMA secure_delete = ON"))
