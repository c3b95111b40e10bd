"""Admin API for users over HTTP on the real server; effects checked through the OpenAI SDK."""

from __future__ import annotations

import openai
import pytest

from tests.api.admin_support import ADMIN, AdminProxy, admin_proxy, fresh_user

__all__ = ["admin_proxy"]


def _error(response: object) -> dict[str, object]:
    body = response.json()  # type: ignore[attr-defined]
    error: dict[str, object] = body["error"]
    return error


def _audit_count(admin: AdminProxy) -> int:
    return len(admin.http.get("/audit", params={"limit": 200}).json()["data"])


def test_admin_api_refuses_when_key_holds_no_admin_role(admin_proxy: AdminProxy) -> None:
    response = admin_proxy.http.get(
        "/users", headers={"Authorization": f"Bearer {admin_proxy.proxy.key}"}
    )
    assert response.status_code == 403
    assert _error(response)["code"] == "admin_required"


def test_admin_api_refuses_when_key_is_unknown(admin_proxy: AdminProxy) -> None:
    response = admin_proxy.http.get("/users", headers={"Authorization": "Bearer aip_nope"})
    assert response.status_code == 401
    assert _error(response)["code"] == "unauthenticated"


def test_granted_role_allows_next_request_and_revoked_role_refuses_it(
    admin_proxy: AdminProxy,
) -> None:
    user = fresh_user()
    with pytest.raises(openai.PermissionDeniedError):
        admin_proxy.ask(user)
    granted = admin_proxy.http.post(f"/users/{user}/roles", json={"role": "agent"})
    assert granted.status_code == 201, granted.text
    assert granted.json()["granted_by"] == ADMIN
    assert admin_proxy.ask(user) == "Echo: hi"
    revoked = admin_proxy.http.delete(f"/users/{user}/roles/agent")
    assert revoked.status_code == 200, revoked.text
    with pytest.raises(openai.PermissionDeniedError) as refused:
        admin_proxy.ask(user)
    assert refused.value.code == "user_not_allowed"


def test_grant_is_refused_when_role_is_not_in_policy(admin_proxy: AdminProxy) -> None:
    user = fresh_user()
    response = admin_proxy.http.post(f"/users/{user}/roles", json={"role": "root"})
    assert response.status_code == 400
    assert "not defined in the policy" in str(_error(response)["message"])
    assert admin_proxy.http.get(f"/users/{user}").status_code == 404


def test_double_grant_and_double_revoke_conflict_without_half_applying(
    admin_proxy: AdminProxy,
) -> None:
    user = fresh_user()
    assert admin_proxy.http.post(f"/users/{user}/roles", json={"role": "agent"}).status_code == 201
    before = _audit_count(admin_proxy)
    again = admin_proxy.http.post(f"/users/{user}/roles", json={"role": "agent"})
    assert again.status_code == 409 and "already has role" in str(_error(again)["message"])
    assert admin_proxy.http.delete(f"/users/{user}/roles/agent").status_code == 200
    twice = admin_proxy.http.delete(f"/users/{user}/roles/agent")
    assert twice.status_code == 409 and "does not have role" in str(_error(twice)["message"])
    assert _audit_count(admin_proxy) == before + 1  # only the revoke that happened


def test_revoking_the_last_admin_is_refused_with_a_reason(admin_proxy: AdminProxy) -> None:
    refused = admin_proxy.http.delete(f"/users/{ADMIN}/roles/admin")
    assert refused.status_code == 409
    assert "last user holding an admin role" in str(_error(refused)["message"])
    assert admin_proxy.http.get(f"/users/{ADMIN}").json()["roles"] == ["admin"]
    other = fresh_user("admin")
    assert (
        admin_proxy.http.post(f"/users/{other}/roles", json={"role": "ops-admin"}).status_code
        == 201
    )
    assert admin_proxy.http.delete(f"/users/{other}/roles/ops-admin").status_code == 200


