"""The JSON log format: one object per line, fields merged, exceptions without their messages."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from datetime import UTC, datetime

from aiproxy.hooks import ExchangeRecord
from aiproxy.observability.labels import PolicyNames
from aiproxy.observability.logging import JsonFormatter
from aiproxy.observability.request_log import request_fields
from aiproxy.policy.loader import parse_policy
from tests.test_cli import POLICY


def record(message: str, **extra: object) -> logging.LogRecord:
    made = logging.LogRecord("aiproxy.test", logging.INFO, __file__, 1, message, (), None)
    made.__dict__.update(extra)
    return made


def test_fields_are_merged_into_one_json_line() -> None:
    line = JsonFormatter().format(record("request", fields={"request_id": "req_1", "status": 200}))
    assert "\n" not in line
    data = json.loads(line)
    assert data["message"] == "request" and data["logger"] == "aiproxy.test"
    assert data["request_id"] == "req_1" and data["status"] == 200


def test_an_exception_is_logged_by_type_and_frames_never_by_message() -> None:
    try:
        {"alice@example.com": 1}["bob@example.com"]
    except KeyError:
        made = record("failed")
        made.exc_info = sys.exc_info()
    data = json.loads(JsonFormatter().format(made))
    assert data["exception"] == "KeyError"
    assert data["frames"] and "example.com" not in json.dumps(data)


def test_unknown_models_and_dropped_field_names_are_not_logged() -> None:
    names = PolicyNames.of(parse_policy(POLICY, "inline").policy)
    exchange = ExchangeRecord("req_2", datetime(2025, 1, 1, tzinfo=UTC), "chat")
    exchange.feature, exchange.model = "support-summary", "gpt-for-Jane-Doe"
    exchange.dropped_fields = ("jane@doe.example",)
    exchange.user, exchange.user_pseudonym = "jane", "u_0123"
    fields = request_fields(exchange, names)
    assert fields["model"] == "unknown" and fields["dropped_fields"] == 1
    assert fields["user"] == "u_0123" and "jane" not in json.dumps(fields)


def test_served_process_writes_json_lines_and_keeps_sql_parameters_out_even_at_debug() -> None:
    script = (
        "import logging, logging.config\n"
        "from aiproxy.observability.logging import logging_config\n"
        "logging.config.dictConfig(logging_config('DEBUG'))\n"
        "logging.getLogger('uvicorn.error').info('Started server process')\n"
        "logging.getLogger('aiproxy.requests').info('request', extra={'fields': {'status': 200}})\n"
        "logging.getLogger('aiosqlite').debug('executing SELECT ... alice')\n"
    )
    result = subprocess.run(  # noqa: S603 (our own interpreter)
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=True,
        env=dict(os.environ),
    )
    lines = [json.loads(line) for line in result.stderr.splitlines()]
    assert [(line["logger"], line["message"]) for line in lines] == [
        ("uvicorn.error", "Started server process"),
        ("aiproxy.requests", "request"),
    ]
    assert lines[1]["status"] == 200
