"""GET /admin/v1/audit: admin actions and refused AI requests, filtered; never any content."""

from __future__ import annotations

import openai
import pytest

from tests.api.admin_support import ADMIN, AdminProxy, admin_proxy, fresh_user

__all__ = ["admin_proxy"]


def test_admin_actions_are_audited_and_filterable(admin_proxy: AdminProxy) -> None:
    user = fresh_user()
    admin_proxy.http.post(f"/users/{user}/roles", json={"role": "agent"})
    admin_proxy.http.post(f"/users/{user}/suspend")
    entries = admin_proxy.http.get("/audit", params={"subject": user}).json()["data"]
    assert [(e["actor"], e["action"]) for e in entries] == [
        (ADMIN, "role.grant"),
        (ADMIN, "user.suspend"),
    ]
    assert entries[0]["details"] == {"role": "agent"}
    assert entries[0]["id"] < entries[1]["id"]
    only = admin_proxy.http.get("/audit", params={"subject": user, "action": "user.suspend"})
    assert [e["action"] for e in only.json()["data"]] == ["user.suspend"]
    since = entries[1]["at"]
    later = admin_proxy.http.get("/audit", params={"subject": user, "since": since}).json()
    assert [e["id"] for e in later["data"]] == [entries[1]["id"]]
    page = admin_proxy.http.get("/audit", params={"subject": user, "limit": 1}).json()
    assert page["next_after"] == entries[0]["id"]


def test_refused_ai_request_is_audited_with_reason_but_no_content(admin_proxy: AdminProxy) -> None:
    user = fresh_user()
    secret = "my card is 4111 1111 1111 1111"
    with pytest.raises(openai.PermissionDeniedError):
        admin_proxy.ask(user, text=secret)
    admin_proxy.settle()
    response = admin_proxy.http.get("/audit", params={"subject": user})
    entries = response.json()["data"]
    assert len(entries) == 1
    entry = entries[0]
    assert entry["action"] == "request.refused"
    assert entry["actor"] == "support-service"
    assert entry["details"]["feature"] == "support"
    assert entry["details"]["reason"] == "user_not_allowed"
    assert "4111" not in response.text


@pytest.mark.parametrize(
    "params",
    [{"since": "yesterday"}, {"after": "-1"}, {"limit": "1000"}, {"actor": ""}],
)
def test_audit_listing_is_refused_when_a_filter_is_malformed(
    admin_proxy: AdminProxy, params: dict[str, str]
) -> None:
    response = admin_proxy.http.get("/audit", params=params)
    assert response.status_code == 400
    assert response.json()["error"]["param"] == next(iter(params))
