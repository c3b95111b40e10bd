"""Incident review over HTTP: search and read prompt logs, with the audit entries it leaves."""

from __future__ import annotations

import json

import openai
import pytest

from tests.api.logs_support import (
    ADMIN,
    BOTH,
    PROMPT,
    REASON,
    REVIEWER,
    VALUES,
    LogsProxy,
    logs,
    logs_proxy,
)
from tests.fake_upstream import Behaviour, FakeUpstream

__all__ = ["logs", "logs_proxy"]


def test_reviewer_reads_redacted_content_with_justification_before_expiry(
    logs: LogsProxy,
) -> None:
    user = logs.new_user()
    request_id = logs.chat(user)

    found = logs.get("/admin/v1/logs", user=user, ticket="INC-42")
    assert found.status_code == 200
    [entry] = found.json()["data"]
    assert entry["request_id"] == request_id and entry["outcome"] == "ok"
    assert entry["user"] == logs.services.keyring.user_pseudonym(user)
    assert entry["redactions"]["EMAIL_ADDRESS"] == 1 and entry["has_content"] is True
    assert "content" not in entry

    logs.clock.advance(hours=1, minutes=50)
    read = logs.get(f"/admin/v1/logs/{request_id}", ticket="INC-42")
    assert read.status_code == 200
    content = read.json()["content"]
    sent = json.dumps(content["request"])
    assert "<EMAIL_ADDRESS_1>" in sent and "<PERSON_1>" in content["response"]
    for value in VALUES.values():
        assert value not in json.dumps(content)

    [search] = [e for e in logs.audit("log.search", REVIEWER) if e.details["filters"].get("user")]
    assert search.details["filters"]["user"] == entry["user"]  # the pseudonym, not the raw id
    assert search.details["justification"] == REASON and search.details["ticket"] == "INC-42"
    [read_entry] = [e for e in logs.audit("log.read", REVIEWER) if e.subject == request_id]
    assert read_entry.details["justification"] == REASON and read_entry.details["content"]


def test_admin_without_reviewer_role_cannot_search_or_read_and_is_audited(
    logs: LogsProxy,
) -> None:
    request_id = logs.chat(logs.new_user())
    for path in ("/admin/v1/logs", f"/admin/v1/logs/{request_id}"):
        response = logs.get(path, who=ADMIN)
        assert response.status_code == 403
        assert response.json()["error"]["code"] == "reviewer_required"
    [refusal] = [e for e in logs.audit("log.read.refused", ADMIN) if e.subject == request_id]
    assert refusal.details["code"] == "reviewer_required"
    assert refusal.details["justification"] == REASON
    assert logs.audit("log.search.refused", ADMIN)
    assert logs.get(f"/admin/v1/logs/{request_id}", who=BOTH).status_code == 200


@pytest.mark.parametrize("reason", [None, "", "because", "x" * 1001])
def test_read_is_refused_and_audited_when_justification_is_missing_or_short(
    logs: LogsProxy, reason: str | None
) -> None:
    request_id = logs.chat(logs.new_user())
    response = logs.get(f"/admin/v1/logs/{request_id}", reason=reason)
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "justification_required"
    refusals = [e for e in logs.audit("log.read.refused", REVIEWER) if e.subject == request_id]
    assert [e.details["code"] for e in refusals] == ["justification_required"]


def test_justification_may_be_given_as_a_query_parameter(logs: LogsProxy) -> None:
    request_id = logs.chat(logs.new_user())
    response = logs.get(f"/admin/v1/logs/{request_id}", reason=None, justification=REASON)
    assert response.status_code == 200


def test_read_is_gone_and_audited_when_the_entry_expired(logs: LogsProxy) -> None:
    request_id = logs.chat(logs.new_user())
    logs.clock.advance(hours=2, seconds=1)
    assert logs.get(f"/admin/v1/logs/{request_id}").status_code == 410  # before the purge
    logs.clock.advance(hours=1)
    result = logs.purge()
    assert result.keys_destroyed >= 1 and result.rows_deleted >= 1
    response = logs.get(f"/admin/v1/logs/{request_id}")
    assert response.status_code == 410
    assert "expired" in response.json()["error"]["message"]
    codes = [e.details["code"] for e in logs.audit("log.read.refused") if e.subject == request_id]
    assert codes == ["gone", "gone"]


def test_unknown_request_id_is_not_found(logs: LogsProxy) -> None:
    response = logs.get("/admin/v1/logs/req_doesnotexist")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


@pytest.mark.parametrize(
    ("params", "param"),
    [
        ({"status": "abc"}, "status"),
        ({"status": "99"}, "status"),
        ({"since": "yesterday"}, "since"),
        ({"since": "2025-01-02T00:00:00Z", "until": "2025-01-01T00:00:00Z"}, "since"),
        ({"outcome": "great"}, "outcome"),
        ({"limit": "0"}, "limit"),
        ({"limit": "201"}, "limit"),
        ({"cursor": "not-a-cursor"}, "cursor"),
        ({"usr": "alice"}, "usr"),
    ],
)
def test_malformed_filters_are_refused_with_the_parameter_named(
    logs: LogsProxy, params: dict[str, str], param: str
) -> None:
    response = logs.get("/admin/v1/logs", **params)
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "invalid_request" and error["param"] == param


