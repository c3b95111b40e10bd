"""The database fixtures of the store tests (SQLite, and PostgreSQL when configured)."""

from tests.store.conftest import backend, database_url, db, shared_postgres

__all__ = ["backend", "database_url", "db", "shared_postgres"]
