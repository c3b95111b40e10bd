"""JSON lines for the standard `logging` module, and the configuration that routes aiproxy's
and uvicorn's loggers through it.

Structured fields travel in `extra={"fields": {...}}`. Exceptions are written as their type and
frames only: an exception's message may quote a request (a KeyError on a value, a JSON error
showing the text), and logs must never hold content.
"""

from __future__ import annotations

import json
import logging
import traceback
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

FIELDS = "fields"
#: Libraries that log SQL parameters or wire data at DEBUG (a user id in a WHERE clause, a
#: request body): held at WARNING whatever the level, so turning on DEBUG never leaks content.
QUIET_LOGGERS = (
    "aiosqlite",
    "asyncpg",
    "sqlalchemy",
    "httpcore",
    "hpack",
    "redis",
    "presidio-analyzer",
    "presidio-anonymizer",
)


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message, then the record's fields."""

    def format(self, record: logging.LogRecord) -> str:
        out: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        fields = getattr(record, FIELDS, None)
        if isinstance(fields, Mapping):
            out.update({k: v for k, v in fields.items() if k not in out})
        if record.exc_info and record.exc_info[1] is not None:
            exc = record.exc_info[1]
            out["exception"] = type(exc).__name__
            out["frames"] = [
                f"{f.filename}:{f.lineno}" for f in traceback.extract_tb(exc.__traceback__)
            ]
        return json.dumps(out, default=str, separators=(",", ":"))


def logging_config(level: str = "INFO") -> dict[str, Any]:
    """A `logging.config.dictConfig` mapping (uvicorn's `log_config` takes it as is): every
    logger, uvicorn's included, writes JSON lines to stderr through the root handler."""
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"json": {"()": f"{__name__}.JsonFormatter"}},
        "handlers": {
            "stderr": {
                "class": "logging.StreamHandler",
                "formatter": "json",
                "stream": "ext://sys.stderr",
            }
        },
        "root": {"handlers": ["stderr"], "level": level},
        "loggers": {
            **{
                name: {"handlers": [], "level": level, "propagate": True}
                for name in ("uvicorn", "uvicorn.error", "uvicorn.access")
            },
            **{name: {"level": "WARNING"} for name in QUIET_LOGGERS},
        },
    }