def test_search_filters_and_pages_newest_first(logs: LogsProxy) -> None:
    user = logs.new_user()
    ids = []
    for _ in range(3):
        ids.append(logs.chat(user))
        logs.clock.advance(seconds=1)
    logs.chat(logs.new_user())  # someone else's call is not found
    first = logs.get("/admin/v1/logs", user=user, limit=2).json()
    assert [e["request_id"] for e in first["data"]] == ids[:0:-1]
    second = logs.get("/admin/v1/logs", user=user, limit=2, cursor=first["next_cursor"]).json()
    assert [e["request_id"] for e in second["data"]] == ids[:1]
    assert second["next_cursor"] is None
    since = logs.clock.now.isoformat()
    assert logs.get("/admin/v1/logs", user=user, since=since).json()["data"] == []
    status = logs.get("/admin/v1/logs", user=user, status=200, feature="support").json()
    assert len(status["data"]) == 3
    assert logs.get("/admin/v1/logs", user=user, status=502).json()["data"] == []


def test_metadata_only_feature_logs_no_content(logs: LogsProxy) -> None:
    user = logs.new_user()
    request_id = logs.chat(user, feature="counting")
    body = logs.get(f"/admin/v1/logs/{request_id}").json()
    assert body["has_content"] is False and body["content"] is None
    assert body["redactions"] == {"EMAIL_ADDRESS": 1}
    logs.clock.advance(days=29)
    assert logs.get(f"/admin/v1/logs/{request_id}").status_code == 200  # metadata_retention
    logs.clock.advance(days=1, seconds=1)
    assert logs.get(f"/admin/v1/logs/{request_id}").status_code == 410


def test_streamed_exchange_is_logged_once_complete(logs: LogsProxy) -> None:
    user = logs.new_user()
    stream = logs.ai(user).chat.completions.create(
        model="gpt-test", messages=[{"role": "user", "content": PROMPT}], stream=True
    )
    assert "".join(c.choices[0].delta.content or "" for c in stream if c.choices)
    logs.settle()
    [entry] = logs.get("/admin/v1/logs", user=user).json()["data"]
    assert entry["stream"] is True and entry["outcome"] == "ok"
    content = logs.get(f"/admin/v1/logs/{entry['request_id']}").json()["content"]
    assert content["response"].startswith("data: ") and "[DONE]" in content["response"]
    assert VALUES["name"] not in content["response"]


def test_interrupted_stream_is_logged_as_interrupted_with_what_arrived(
    logs: LogsProxy, upstream: FakeUpstream
) -> None:
    user = logs.new_user()
    upstream.then(Behaviour(cut_after=3))
    stream = logs.ai(user).chat.completions.create(
        model="gpt-test", messages=[{"role": "user", "content": PROMPT}], stream=True
    )
    try:
        for _ in stream:
            pass
    except Exception:  # noqa: S110 (the SDK reports the cut stream; the log is what we check)
        pass
    logs.settle()
    [entry] = logs.get("/admin/v1/logs", user=user).json()["data"]
    assert entry["outcome"] == "interrupted"
    content = logs.get(f"/admin/v1/logs/{entry['request_id']}").json()["content"]
    assert content["response"].count("data: ") == 3


def test_refused_call_is_logged_with_metadata_only(logs: LogsProxy) -> None:
    user = logs.new_user(role=None)  # holds no role: refused at step 3
    with pytest.raises(openai.PermissionDeniedError):
        logs.ai(user).chat.completions.create(
            model="gpt-test", messages=[{"role": "user", "content": PROMPT}]
        )
    logs.settle()
    [entry] = logs.get("/admin/v1/logs", user=user, outcome="refused").json()["data"]
    assert entry["status"] == 403 and entry["has_content"] is False


def test_reused_request_id_is_logged_twice_and_read_by_entry_id(logs: LogsProxy) -> None:
    user = logs.new_user()
    chosen = f"trace-{user}"
    client = logs.ai(user).with_options(default_headers={"X-AIProxy-Request-Id": chosen})
    for _ in range(2):
        client.chat.completions.create(
            model="gpt-test", messages=[{"role": "user", "content": PROMPT}]
        )
    logs.settle()
    entries = logs.get("/admin/v1/logs", request_id=chosen).json()["data"]
    assert len(entries) == 2 and entries[0]["id"] != entries[1]["id"]
    ambiguous = logs.get(f"/admin/v1/logs/{chosen}")
    assert ambiguous.status_code == 409 and entries[0]["id"] in ambiguous.json()["error"]["message"]
    one = logs.get(f"/admin/v1/logs/{entries[0]['id']}")
    assert one.status_code == 200 and one.json()["request_id"] == chosen
