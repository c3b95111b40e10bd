"""The stores under test run on every database backend the store tests use."""

from tests.store.conftest import database_url, db

__all__ = ["database_url", "db"]
