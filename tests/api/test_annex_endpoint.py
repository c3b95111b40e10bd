"""GET /admin/v1/annex and /admin/v1/subprocessors: the loaded policy's documents, admins only."""

from __future__ import annotations

import httpx
import pytest

from aiproxy.docs.annex import render_annex
from aiproxy.docs.subprocessors import render_markdown
from tests.conftest import Proxy


@pytest.fixture(scope="module")
def admin_key(proxy: Proxy) -> str:
    key = proxy.create_key("annex-admin")
    proxy.grant("annex-admin", "admin")
    return key


def get(proxy: Proxy, path: str, key: str | None) -> httpx.Response:
    headers = {"authorization": f"Bearer {key}"} if key else {}
    return httpx.get(proxy.url + path, headers=headers)


def test_admin_gets_the_annex_of_the_loaded_policy_as_markdown(
    proxy: Proxy, admin_key: str
) -> None:
    loaded = proxy.pipeline.services.runtime.loaded
    response = get(proxy, "/admin/v1/annex", admin_key)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/markdown")
    assert response.text == render_annex(loaded.policy, loaded.version)


def test_annex_as_json_carries_the_subprocessor_list(proxy: Proxy, admin_key: str) -> None:
    body = get(proxy, "/admin/v1/annex?format=json", admin_key).json()
    assert body["policy_version"] == proxy.pipeline.services.runtime.loaded.version
    assert body["annex"].startswith("# Generative AI annex")
    assert {"fake-openai", "fake-anthropic"} <= {p["name"] for p in body["subprocessors"]}


def test_subprocessors_are_json_by_default_and_markdown_on_request(
    proxy: Proxy, admin_key: str
) -> None:
    loaded = proxy.pipeline.services.runtime.loaded
    as_json = get(proxy, "/admin/v1/subprocessors", admin_key).json()
    openai = next(p for p in as_json["subprocessors"] if p["name"] == "fake-openai")
    assert openai["contract"]["zero_data_retention"] is True
    as_markdown = get(proxy, "/admin/v1/subprocessors?format=markdown", admin_key)
    assert as_markdown.text == render_markdown(loaded.policy, loaded.version)


@pytest.mark.parametrize("path", ["/admin/v1/annex", "/admin/v1/subprocessors"])
def test_callers_without_an_admin_role_are_refused(proxy: Proxy, path: str) -> None:
    assert get(proxy, path, None).status_code == 401
    refused = get(proxy, path, proxy.key)
    assert refused.status_code == 403
    assert refused.json()["error"]["code"] == "admin_required"


def test_an_unknown_format_is_a_bad_request(proxy: Proxy, admin_key: str) -> None:
    response = get(proxy, "/admin/v1/annex?format=pdf", admin_key)
    assert response.status_code == 400
    assert response.json()["error"]["param"] == "format"