def test_suspended_user_is_refused_at_once_and_reinstated_user_is_served(
    admin_proxy: AdminProxy,
) -> None:
    user = fresh_user()
    admin_proxy.http.post(f"/users/{user}/roles", json={"role": "agent"})
    suspended = admin_proxy.http.post(f"/users/{user}/suspend")
    assert suspended.json() == {"user": user, "status": "suspended", "consent": "given"}
    with pytest.raises(openai.PermissionDeniedError) as refused:
        admin_proxy.ask(user)
    assert refused.value.code == "user_suspended"
    assert admin_proxy.http.post(f"/users/{user}/suspend").status_code == 409
    assert admin_proxy.http.post(f"/users/{user}/reinstate").status_code == 200
    assert admin_proxy.ask(user) == "Echo: hi"


def test_withdrawn_consent_refuses_only_features_that_require_it(admin_proxy: AdminProxy) -> None:
    user = fresh_user()
    admin_proxy.http.post(f"/users/{user}/roles", json={"role": "agent"})
    assert admin_proxy.http.post(f"/users/{user}/consent/withdraw").status_code == 200
    with pytest.raises(openai.PermissionDeniedError) as refused:
        admin_proxy.ask(user, "consented")
    assert refused.value.code == "consent_withdrawn"
    assert admin_proxy.ask(user, "support") == "Echo: hi"
    assert admin_proxy.http.post(f"/users/{user}/consent/restore").status_code == 200
    assert admin_proxy.ask(user, "consented") == "Echo: hi"


@pytest.mark.parametrize("action", ["suspend", "reinstate", "consent/withdraw", "consent/restore"])
def test_state_changes_are_refused_when_user_is_unknown(
    admin_proxy: AdminProxy, action: str
) -> None:
    response = admin_proxy.http.post(f"/users/{fresh_user('ghost')}/{action}")
    assert response.status_code == 404
    assert _error(response)["code"] == "not_found"


def test_users_are_listed_with_roles_status_and_consent_in_pages(admin_proxy: AdminProxy) -> None:
    names = sorted(fresh_user("page") for _ in range(3))
    for name in names:
        admin_proxy.http.post(f"/users/{name}/roles", json={"role": "agent"})
    admin_proxy.http.post(f"/users/{names[1]}/suspend")
    first = admin_proxy.http.get("/users", params={"limit": 2, "after": "page"}).json()
    assert [u["user"] for u in first["data"]] == names[:2]
    assert first["data"][1] == {
        "user": names[1],
        "roles": ["agent"],
        "status": "suspended",
        "consent": "given",
    }
    rest = admin_proxy.http.get("/users", params={"limit": 2, "after": first["next_after"]})
    assert rest.json()["data"][0]["user"] == names[2]


@pytest.mark.parametrize("limit", ["0", "201", "-1", "ten"])
def test_listing_is_refused_when_page_size_is_out_of_range(
    admin_proxy: AdminProxy, limit: str
) -> None:
    response = admin_proxy.http.get("/users", params={"limit": limit})
    assert response.status_code == 400
    assert _error(response)["param"] == "limit"


@pytest.mark.parametrize(
    ("body", "code"),
    [
        (b"{not json", "malformed_body"),
        (b"[]", "malformed_body"),
        (b'{"role": "agent", "extra": 1}', "invalid_request"),
        (b'{"role": 7}', "invalid_request"),
        (b"{}", "invalid_request"),
    ],
)
def test_grant_is_refused_when_body_is_malformed(
    admin_proxy: AdminProxy, body: bytes, code: str
) -> None:
    user = fresh_user()
    before = _audit_count(admin_proxy)
    response = admin_proxy.http.post(
        f"/users/{user}/roles", content=body, headers={"content-type": "application/json"}
    )
    assert response.status_code == 400
    assert _error(response)["code"] == code
    assert admin_proxy.http.get(f"/users/{user}").status_code == 404
    assert _audit_count(admin_proxy) == before
