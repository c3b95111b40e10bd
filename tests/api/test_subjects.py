"""Data subject requests over HTTP: export everything about one user, erase their logs."""

from __future__ import annotations

import json

import httpx

from tests.api.logs_support import ADMIN, REASON, REVIEWER, VALUES, LogsProxy, logs, logs_proxy

__all__ = ["logs", "logs_proxy"]


def test_export_holds_log_metadata_content_roles_and_account_state(logs: LogsProxy) -> None:
    user = logs.new_user()
    first, second = logs.chat(user), logs.chat(user, feature="counting")
    logs.chat(logs.new_user())  # another user's call is not exported

    response = logs.get(f"/admin/v1/users/{user}/export", who=ADMIN, ticket="DSR-7")
    assert response.status_code == 200
    export = response.json()
    assert export["user"] == user
    assert export["pseudonym"] == logs.services.keyring.user_pseudonym(user)
    assert [r["role"] for r in export["account"]["roles"]] == ["agent"]
    assert export["account"]["status"] == "active" and export["account"]["consent"] == "given"
    by_id = {e["request_id"]: e for e in export["prompt_logs"]}
    assert set(by_id) == {first, second}
    assert by_id[first]["content_status"] == "included"
    assert "<EMAIL_ADDRESS_1>" in json.dumps(by_id[first]["content"]["request"])
    assert by_id[second]["content_status"] == "not_logged"
    for value in VALUES.values():
        assert value not in response.text

    [entry] = [e for e in logs.audit("user.export", ADMIN) if e.subject == user]
    assert entry.details["prompt_logs"] == 2 and entry.details["ticket"] == "DSR-7"


def test_export_lists_role_history_and_consent_from_the_audit_log(logs: LogsProxy) -> None:
    user = logs.new_user(role=None)
    admin = {"authorization": f"Bearer {logs.keys[ADMIN]}"}
    url = f"{logs.proxy.url}/admin/v1/users/{user}"
    assert httpx.post(f"{url}/roles", headers=admin, json={"role": "agent"}).status_code == 201
    assert httpx.delete(f"{url}/roles/agent", headers=admin).status_code == 200
    assert httpx.post(f"{url}/consent/withdraw", headers=admin).status_code == 200
    export = logs.get(f"/admin/v1/users/{user}/export", who=ADMIN).json()
    assert export["account"]["consent"] == "withdrawn" and export["account"]["roles"] == []
    actions = [h["action"] for h in export["history"]]
    assert actions[:2] == ["role.grant", "role.revoke"] and len(actions) == 3


def test_export_and_erasure_are_admin_only_and_need_a_justification(logs: LogsProxy) -> None:
    user = logs.new_user()
    assert logs.get(f"/admin/v1/users/{user}/export", who=REVIEWER).status_code == 403
    assert logs.delete(f"/admin/v1/users/{user}/data", who=REVIEWER).status_code == 403
    missing = logs.get(f"/admin/v1/users/{user}/export", who=ADMIN, reason=None)
    assert missing.status_code == 400
    assert missing.json()["error"]["code"] == "justification_required"
    refused = [e.details["code"] for e in logs.audit("user.export.refused") if e.subject == user]
    assert refused == ["admin_required", "justification_required"]
    assert [e.actor for e in logs.audit("user.erase.refused")][-1] == REVIEWER


def test_erasure_removes_content_and_metadata_and_audits_only_that_it_happened(
    logs: LogsProxy,
) -> None:
    user = logs.new_user()
    request_id = logs.chat(user)
    kept = logs.chat(logs.new_user())

    response = logs.delete(f"/admin/v1/users/{user}/data")
    assert response.status_code == 200
    assert response.json()["erased"] == {"prompt_logs": 1}

    assert logs.get("/admin/v1/logs", user=user).json()["data"] == []
    gone = logs.get(f"/admin/v1/logs/{request_id}")
    assert gone.status_code == 410 and "erased" in gone.json()["error"]["message"]
    assert logs.get(f"/admin/v1/logs/{kept}").status_code == 200
    assert logs.get(f"/admin/v1/users/{user}/export", who=ADMIN).json()["prompt_logs"] == []

    pseudonym = logs.services.keyring.user_pseudonym(user)
    [entry] = [e for e in logs.audit("user.erase", ADMIN) if e.subject == pseudonym]
    assert entry.details["prompt_logs"] == 1 and entry.details["justification"] == REASON
    assert user not in json.dumps(entry.as_json())
