"""Credentials come from either SDK's header; the end-user header is validated."""

from __future__ import annotations

import pytest

from aiproxy.auth.identity import claims, presented_key
from aiproxy.errors import BadRequest, Unauthenticated


def test_openai_bearer_and_anthropic_api_key_are_both_accepted() -> None:
    assert presented_key({"authorization": "Bearer k1"}) == "k1"
    assert presented_key({"x-api-key": "k2"}) == "k2"


@pytest.mark.parametrize("headers", [{}, {"authorization": "Basic abc"}, {"x-api-key": " "}])
def test_missing_key_is_unauthenticated(headers: dict[str, str]) -> None:
    with pytest.raises(Unauthenticated):
        presented_key(headers)


def test_user_header_must_be_a_plain_identifier() -> None:
    assert claims({"x-api-key": "k", "x-aiproxy-user": "alice@acme"}).user == "alice@acme"
    with pytest.raises(BadRequest):
        claims({"x-api-key": "k", "x-aiproxy-user": "alice\nbob"})
