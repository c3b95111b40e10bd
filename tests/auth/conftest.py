"""The stores under test run on every database backend the store tests use."""

from tests.store.conftest import backend, db, shared_postgres

__all__ = ["backend", "db", "shared_postgres"]
