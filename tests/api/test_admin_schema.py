"""The served OpenAPI schema of the admin API, fuzzed by schemathesis with an admin key: no
operation answers 5xx, and every answer matches its documented status, type and schema."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from aiproxy.privacy.engine import DetectionService
from tests.api.admin_support import AdminProxy, close_admin_proxy, open_admin_proxy
from tests.fake_upstream import FakeUpstream
from tests.harness import ServerLoop

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]
EXAMPLES_PER_OPERATION = 15


@pytest.fixture(scope="module")
def fuzzed(
    server_loop: ServerLoop,
    analyzer: DetectionService,
    upstream: FakeUpstream,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[AdminProxy]:
    admin = open_admin_proxy(server_loop, analyzer, upstream, tmp_path_factory.mktemp("fuzz"))
    yield admin
    close_admin_proxy(admin)


def _schema(admin: AdminProxy) -> schemathesis.schemas.BaseSchema:
    raw = httpx.get(admin.proxy.url + "/admin/v1/openapi.json").raise_for_status().json()
    return schemathesis.openapi.from_dict(raw)


def test_schema_is_served_without_a_key_and_names_every_admin_route(fuzzed: AdminProxy) -> None:
    raw = httpx.get(fuzzed.proxy.url + "/admin/v1/openapi.json").json()
    assert raw["openapi"].startswith("3.")
    assert "/admin/v1/users/{user}/roles/{role}" in raw["paths"]
    assert raw["components"]["schemas"]["Grant"]["properties"]["role"]["enum"] == [
        "admin",
        "agent",
        "generous",
        "limited",
        "ops-admin",
    ]


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_no_admin_operation_answers_5xx_when_fuzzed(
    fuzzed: AdminProxy, mode: GenerationMode
) -> None:
    schema = _schema(fuzzed)
    headers = {"Authorization": f"Bearer {fuzzed.admin_key}"}
    operations = [result.ok() for result in schema.get_all_operations()]
    strategy = st.one_of(*(op.as_strategy(generation_mode=mode) for op in operations))

    @settings(
        max_examples=EXAMPLES_PER_OPERATION * len(operations),
        deadline=None,
        database=None,
        derandomize=True,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(case=strategy)
    def run(case: schemathesis.Case) -> None:
        response = case.call(base_url=fuzzed.proxy.url, headers=headers, session=session)
        case.validate_response(response, checks=CHECKS)

    with requests.Session() as session:
        run()
    # The admin still holds the only admin role: fuzzing could not revoke the last admin.
    assert fuzzed.http.get("/users").status_code == 200
    if mode == GenerationMode.POSITIVE:  # valid input reached the handlers and changed things
        assert fuzzed.http.get("/audit").json()["data"]
