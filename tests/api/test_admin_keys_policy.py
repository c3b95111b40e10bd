"""Admin API for API keys and the policy: secrets shown once, rotation, revocation, reloads."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import openai
import pytest

from aiproxy.privacy.engine import DetectionService
from tests.api.admin_support import (
    ADMIN,
    AdminProxy,
    admin_proxy,
    close_admin_proxy,
    fresh_user,
    open_admin_proxy,
)
from tests.fake_upstream import FakeUpstream
from tests.harness import ServerLoop

__all__ = ["admin_proxy"]


def _chat(admin: AdminProxy, key: str) -> str | None:
    with openai.OpenAI(
        api_key=key,
        base_url=admin.proxy.url + "/v1",
        max_retries=0,
        default_headers={"X-AIProxy-User": "alice", "X-AIProxy-Feature": "support"},
    ) as client:
        reply = client.chat.completions.create(
            model="gpt-test", messages=[{"role": "user", "content": "hi"}]
        )
    return reply.choices[0].message.content


def test_created_key_is_shown_once_and_works_and_list_never_shows_secrets(
    admin_proxy: AdminProxy,
) -> None:
    principal = fresh_user("svc")
    created = admin_proxy.http.post("/keys", json={"principal": principal, "feature": "support"})
    assert created.status_code == 201, created.text
    body = created.json()
    assert body["key"].startswith(f"aip_{body['id']}_")
    assert _chat(admin_proxy, body["key"]) == "Echo: hi"
    listed = admin_proxy.http.get("/keys").text
    assert body["id"] in listed and body["key"] not in listed
    assert "key" not in admin_proxy.http.get("/keys").json()["data"][0]


def test_rotated_key_replaces_the_old_one_and_revoked_key_is_refused(
    admin_proxy: AdminProxy,
) -> None:
    old = admin_proxy.http.post("/keys", json={"principal": fresh_user("svc")}).json()
    rotated = admin_proxy.http.post(f"/keys/{old['id']}/rotate")
    assert rotated.status_code == 201 and rotated.json()["replaces"] == old["id"]
    with pytest.raises(openai.AuthenticationError):
        _chat(admin_proxy, old["key"])
    new = rotated.json()
    assert _chat(admin_proxy, new["key"]) == "Echo: hi"
    revoked = admin_proxy.http.post(f"/keys/{new['id']}/revoke")
    assert revoked.status_code == 200 and revoked.json()["active"] is False
    with pytest.raises(openai.AuthenticationError):
        _chat(admin_proxy, new["key"])
    assert admin_proxy.http.post(f"/keys/{new['id']}/revoke").status_code == 409
    actions = [
        e["action"]
        for e in admin_proxy.http.get("/audit", params={"actor": ADMIN, "limit": 200}).json()[
            "data"
        ]
        if e["subject"] in (old["id"], new["id"])
    ]
    assert actions == ["key.create", "key.rotate", "key.revoke"]


@pytest.mark.parametrize(
    ("path", "body", "status"),
    [
        ("/keys/ffffffffffffffff/revoke", None, 404),
        ("/keys/ffffffffffffffff/rotate", None, 404),
        ("/keys", {"principal": "svc", "feature": "no-such-feature"}, 400),
        ("/keys", {"principal": "svc", "kind": "robot"}, 400),
        ("/keys", {"principal": "bad name!"}, 400),
        ("/keys", {}, 400),
    ],
)
def test_key_changes_are_refused_when_input_is_bad(
    admin_proxy: AdminProxy, path: str, body: dict[str, str] | None, status: int
) -> None:
    response = admin_proxy.http.post(path, json=body)
    assert response.status_code == status
    assert response.json()["error"]["message"]


def test_policy_is_shown_with_the_version_in_force(admin_proxy: AdminProxy) -> None:
    shown = admin_proxy.http.get("/policy").json()
    ready = httpx.get(admin_proxy.proxy.url + "/readyz").json()
    assert shown["version"] == ready["policy_version"]
    assert shown["policy"]["roles"]["limited"]["requests_per_minute"] == 3


@pytest.fixture
def own_proxy(
    server_loop: ServerLoop,
    analyzer: DetectionService,
    upstream: FakeUpstream,
    tmp_path: Path,
) -> Iterator[AdminProxy]:
    admin = open_admin_proxy(server_loop, analyzer, upstream, tmp_path)
    yield admin
    close_admin_proxy(admin)


def test_broken_policy_reload_is_refused_with_its_problems_and_old_policy_stays(
    own_proxy: AdminProxy,
) -> None:
    path = Path(own_proxy.proxy.settings.policy or "")
    before = own_proxy.http.get("/policy").json()["version"]
    good = path.read_text()
    path.write_text(good.replace("daily_tokens: 12", "daily_tokens: -1"))
    refused = own_proxy.http.post("/policy/reload")
    assert refused.status_code == 400
    error = refused.json()["error"]
    assert error["code"] == "policy_invalid"
    assert any(p.startswith("features.capped.daily_tokens") for p in error["problems"])
    assert own_proxy.http.get("/policy").json()["version"] == before
    assert own_proxy.ask("alice") == "Echo: hi"
    path.write_text(good.replace("requests_per_minute: 3", "requests_per_minute: 4"))
    reloaded = own_proxy.http.post("/policy/reload")
    assert reloaded.status_code == 200, reloaded.text
    assert reloaded.json()["previous_version"] == before
    shown = own_proxy.http.get("/policy").json()
    assert shown["policy"]["roles"]["limited"]["requests_per_minute"] == 4
    assert own_proxy.ask("alice") == "Echo: hi"  # through the newly built adapters
    actions = [e["action"] for e in own_proxy.http.get("/audit").json()["data"]]
    assert actions[-2:] == ["policy.reload_refused", "policy.reload"]


def test_reload_is_refused_when_new_policy_would_leave_no_admin(own_proxy: AdminProxy) -> None:
    path = Path(own_proxy.proxy.settings.policy or "")
    path.write_text(path.read_text().replace("  admin: {admin: true}\n", "  admin: {}\n"))
    refused = own_proxy.http.post("/policy/reload")
    assert refused.status_code == 400
    assert "no role with admin: true" in refused.json()["error"]["message"]
    assert own_proxy.http.get("/users").status_code == 200
